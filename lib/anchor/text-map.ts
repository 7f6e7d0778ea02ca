// The readable text under a root node, folded for matching, with a way back from each character to the DOM.
import { foldChar } from './normalise';

/** The folded text of a subtree and, per character, the text node and offset it came from. */
export interface TextMap {
  root: Node;
  /** Folded text: whitespace runs as one ' ', curly quotes straight, dashes '-', block boundaries as ' '. */
  text: string;
  /** Text nodes that contributed, in document order. */
  nodes: Text[];
  /** For folded character i: index into `nodes`, and the UTF-16 offset inside that node. */
  nodeOf: number[];
  offsetOf: number[];
}

/** Elements whose text a reader never sees as article prose. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'aside',
  'iframe',
  'object',
  'select',
  'textarea',
  'parallax-sidebar',
]);

/** Elements that end a run of text: a boundary reads as a space, as "\n\n" does in the index's texts. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** True when an element's subtree is left out of the map (non-prose tags, hidden by attribute). */
export function isSkipped(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName)) return true;
  // Most elements carry no attributes at all: skip the three lookups for them.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

function isBlock(node: Node): boolean {
  return node.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((node as Element).localName);
}

/**
 * The text of `root`'s text nodes (skipping script/style/noscript/template and hidden-by-attribute nodes) with a map
 * back to (node, offset).
 */
export function buildTextMap(root: Node): TextMap {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  // Starts true so leading whitespace is dropped and a separator never comes first.
  let lastSpace = true;

  const separate = (): void => {
    if (lastSpace || nodes.length === 0) return;
    const last = nodes.length - 1;
    parts.push(' ');
    nodeOf.push(last);
    offsetOf.push(nodes[last]!.data.length);
    lastSpace = true;
  };

  const addText = (t: Text): void => {
    const data = t.data;
    if (data.length === 0) return;
    const index = nodes.length;
    nodes.push(t);
    let chunk = '';
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      let ch: string;
      // Printable ASCII other than the backtick folds to itself: skip the slower general path.
      if (code > 0x20 && code < 0x7f && code !== 0x60) ch = data[i]!;
      else if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) ch = ' ';
      else ch = foldChar(data[i]!);
      if (ch === '') continue;
      if (ch === ' ') {
        if (lastSpace) continue;
        lastSpace = true;
      } else {
        lastSpace = false;
      }
      chunk += ch;
      nodeOf.push(index);
      offsetOf.push(i);
    }
    if (chunk.length > 0) parts.push(chunk);
  };

  // Walks children by index rather than nextSibling: some DOMs (happy-dom, linkedom) find a sibling by searching
  // the parent's child list, which is quadratic under a parent with thousands of children.
  const stack: { kids: NodeListOf<ChildNode>; i: number; block: boolean }[] = [
    { kids: root.childNodes, i: 0, block: false },
  ];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.i >= top.kids.length) {
      stack.pop();
      if (top.block) separate();
      continue;
    }
    const node = top.kids[top.i++]!;
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      addText(node as Text);
    } else if (type === ELEMENT_NODE && !isSkipped(node as Element)) {
      const block = isBlock(node);
      if (block) separate();
      if (node.firstChild !== null) stack.push({ kids: node.childNodes, i: 0, block });
      else if (block) separate();
    }
  }

  let text = parts.join('');
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    nodeOf.pop();
    offsetOf.pop();
  }
  return { root, text, nodes, nodeOf, offsetOf };
}

/** A DOM Range over folded characters [start, end) of the map, or null for an empty or out-of-bounds span. */
export function rangeOf(map: TextMap, start: number, end: number): Range | null {
  if (start < 0 || end > map.text.length || start >= end) return null;
  const doc = map.root.nodeType === 9 ? (map.root as Document) : map.root.ownerDocument;
  if (doc === null) return null;
  const startNode = map.nodes[map.nodeOf[start]!]!;
  const endNode = map.nodes[map.nodeOf[end - 1]!]!;
  const range = doc.createRange();
  // Start from the text node itself: a fresh range sits at the document's start, and some DOMs (happy-dom)
  // walk the whole document to order a boundary against it.
  range.selectNodeContents(startNode);
  range.setStart(startNode, Math.min(map.offsetOf[start]!, startNode.data.length));
  range.setEnd(endNode, Math.min(map.offsetOf[end - 1]! + 1, endNode.data.length));
  return range;
}
