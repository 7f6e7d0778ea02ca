// A candidate story whose names already rule out both ways to a match is not aligned: the page's figures could not
// change the answer. Asked to explain, the engine still aligns it and gives the same answer.
import { describe, expect, test, vi } from 'vitest';
import * as alignment from '../../../lib/claims/align-claims';
import { readPage } from '../../../lib/engine/read-page';
import { storiesSource } from '../../../lib/engine/sources';
import { couldMatch, type EventEvidence, writesStoryYear } from '../../../lib/event/recognise-event';
import { mali } from '../claims/helpers';
import { localArticle, oneArticleStory } from './local-news';

vi.mock('../../../lib/claims/align-claims', async (original) => {
  const actual = await original<typeof import('../../../lib/claims/align-claims')>();
  return { ...actual, alignClaims: vi.fn(actual.alignClaims) };
});

const evidence = (over: Partial<EventEvidence>): EventEvidence => ({
  facts: 0,
  leadFacts: 0,
  share: 0,
  names: 0,
  namesOf: 3,
  nameScore: 0,
  nextScore: 0,
  specificNames: [],
  people: [],
  settings: [],
  words: [],
  wordScore: 0,
  leadSpecific: [],
  route: null,
  date: 'inside',
  laterDay: null,
  namedDay: null,
  reasons: [],
  ...over,
});

describe('the gates weighed before alignment', () => {
  test('names the story shares, weighing enough: the figures may carry a match', () => {
    expect(couldMatch(evidence({ names: 1, nameScore: 8 }), 10)).toBe(true);
  });

  test('light names: only many facts could carry it, and a story with fewer facts cannot', () => {
    expect(couldMatch(evidence({ names: 1, nameScore: 3 }), 10)).toBe(true);
    expect(couldMatch(evidence({ names: 1, nameScore: 3 }), 4)).toBe(false);
  });

  test('none of the names most of its articles share, and too few of its own names: no way to a match', () => {
    expect(couldMatch(evidence({ names: 0, nameScore: 9 }), 30)).toBe(false);
  });

  test('its own names, heavy and clear of the next story: the names route stays open', () => {
    const own = { specificNames: ['dario pennick', 'dogwood lane'], nameScore: 14, nextScore: 4 };
    expect(couldMatch(evidence({ names: 0, ...own }), 0)).toBe(true);
    expect(couldMatch(evidence({ names: 0, ...own, nextScore: 12 }), 0)).toBe(false);
  });

  test('undated, two own names could carry it only if the page names a day with its year in the story’s days', () => {
    const own = {
      specificNames: ['dario pennick', 'dogwood lane'],
      nameScore: 14,
      nextScore: 4,
      date: 'unknown' as const,
    };
    // Dated by such a day, two own names and a figure would do; undated, three are needed and one at the top of both.
    expect(couldMatch(evidence({ names: 0, ...own }), 3, true)).toBe(true);
    expect(couldMatch(evidence({ names: 0, ...own }), 3, false)).toBe(false);
  });

  test('the years of a story’s days: both years of one that runs over the new year, and no other', () => {
    const story = oneArticleStory(
      'ice-storm',
      'Ice storm',
      localArticle('Fenwick Herald', 'i1', 'Ice storm closes roads', 'Roads were closed.', '2013-12-31'),
    );
    expect(writesStoryYear('It began on December 31, 2013.', story)).toBe(true);
    expect(writesStoryYear('Roads reopened on January 2, 2014.', story)).toBe(true);
    expect(writesStoryYear('The last such storm was in 2012; the next is due by 2015.', story)).toBe(false);
  });

  test('a page the names rule out is not aligned, and explained it gets the same answer', async () => {
    const source = storiesSource([mali]);
    // Written for the tests: another country's election, naming places and a group one article of the story names
    // and none that most of them share.
    const page = {
      url: 'https://news.example/faso-vote',
      canonical: null,
      ogUrl: null,
      jsonLdUrls: [],
      headline: 'Burkina Faso prepares for a vote',
      published: '2013-02-06',
      text:
        'Burkina Faso will vote in 12 districts on Sunday, officials in Ouagadougou said, and 3 parties in the ' +
        'Adrar des Ifoghas have put forward candidates. Ansar Dine said it would not take part.',
    };
    const align = vi.mocked(alignment.alignClaims);
    align.mockClear();
    const plain = await readPage(page, [source]);
    const aligned = align.mock.calls.length;
    const explained = await readPage(page, [source], { detail: true });
    expect(plain.kind).toBe(explained.kind);
    expect(explained.detail?.candidates.length).toBeGreaterThan(0);
    expect(aligned).toBe(0);
    expect(align.mock.calls.length).toBeGreaterThan(0);
  });
});
