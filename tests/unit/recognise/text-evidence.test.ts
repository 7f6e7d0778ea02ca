import { describe, expect, test } from 'vitest';
import type { RuntimeStory } from '../../../lib/story/runtime-types';
import { buildRecognitionIndex } from '../../../lib/recognise/build-recognition-index';
import { loadIndex } from '../../../lib/recognise/load-index';
import { gatherTextEvidence, SHORT_BLOCK_WORDS } from '../../../lib/recognise/text-evidence';

const STOCK =
  'The ministry did not immediately respond to a request for comment on the report, officials said late on Tuesday.';

function storiesSharing(count: number): RuntimeStory[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    title: '',
    summary: '',
    dates: { start: '2013-01-01', end: '2013-01-01' },
    facts: [],
    articles: [
      {
        id: `a${i}`,
        publisher: 'P',
        wire: null,
        site: null,
        headline: '',
        url: null,
        urls: [],
        published: null,
        updated: null,
        revision: null,
        language: 'en',
        text: `Report number w${i}x about place p${i}q and person n${i}m.\n\n${STOCK}`,
      },
    ],
  }));
}

describe('gatherTextEvidence', () => {
  test('counts matched words and paragraphs of the page for each article', () => {
    const loaded = loadIndex(buildRecognitionIndex(storiesSharing(3)));
    const evidence = gatherTextEvidence(`Unrelated opening words here.\n\n${STOCK}`, loaded);
    expect([...evidence.articles.keys()].sort()).toEqual([0, 1, 2]);
    const first = evidence.articles.get(0);
    expect(first?.blocks).toBe(1);
    expect(first?.matchedWords).toBeGreaterThanOrEqual(12);
    expect(first?.matchedWords).toBeLessThanOrEqual(STOCK.split(' ').length);
  });

  test('ignores a stock phrase that hundreds of articles share', () => {
    const loaded = loadIndex(buildRecognitionIndex(storiesSharing(201)));
    expect(gatherTextEvidence(STOCK, loaded).articles.size).toBe(0);
  });

  test('short blocks (bylines, dates, buttons) neither dilute containment nor add to it; prose does', () => {
    const loaded = loadIndex(buildRecognitionIndex(storiesSharing(1)));
    const article = `Report number w0x about place p0q and person n0m.\n\n${STOCK}`;
    const short = ['By Staff Reporter', 'Updated 6 February 2013', 'Subscribe now or sign in'];
    expect(short.every((l) => l.split(' ').length < SHORT_BLOCK_WORDS)).toBe(true);
    const framed = gatherTextEvidence([...short.slice(0, 2), article, short[2]].join('\n\n'), loaded);
    expect(framed.proseFingerprints).toBeLessThan(framed.pageFingerprints);
    // The same words as one prose line count against the article.
    const asProse = gatherTextEvidence([short.join(' and '), article].join('\n\n'), loaded);
    expect(asProse.proseFingerprints).toBe(asProse.pageFingerprints);
    expect(framed.articles.get(0)?.containment).toBeGreaterThan(asProse.articles.get(0)?.containment ?? 1);
    expect(framed.articles.get(0)?.matched).toBe(asProse.articles.get(0)?.matched);
  });
});
