// Quote anchoring: exact text, context either side, and disambiguation by prefix or suffix.
import { describe, expect, test } from 'vitest';
import { CONTEXT_LENGTH, contextOf, locateQuote, occurrences } from '../../../lib/story/locate-quote';

const TEXT = 'Nearly 4,000 troops are in Mali. France says it has 4,000 soldiers in Mali.';

describe('locateQuote', () => {
  test('finds a unique quote and derives up to 32 characters of context', () => {
    const r = locateQuote(TEXT, 'France says');
    expect(r).toEqual({
      ok: true,
      quote: {
        start: 33,
        end: 44,
        prefix: 'early 4,000 troops are in Mali. ',
        suffix: ' it has 4,000 soldiers in Mali.',
      },
    });
    if (r.ok) expect(r.quote.prefix).toHaveLength(CONTEXT_LENGTH);
  });

  test('context is shorter at the ends of the text', () => {
    expect(contextOf(TEXT, 0, 6)).toEqual({ prefix: '', suffix: ' 4,000 troops are in Mali. Franc' });
  });

  test('a repeated quote is ambiguous until a prefix or suffix singles one out', () => {
    expect(occurrences(TEXT, 'in Mali.')).toEqual([24, 67]);
    expect(locateQuote(TEXT, 'in Mali.')).toEqual({
      ok: false,
      reason: 'quote occurs 2 times in the article text; add a prefix or suffix that singles one out',
    });
    const bySuffix = locateQuote(TEXT, 'in Mali.', undefined, ' France');
    expect(bySuffix.ok && bySuffix.quote.start).toBe(24);
    const byPrefix = locateQuote(TEXT, 'in Mali.', 'soldiers ');
    expect(byPrefix.ok && byPrefix.quote.start).toBe(67);
  });

  test('a quote with different quote marks or spacing is not verbatim', () => {
    const text = 'He said “some terrorist havens remain.”';
    expect(locateQuote(text, 'He said "some terrorist havens remain."').ok).toBe(false);
    expect(locateQuote(text, 'He  said').ok).toBe(false);
    expect(locateQuote(text, 'He said “some').ok).toBe(true);
  });

  test('never splits a surrogate pair at the edge of the context', () => {
    const text = `x😀${'y'.repeat(31)}QUOTE`;
    const { prefix } = contextOf(text, text.indexOf('QUOTE'), text.length);
    // 32 code units back would land between the emoji's two halves: the prefix starts after it instead.
    expect(prefix).toBe('y'.repeat(31));
    const { suffix } = contextOf(`QUOTE${'y'.repeat(31)}😀x`, 0, 5);
    expect(suffix).toBe('y'.repeat(31));
  });

  test('an empty quote is refused', () => {
    expect(locateQuote(TEXT, '  ')).toEqual({ ok: false, reason: 'quote is empty' });
  });
});
