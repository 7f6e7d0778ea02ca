// Where the reader is reading, measured on the live page without changing it: the paragraph of the article's body
// text at the middle of the window, or the first one below it when the middle holds no body text (a headline, a
// byline, a picture, the gap between paragraphs). A reader holds the text they are on in the upper half; a
// paragraph begun there and running on below the middle is the one the opening sheet would cut.
import type { Extent } from '@/lib/ui/sheet-geometry';

/** The line being read and its paragraph, in viewport coordinates. */
export interface ReadingSpot {
  line: Extent;
  block: Extent;
}

type CaretDocument = Document & {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

// Shorter blocks are headlines, bylines, captions and buttons; a paragraph of an article says more.
const BODY_TEXT_CHARS = 100;
// Distance between the points tried on the way down: less than one line of text.
const STEP_PX = 12;

function caretAt(doc: CaretDocument, x: number, y: number): { node: Node; offset: number } | null {
  // Firefox and newer Chromium have the standard call, older Chromium only its own.
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The nearest enclosing element of `node` that is laid out as a block, inside `root`. */
function blockOf(win: Window, root: Element, node: Node): Element {
  let block: Element = node.parentElement ?? root;
  while (block !== root && block.parentElement && win.getComputedStyle(block).display.startsWith('inline')) {
    block = block.parentElement;
  }
  return block;
}

/** The line at a caret position, as the box of the character there. */
function lineAt(doc: Document, text: Text, offset: number): Extent | null {
  const range = doc.createRange();
  const at = Math.min(offset, Math.max(0, text.length - 1));
  range.setStart(text, at);
  range.setEnd(text, Math.min(text.length, at + 1));
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  return rect.height > 0 ? { top: rect.top, bottom: rect.bottom } : null;
}

/**
 * The paragraph of body text in `root` at height `from` (the middle of the window), or the first one below it
 * down to `to`; null when there is none (the window shows no article text there).
 */
export function readingSpotAt(win: Window, root: Element, from: number, to: number): ReadingSpot | null {
  const doc = win.document as CaretDocument;
  const box = root.getBoundingClientRect();
  const xs = [box.left + Math.min(box.width / 2, 160), box.left + 16].filter((x) => x >= 0 && x < win.innerWidth);
  const seen = new Set<Element>();
  for (let y = from; y < to; y += STEP_PX) {
    for (const x of xs) {
      const caret = caretAt(doc, x, y);
      if (!caret || caret.node.nodeType !== Node.TEXT_NODE || !root.contains(caret.node)) continue;
      const block = blockOf(win, root, caret.node);
      if (seen.has(block)) continue;
      seen.add(block);
      if ((block.textContent ?? '').trim().length < BODY_TEXT_CHARS) continue;
      const line = lineAt(doc, caret.node as Text, caret.offset);
      if (!line) continue;
      const rect = block.getBoundingClientRect();
      return { line, block: { top: rect.top, bottom: rect.bottom } };
    }
  }
  return null;
}
