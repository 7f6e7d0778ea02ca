// Reads the text of a DOM subtree the way a reader sees it: inline markup joined without invented spaces,
// a line break between blocks, hidden and non-content elements skipped. Never changes the DOM.
import { isFurniture } from './furniture';

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
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
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'button',
  'select',
  'textarea',
  'input',
  'nav',
  'aside',
  'object',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
]);

/** Whether an element is hidden by markup alone (no layout is computed: that would cost too much). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Lower-case tag name of an element. */
export function tagOf(el: Element): string {
  return (el.localName || el.nodeName).toLowerCase();
}

/**
 * The subtree's visible text, blocks separated by "\n\n", whitespace inside a block collapsed; with
 * `withoutFurniture`, the headline, captions, link lines and dialogs are left out too (lib/extract/furniture.ts).
 */
export function blockText(root: Node, withoutFurniture = false): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      // Line breaks in the source are only spacing; block breaks are added as "\n" below.
      parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const el = node as Element;
    const tag = node.nodeType === 1 ? tagOf(el) : '';
    if (node.nodeType === 1 && (SKIPPED.has(tag) || isHidden(el))) return;
    if (withoutFurniture && node.nodeType === 1 && isFurniture(el, tag)) return;
    const block = BLOCKS.has(tag);
    if (block) parts.push('\n');
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (block) parts.push('\n');
  };
  visit(root);
  return parts
    .join('')
    .split(/ *\n[\n ]*/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n\n');
}
