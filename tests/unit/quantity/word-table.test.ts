// A word of a page or a pack that happens to name a property every object has ("constructor", "__proto__",
// "valueOf") is read like any other word: the tables of number words, units, currencies and demonyms have no
// prototype to find it in.
import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../../lib/claims/extract-claims';
import { meaningOf, placeKey, samePlace } from '../../../lib/claims/lexicon';
import { formatValue } from '../../../lib/quantity/format-value';
import { wordTable } from '../../../lib/quantity/word-table';

const OBJECT_WORDS = Object.getOwnPropertyNames(Object.prototype);

// The count a sentence's first figure is read as.
function countOf(sentence: string): unknown {
  const claim = extractClaims(sentence, { published: '2021-02-14' })[0];
  const reading = claim?.readings.find((r) => r.kind === 'count')?.value;
  return reading?.kind === 'quantity' ? reading.lo : null;
}

describe('words that name a property of every object', () => {
  test('the list is the one this test means: constructor and __proto__ among them', () => {
    expect(OBJECT_WORDS).toEqual(expect.arrayContaining(['constructor', '__proto__', 'toString', 'valueOf']));
  });

  test.each(OBJECT_WORDS.flatMap((w) => [w, w.toLowerCase()]))('"20 %s workers" counts 20 workers', (word) => {
    expect(countOf(`Then 20 ${word} workers died.`)).toBe(countOf('Then 20 builder workers died.'));
    expect(countOf(`Then 20 ${word} workers died.`)).toBe(20);
  });

  test.each(OBJECT_WORDS)('"%s" is a word of its own to the lexicon', (word) => {
    expect(meaningOf(word.toLowerCase(), word.toLowerCase())).toBe(word.toLowerCase());
    expect(placeKey(word.toLowerCase())).toBe(word.toLowerCase());
    expect(samePlace(word.toLowerCase(), 'france')).toBe(false);
  });

  test.each(OBJECT_WORDS)('a figure in a unit named "%s" is shown without a unit, as any unknown unit', (word) => {
    const shown = formatValue({ kind: 'quantity', lo: 5, hi: 5, unit: word });
    expect(shown).toBe(formatValue({ kind: 'quantity', lo: 5, hi: 5, unit: 'widgets' }));
  });

  test('a table holds its own words and nothing else, and cannot be changed', () => {
    const table = wordTable({ million: 1e6 });
    expect(table.million).toBe(1e6);
    expect(table.constructor).toBeUndefined();
    expect('toString' in table).toBe(false);
    expect(Object.isFrozen(table)).toBe(true);
  });
});
