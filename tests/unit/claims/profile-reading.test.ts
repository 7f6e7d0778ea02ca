// A story's profile reads claims only where its reviewed figures are, and without their values: the claims it gets
// must be those a reading of the whole text gives there, down to what a short sentence borrows from the one before.
import { describe, expect, test } from 'vitest';
import { extractClaims, readSentences } from '../../../lib/claims/extract-claims';
import { storyProfile } from '../../../lib/claims/fact-profile';
import { locateQuote } from '../../../lib/story/locate-quote';
import type { Claim } from '../../../lib/claims/types';
import { mali } from './helpers';

const withoutIndex = ({ index: _, ...rest }: Claim) => rest;

// Written for the tests: a count that borrows what it counts from the sentence before, in its paragraph and across
// a paragraph break after a short question.
const TEXT =
  'Fourteen people were shot on Friday near the stadium. Three of them were killed.\n\n' +
  'Two of them were teenagers.\n\nThe sheriff said on Saturday that four men had been arrested.';

describe('claims of chosen sentences', () => {
  test('each sentence read alone gives the claims the whole text gives it', () => {
    for (const text of [TEXT, ...mali.articles.map((a) => a.text)]) {
      const sentences = readSentences(text);
      const whole = extractClaims(text, { published: '2013-02-06' }, sentences);
      for (const s of sentences) {
        const alone = extractClaims(text, { published: '2013-02-06', only: new Set([s.index]) }, sentences);
        expect(alone.map(withoutIndex)).toEqual(whole.filter((c) => c.sentence.index === s.index).map(withoutIndex));
      }
    }
  });

  test('a sentence that borrows its noun still has it when read alone', () => {
    const sentences = readSentences(TEXT);
    const [killed] = extractClaims(TEXT, { published: '2013-02-06', only: new Set([1]) }, sentences);
    expect(killed?.figure.text).toBe('Three');
    expect(killed?.concept.head).toBe('people');
    // A short sentence after a paragraph break reads the paragraph before it.
    const whole = extractClaims(TEXT, { published: '2013-02-06' }, sentences);
    const short = extractClaims(TEXT, { published: '2013-02-06', only: new Set([2]) }, sentences);
    expect(short.map(withoutIndex)).toEqual(whole.filter((c) => c.sentence.index === 2).map(withoutIndex));
    expect(short.map((c) => c.figure.text)).toEqual(['Two']);
  });

  test('without values: the same figures and kinds, no values, and a count keeps what it measures', () => {
    for (const article of mali.articles) {
      const whole = extractClaims(article.text, { published: '2013-02-06' });
      const bare = extractClaims(article.text, { published: '2013-02-06', values: false });
      expect(bare.map((c) => [c.figure.text, c.kind, c.readings.map((r) => r.kind)])).toEqual(
        whole.map((c) => [c.figure.text, c.kind, c.readings.map((r) => r.kind)]),
      );
      expect(bare.map((c) => c.concept)).toEqual(whole.map((c) => c.concept));
      for (const [i, c] of bare.entries()) {
        if (c.kind === 'count') expect(c.quantity?.kind).toBe(whole[i]!.quantity?.kind);
        if (c.kind !== 'attribution' && c.kind !== 'status' && c.quantity?.kind !== 'money')
          expect(c.readings.every((r) => r.value === null || whole[i]!.quantity !== null)).toBe(true);
      }
      expect(bare.some((c) => c.kind === 'date' && c.value !== null)).toBe(false);
    }
  });
});

describe('the story profile', () => {
  test('every reviewed figure the whole text reads as a claim of its kind becomes an exemplar', () => {
    const profile = storyProfile(mali);
    const whole = new Map(
      mali.articles.map((a) => [a.id, extractClaims(a.text, { published: (a.published ?? '').slice(0, 10) || null })]),
    );
    let exemplars = 0;
    for (const f of profile.facts) {
      const expected = f.fact.claims.filter((c) => {
        const text = mali.articles.find((a) => a.id === c.article)!.text;
        const at = locateQuote(text, c.quote.exact, c.quote.prefix, c.quote.suffix);
        if (!at.ok) return false;
        const [start, end] = [at.quote.start + c.figure.start, at.quote.start + c.figure.end];
        const time = (k: string) => k === 'date' || k === 'duration';
        return whole
          .get(c.article)!
          .some(
            (x) =>
              Math.min(end, x.figure.end) > Math.max(start, x.figure.start) &&
              x.readings.some((r) => r.kind === f.fact.kind || (time(r.kind) && time(f.fact.kind))),
          );
      }).length;
      expect(f.exemplars.length, f.fact.id).toBe(expected);
      exemplars += expected;
    }
    expect(exemplars).toBeGreaterThan(20);
  });

  test('the places of the story are every place its texts name', () => {
    const { places } = storyProfile(mali);
    expect(places).toEqual(expect.arrayContaining(['kidal', 'gao', 'timbuktu']));
  });
});
