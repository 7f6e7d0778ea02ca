// Normalising a figure as written in news copy ("“hundreds”", "Wednesday’s", "80 kilometres (50 miles)",
// "26-day-old") into lower-case words and plain digits that the amount and date readers can walk.

/**
 * Lower-cased figure text with typography flattened: quote marks dropped (a figure in quotes is still the
 * figure), possessives cut ("Wednesday's" is Wednesday), parentheticals removed (in copy they restate the
 * figure in another unit, "80 kilometres (50 miles)"; reading both would make two figures), dashes unified
 * and thousands separators removed.
 */
export function normaliseFigure(figure: string): string {
  return (
    figure
      .normalize('NFKC')
      .toLowerCase()
      .replace(/\([^)]*\)/g, ' ')
      .replace(/[\u2018\u2019\u02bc\u2032`]/g, "'")
      .replace(/[\u201c\u201d\u201e\u00ab\u00bb"]/g, ' ')
      .replace(/([a-z])'s\b/g, '$1')
      .replace(/'(?![a-z])|(?<![a-z])'/g, ' ')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
      // "4 000" (French and SI style): digit groups separated by a (no-break, thin) space form one number.
      .replace(/(?<![\d.])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d.])/g, (n) => n.replace(/\D/g, ''))
      // "$1.5bn", "€40m": money shorthand for billion and million (a bare "m" after digits is otherwise metres).
      .replace(/(\d)\s?bn\b/g, '$1 billion')
      .replace(/([$€£]\s?\d+(?:\.\d+)?)\s?m\b/g, '$1 million')
      .replace(/\b(hour|day|week|month|year)long\b/g, 'a $1 long')
      .replace(/%/g, ' percent ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * Words and numbers of a figure. A dash between two numbers is a range ("2-3" reads "2 to 3"); any other
 * dash joins compound words ("26-day-old"), which read the same as separate words.
 */
export function tokenise(figure: string): string[] {
  const text = normaliseFigure(figure).replace(/(\d)\s*-\s*(?=\d)/g, '$1 to ');
  return text.match(/\d+(?:\.\d+)?|[a-z]+/g) ?? [];
}
