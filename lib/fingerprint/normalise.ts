// Text normalisation and word tokens for fingerprints: the same words give the same tokens whatever the
// layout, typography, case or spacing of the page that shows them.

// Apostrophes and digit separators are dropped inside a word so "Mali's"/"Malis" and "4,000"/"4000" agree;
// every other non-letter, non-digit run separates words.
const APOSTROPHES = /['\u2018\u2019\u201b\u02bc\u2032`\u00b4]/g;
const DIGIT_SEPARATORS = /(\d)[,.\u00a0\u202f\u2009](?=\d{3}(?!\d))/g;
const COMBINING_MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * Normalises text for comparison: NFKC, case-folded, curly quotes and dashes made plain, accents and
 * punctuation dropped, whitespace collapsed to single spaces.
 */
export function normaliseText(text: string): string {
  // Digit separators first: NFKC turns a narrow no-break space into a plain one, which separates words.
  return text
    .replace(DIGIT_SEPARATORS, '$1')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(APOSTROPHES, '')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(NON_WORD, ' ')
    .trim();
}

/** Splits text into normalised word tokens. */
export function tokenise(text: string): string[] {
  const normal = normaliseText(text);
  return normal === '' ? [] : normal.split(' ');
}
