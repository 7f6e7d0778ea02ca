// Reads a page into a PageSnapshot: its addresses (own, canonical, og:url, JSON-LD), headline and publication day,
// and its article text.
// Read-only: walks the live DOM, never clones or changes it.
import type { PageSnapshot } from './page-snapshot';
import { findProseContainer } from './article-root';
import { blockText } from './block-text';
import { type JsonLdNode, jsonLdNodes, typesOf } from './json-ld';
import { readPageMeta } from './page-meta';

export { findArticleRoot } from './article-root';

function resolve(href: string | null | undefined, base: string): string | null {
  if (!href?.trim()) return null;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return null;
  }
}

// Only the page's own article or web page objects name its address: an ItemList on a front page names others.
const OWN_TYPES = /(?:Article|BlogPosting|WebPage|Report)$/;

function urlOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o['@id'] === 'string') return o['@id'];
    if (typeof o.url === 'string') return o.url;
  }
  return null;
}

function jsonLdUrls(nodes: readonly JsonLdNode[], base: string): string[] {
  const urls = new Set<string>();
  for (const node of nodes) {
    if (!typesOf(node).some((t) => OWN_TYPES.test(t))) continue;
    for (const value of [node.url, node.mainEntityOfPage]) {
      const url = resolve(urlOf(value), base);
      if (url) urls.add(url);
    }
  }
  return [...urls];
}

/** Reads a page's addresses, headline, date and article text into a snapshot; its JSON-LD is parsed once. */
export function extractPage(doc: Document, url: string): PageSnapshot {
  return beginExtract(doc, url)();
}

/**
 * The same reading in two steps: the page's addresses, metadata and article container now, the container's text when
 * the returned function is called. A caller on the page's main thread lets the page run between the two, so the
 * reading is two shorter tasks instead of one long one.
 */
export function beginExtract(doc: Document, url: string): () => PageSnapshot {
  const nodes = jsonLdNodes(doc);
  const base = resolve(doc.querySelector('base[href]')?.getAttribute('href'), url) ?? url;
  const canonical = resolve(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), base);
  const ogUrl = resolve(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'), base);
  const meta = readPageMeta(doc, nodes);
  // The prose container, not the widened article root: a headline, byline or sign-in prompt beside the
  // paragraphs would only dilute the text's containment in the indexed article.
  const root = findProseContainer(doc) ?? doc.body;
  const urls = jsonLdUrls(nodes, base);
  return () => ({ url, canonical, ogUrl, jsonLdUrls: urls, text: root ? blockText(root, true) : '', ...meta });
}
