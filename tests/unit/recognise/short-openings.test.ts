// Short copies of every indexed article: the first blocks or words of its published opening (headline,
// caption and credit, "Read a version …", highlights, bylines and all) before a sign-in wall, with and
// without the headline, in two layouts; and the quotations that must still never be recognised.
import { describe, expect, test } from 'vitest';
import { buildRecognitionIndex } from '../../../lib/recognise/build-recognition-index';
import { recognise } from '../../../lib/recognise/recognise';
import { openingCases, quotationCases } from './helpers/cases';
import { firstWords, publishedOpening, wordCount } from './helpers/openings';
import { snapshotOf } from './helpers/pages';
import { loadStories } from './helpers/stories';

const stories = loadStories();
const index = buildRecognitionIndex(stories);
const answer = (html: string) => {
  const match = recognise(snapshotOf(html), index);
  return match && { article: match.article, revision: match.revision };
};

describe('short openings', () => {
  test('the openings hold the furniture the reviewed texts leave out, and the cuts are as long as named', () => {
    const kinds = (id: string) =>
      publishedOpening(stories, id)
        .slice(0, 4)
        .map((b) => b.kind);
    expect(kinds('cnn-r2')).toEqual(['link', 'highlights', 'paragraph', 'paragraph']);
    expect(kinds('globalpost')).toEqual(['caption', 'credit', 'paragraph', 'paragraph']);
    expect(kinds('france24')[0]).toBe('byline');
    for (const n of [60, 80, 120]) expect(wordCount(firstWords(publishedOpening(stories, 'afp'), n))).toBe(n);
  });

  test.each(openingCases(stories).map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(answer(c.html)).toEqual(c.expect);
  });
});

describe('quotations stay unrecognised', () => {
  test.each(quotationCases(stories).map((c) => [`${c.group}: ${c.name}`, c] as const))('%s', (_name, c) => {
    expect(answer(c.html)).toBeNull();
  });
});
