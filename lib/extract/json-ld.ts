// A page's JSON-LD, parsed once: every node of every `application/ld+json` script, `@graph`s flattened. Extraction
// reads the page's own addresses and its article's headline and date from these nodes.

/** A JSON-LD node: a plain object. */
export type JsonLdNode = Record<string, unknown>;

/** Every JSON-LD node of a page, in document order; scripts that do not parse are skipped. */
export function jsonLdNodes(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i]?.textContent ?? '');
    } catch {
      continue;
    }
    const graph = (data as { '@graph'?: unknown } | null)?.['@graph'];
    for (const node of [data, ...(Array.isArray(graph) ? graph : [])].flat()) {
      if (node && typeof node === 'object' && !Array.isArray(node)) nodes.push(node as JsonLdNode);
    }
  }
  return nodes;
}

/** A node's `@type`s. */
export function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** The page's own article (a NewsArticle, Article, ReportageNewsArticle…), if any. */
export function articleNode(nodes: readonly JsonLdNode[]): JsonLdNode | null {
  return nodes.find((n) => typesOf(n).some((t) => /Article$/.test(t))) ?? null;
}
