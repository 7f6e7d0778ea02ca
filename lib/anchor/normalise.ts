// Character-level normalisation shared by the page's text map and the quotes, so both compare alike.

/** Characters a page may insert or drop without changing the words (soft hyphen, zero-width marks, BOM). */
const INVISIBLE = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/;
const WHITESPACE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]/;

/** Folds one character: curly quotes to straight ones, dash variants to '-', every space to ' ', invisibles to ''. */
export function foldChar(ch: string): string {
  if (WHITESPACE.test(ch)) return ' ';
  if (INVISIBLE.test(ch)) return '';
  switch (ch) {
    case '\u2018':
    case '\u2019':
    case '\u201a':
    case '\u201b':
    case '\u2032':
    case '\u00b4':
    case '`':
      return "'";
    case '\u201c':
    case '\u201d':
    case '\u201e':
    case '\u201f':
    case '\u2033':
    case '\u00ab':
    case '\u00bb':
      return '"';
    case '\u2010':
    case '\u2011':
    case '\u2012':
    case '\u2013':
    case '\u2014':
    case '\u2015':
    case '\u2212':
      return '-';
    default:
      return ch;
  }
}

/** A normalised string and, for each of its characters, the index of the source character it came from. */
export interface Folded {
  text: string;
  /** `source[i]` is the index in the original string of `text[i]`. */
  source: number[];
}

/** Folds a string (a quote, a prefix, a suffix) the way the text map folds the page, collapsing whitespace runs. */
export function foldString(s: string): Folded {
  const out: string[] = [];
  const source: number[] = [];
  let lastSpace = true; // drops leading whitespace
  for (let i = 0; i < s.length; i++) {
    const ch = foldChar(s[i]!);
    if (ch === '') continue;
    if (ch === ' ') {
      if (lastSpace) continue;
      lastSpace = true;
    } else {
      lastSpace = false;
    }
    out.push(ch);
    source.push(i);
  }
  if (out.length > 0 && out[out.length - 1] === ' ') {
    out.pop();
    source.pop();
  }
  return { text: out.join(''), source };
}

/** Maps an offset in the original string onto the folded string (the first folded character at or after it). */
export function foldedOffset(folded: Folded, offset: number): number {
  let lo = 0;
  let hi = folded.source.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (folded.source[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
