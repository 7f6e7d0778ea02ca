// Page furniture around an article's text that the reviewed texts leave out (data/README.md): the headline,
// photo captions and credits, promo and "read this in" link lines, and modal sign-in walls. Recognition reads
// the page without them, so a short opening is not diluted by the blocks that frame it.

// Blocks whose text is judged on its own: a link line is one of these, never a whole container.
const LEAF_BLOCKS = new Set(['p', 'li', 'dt', 'dd', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** A leaf block with at least this share of its letters inside links is a promo or a related link. */
const LINK_SHARE = 0.5;
// Captions, credits, headlines and bylines marked by class or id, as most sites do where they do not use
// <figcaption> or <h1>. Only an element holding no paragraph: a wrapper named "article-with-captions" is not one.
const FURNITURE_NAME = /caption|credit|headline|byline/i;

const NOT_LETTERS = /[^\p{L}\p{N}]+/gu;

// Which of Latin-1's 256 code points are letters or digits, as Unicode classes them (a unit test checks each one):
// A-Z, a-z, 0-9, ª µ º, À-Ö, Ø-ö, ø-ÿ, and the digits ² ³ ¹ ¼ ½ ¾.
const LATIN1_LETTER = new Uint8Array(256);
for (const [from, to] of [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xaa, 0xaa],
  [0xb2, 0xb3],
  [0xb5, 0xb5],
  [0xb9, 0xba],
  [0xbc, 0xbe],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0xff],
] as const) {
  LATIN1_LETTER.fill(1, from, to + 1);
}

/**
 * Letters and digits in a text, counted by code point. Latin-1 and the punctuation and currency blocks (which hold no
 * letter or digit) are counted by table; from the first other character on, by Unicode's classes, whose pattern a
 * page of English news then never compiles (its first use costs more than the whole count).
 */
export function letters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x100) n += LATIN1_LETTER[unit]!;
    else if (!((unit >= 0x2000 && unit <= 0x206f) || (unit >= 0x20a0 && unit <= 0x20c0)))
      return n + lettersByClass(text.slice(i));
  }
  return n;
}

// One pass of one pattern, not a test per character.
function lettersByClass(text: string): number {
  const kept = text.replace(NOT_LETTERS, '');
  // What is left is whole letters and digits: a high surrogate there always starts a pair, one code point.
  let n = kept.length;
  for (let i = 0; i < kept.length; i++) {
    const unit = kept.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) n--;
  }
  return n;
}

// Most blocks hold no link: their share is 0 without counting their letters.
function linkShare(el: Element): number {
  const links = el.getElementsByTagName('a');
  if (links.length === 0) return 0;
  const total = letters(el.textContent ?? '');
  if (total === 0) return 0;
  let linked = 0;
  for (let i = 0; i < links.length; i++) linked += letters(links[i]?.textContent ?? '');
  return linked / total;
}

/** Whether an element (with everything inside it) is page furniture rather than the article's text. */
export function isFurniture(el: Element, tag: string): boolean {
  // The headline is the article's metadata, a figure's caption and credit describe a picture.
  if (tag === 'h1' || tag === 'figure' || tag === 'figcaption') return true;
  if (FURNITURE_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id ?? ''}`) && !el.querySelector('p')) return true;
  // A modal sign-in wall or consent dialog is never the article.
  const role = el.getAttribute('role');
  if (role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true') return true;
  return LEAF_BLOCKS.has(tag) && linkShare(el) >= LINK_SHARE;
}
