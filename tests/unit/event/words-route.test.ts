// The third way to an event match, by the story's headlines' words: in an index large enough to tell rare words from
// common ones, a page dated in the story's days whose headline says what happened in the story's headlines' words is
// that story, though it shares no figure and no own name with it; dated outside those days, or in a one-story index,
// it is not. Undated, a day its text names with its year dates it.
import { describe, expect, test, vi } from 'vitest';
import * as alignment from '../../../lib/claims/align-claims';
import { readPage } from '../../../lib/engine/read-page';
import { storiesSource } from '../../../lib/engine/sources';
import { snapshotAt } from '../../../lib/extract/page-snapshot';
import type { RuntimeStory } from '../../../lib/story/runtime-types';
import { localArticle, oneArticleStory } from './local-news';

vi.mock('../../../lib/claims/align-claims', async (original) => {
  const actual = await original<typeof import('../../../lib/claims/align-claims')>();
  return { ...actual, alignClaims: vi.fn(actual.alignClaims) };
});

// Written for the tests: forty small local stories of one county, each an accident of its own kind; only the one the
// reports are of is a grain silo's explosion that killed a hunter.
const THINGS = ['barn', 'bridge', 'tractor', 'ferry', 'kayak', 'quarry', 'orchard', 'sawmill'];
const TOWNS = ['Alderby', 'Birchmoor', 'Coldwell', 'Dunmere', 'Eastling'];

const article = (id: string, headline: string, text: string, published: string) =>
  localArticle('Fenwick Herald', id, headline, text, published);

const stories: RuntimeStory[] = Array.from({ length: 40 }, (_, i) => {
  const town = TOWNS[Math.floor(i / 8)]!;
  const what = i === 12 ? 'grain silo explosion' : `${THINGS[i % 8]} accident`;
  const who = i === 12 ? 'Hunter' : 'Man';
  const day = `2021-0${1 + Math.floor(i / 8)}-${String(10 + (i % 8)).padStart(2, '0')}`;
  return oneArticleStory(
    `fenwick-${i}`,
    `${what} in ${town}`,
    article(
      `f${i}`,
      `${who} dies in ${town} ${what}`,
      `${town.toUpperCase()} — A man died on Saturday in a ${what} outside ${town}, Fenwick police said.\n\n` +
        'The county coroner will name him once his family has been told. Police said it was being investigated.',
      day,
    ),
  );
});
const target = stories[12]!; // Birchmoor, 2021-02-14
const source = storiesSource(stories);

function report(headline: string, published: string) {
  return snapshotAt('https://www.valleyradio.example/news/local', {
    headline,
    published,
    text:
      'A man was killed on Saturday afternoon when grain dust ignited at a farm west of the town, officers said. ' +
      'His name has not been released.\n\nNeighbours said they heard the blast from several miles away.',
  });
}

describe('event matches by the story’s headlines’ words', () => {
  test('a report dated in the story’s days, its headline in the story’s words, is that story', async () => {
    const answer = await readPage(report('Hunter killed in Birchmoor silo explosion', '2021-02-15'), [source], {
      detail: true,
    });
    expect(answer.kind === 'event' && answer.story.id).toBe(target.id);
    const own = answer.detail!.candidates.find((c) => c.story === target.id)!.evidence;
    expect(own).toMatchObject({ route: 'words', facts: 0, specificNames: [] });
    expect(own.words).toEqual(expect.arrayContaining(['silo', 'explosion']));
  });

  test('the same headline a month later, or of another kind of event, is none', async () => {
    expect((await readPage(report('Hunter killed in Birchmoor silo explosion', '2021-03-20'), [source])).kind).toBe(
      'none',
    );
    // Only the town and the victim's trade: two words, too few and too light.
    expect((await readPage(report('Hunter killed in Birchmoor', '2021-02-15'), [source])).kind).toBe('none');
  });

  test('in a one-story index no word is rare: the words route is closed', async () => {
    const answer = await readPage(
      report('Hunter killed in Birchmoor silo explosion', '2021-02-15'),
      [storiesSource([target])],
      { detail: true },
    );
    expect(answer.kind).toBe('none');
    // The story is still a candidate by its town's name; its headline's words weigh nothing.
    expect(answer.detail!.candidates.map((c) => c.evidence.wordScore)).toEqual([0]);
  });
});

describe('an undated report, dated by a day its text names', () => {
  // No date in the page's metadata, no dateline: only the day the text tells of.
  const undated = (day: string) =>
    snapshotAt('https://www.valleyradio.example/news/local', {
      headline: 'Hunter killed in Birchmoor silo explosion',
      text:
        `A man was killed on ${day} when grain dust ignited at a farm west of the town, officers said. His name ` +
        'has not been released.\n\nNeighbours said they heard the blast from several miles away.',
    });

  test('the day with its year, in the story’s days, dates the page there: that story by words', async () => {
    const answer = await readPage(undated('February 13, 2021'), [source], { detail: true });
    expect(answer.kind === 'event' && answer.story.id).toBe(target.id);
    const own = answer.detail!.candidates.find((c) => c.story === target.id)!.evidence;
    expect(own).toMatchObject({ route: 'words', date: 'inside' });
    expect(own.namedDay).toContain('February 13, 2021');
  });

  test('the day without its year, or in another year, dates nothing: none', async () => {
    const yearless = await readPage(undated('February 13'), [source], { detail: true });
    expect(yearless.kind).toBe('none');
    const own = yearless.detail!.candidates.find((c) => c.story === target.id)!.evidence;
    expect(own).toMatchObject({ date: 'unknown', namedDay: null });
    expect((await readPage(undated('February 13, 2022'), [source])).kind).toBe('none');
  });

  test('a page writing none of the story’s years is not aligned with it; explained, it is none', async () => {
    const align = vi.mocked(alignment.alignClaims);
    align.mockClear();
    expect((await readPage(undated('February 13, 2020'), [source])).kind).toBe('none');
    expect(align).not.toHaveBeenCalled();
    const explained = await readPage(undated('February 13, 2020'), [source], { detail: true });
    expect(explained.kind).toBe('none');
    expect(explained.detail!.candidates.map((c) => c.story)).toContain(target.id);
    // Writing the story's year, the page may name one of its days: its figures are read against the story.
    align.mockClear();
    await readPage(undated('February 13, 2021'), [source]);
    expect(align).toHaveBeenCalled();
  });
});
