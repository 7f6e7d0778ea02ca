// The number line's model: one scale for every outlet's figures, points and bars, the gaps of a dispute, the words.
import { describe, expect, test } from 'vitest';
import type { ClaimValue, RuntimeArticle, RuntimeFact, RuntimeStory } from '../../../lib/story/runtime-types';
import { dayNumber } from '../../../lib/quantity/calendar';
import { UNBOUNDED } from '../../../lib/quantity/hedges';
import { numberScale, percentAt, timeScale } from '../../../lib/ui/line-scale';
import { groupsOf, numberLine } from '../../../lib/ui/number-line-model';

const article = (id: string, publisher: string): RuntimeArticle => ({
  id,
  publisher,
  wire: null,
  site: null,
  headline: '',
  url: null,
  urls: [],
  published: null,
  updated: null,
  revision: null,
  language: 'en',
  text: '',
});
const articles = [article('a', 'Alpha'), article('b', 'Beta'), article('c', 'Gamma')];

function fact(
  kind: RuntimeFact['kind'],
  status: RuntimeFact['status'],
  claims: [string, string, ClaimValue, string][],
): RuntimeFact {
  return {
    id: 'f',
    label: 'The fact',
    kind,
    status,
    computedStatus: status,
    override: null,
    flags: { changedBetweenRevisions: [], selfContradictions: [] },
    claims: claims.map(([a, figureText, value, display]) => ({
      article: a,
      quote: { exact: figureText, prefix: '', suffix: '' },
      figure: { start: 0, end: figureText.length },
      figureText,
      value,
      display,
      attribution: null,
      hedges: [],
    })),
  };
}
const story = (f: RuntimeFact): RuntimeStory => ({
  id: 's',
  title: 'S',
  summary: '',
  dates: { start: '2013-02-05', end: '2013-02-06' },
  articles,
  facts: [f],
});
const people = (lo: number, hi: number): ClaimValue => ({ kind: 'quantity', lo, hi, unit: 'people' });
const days = (lo: string, hi: string): ClaimValue => ({ kind: 'date', lo, hi });

describe('numberLine', () => {
  const troops = fact('count', 'disputed', [
    ['a', 'Nearly 4,000', people(3600, 4000), '3,600–4,000'],
    ['b', '2,150', people(2150, 2150), '2,150'],
    ['c', '4,000', people(4000, 4000), '4,000'],
    ['c', '4,000', people(4000, 4000), '4,000'],
  ]);

  test('each outlet a row on one scale, the reader’s first; a hedged figure a bar, an exact one a point', () => {
    const line = numberLine(story(troops), troops, 'b')!;
    expect(line.scale).toBe('number');
    expect(line.unit).toBe('people');
    expect(line.rows.map((r) => [r.outlet, r.isOwn, r.marks.map((m) => [m.lo, m.hi, m.exact])])).toEqual([
      ['Beta', true, [[2150, 2150, true]]],
      ['Alpha', false, [[3600, 4000, false]]],
      ['Gamma', false, [[4000, 4000, true]]], // the same figure twice is one mark
    ]);
    expect(line.ticks.map((t) => t.label)).toEqual(['2,000', '3,000', '4,000']);
    expect(line.min).toBeLessThan(2000);
    expect(line.max).toBeGreaterThan(4000);
  });

  test('a dispute shows the gap between figures that cannot both be true; the words say the same', () => {
    const line = numberLine(story(troops), troops, 'b')!;
    expect(line.gaps).toEqual([{ from: 2150, to: 3600 }]);
    expect(line.summary).toBe(
      'Number line of The fact (people), from 2,000 to 4,000. Beta, this article: “2,150”. ' +
        'Alpha: 3,600 to 4,000 (“Nearly 4,000”). Gamma: “4,000”. ' +
        'The figures fall into 2 groups that do not overlap: 2,150; then 3,600 to 4,000.',
    );
  });

  test('figures the outlets agree on show no gap, even when a reviewer’s status says so over the values', () => {
    const agreed = { ...troops, status: 'consistent' as const };
    expect(numberLine(story(agreed), agreed, 'a')!.gaps).toEqual([]);
    expect(numberLine(story(agreed), agreed, 'a')!.summary).not.toContain('do not overlap');
  });

  test('dates go on a time line: a day is a point in the middle of the day, a month a bar; different days are apart', () => {
    const day = fact('date', 'disputed', [
      ['a', 'on Tuesday', days('2013-02-05', '2013-02-05'), '5 Feb 2013'],
      ['b', 'on Wednesday', days('2013-02-06', '2013-02-06'), '6 Feb 2013'],
      ['c', 'in February', days('2013-02-01', '2013-02-28'), 'Feb 2013'],
    ]);
    const line = numberLine(story(day), day, 'a')!;
    expect(line.scale).toBe('time');
    const tue = dayNumber('2013-02-05');
    expect(line.rows[0]!.marks[0]).toMatchObject({ lo: tue, hi: tue + 1, exact: true, spoken: '5 February 2013' });
    expect(line.rows[2]!.marks[0]).toMatchObject({ exact: false, spoken: 'Feb 2013' });
    // The month overlaps both days, so all three are one group: nothing cannot be true together on the drawing.
    expect(line.gaps).toEqual([]);
    const two = { ...day, claims: day.claims.slice(0, 2) };
    expect(numberLine(story(two), two, 'a')!.gaps).toEqual([{ from: tue + 1, to: tue + 1 }]);
    expect(numberLine(story(two), two, 'a')!.summary).toContain(
      'do not overlap: 5 February 2013; then 6 February 2013.',
    );
  });

  test('an open upper end ("more than 1,000") is drawn from its lower end to the end of the line', () => {
    const open = fact('count', 'single-source', [['a', 'more than 1,000', people(1001, UNBOUNDED), '1,001 or more']]);
    const mark = numberLine(story(open), open, 'a')!.rows[0]!.marks[0]!;
    expect(mark).toMatchObject({ lo: 1001, hi: 1001, open: true, exact: false });
  });

  test('no picture for a status or an attribution, or when no claim has a value it can draw', () => {
    const said = fact('attribution', 'disputed', [['a', 'he said', { kind: 'statement', value: 'X' }, 'X']]);
    expect(numberLine(story(said), said, 'a')).toBeNull();
    const broken = fact('count', 'single-source', [
      ['a', 'x', people(Number.NaN, 3), '?'],
      ['b', 'y', people(5, 2), '?'],
    ]);
    expect(numberLine(story(broken), broken, 'a')).toBeNull();
    const badDate = fact('date', 'single-source', [['a', 'x', days('2013-13-40', '2013-13-41'), '?']]);
    expect(numberLine(story(badDate), badDate, 'a')).toBeNull();
  });
});

describe('groupsOf', () => {
  const mark = (lo: number, hi: number) => ({ lo, hi, exact: lo === hi, open: false, figures: [], spoken: '' });
  test('numbers that touch overlap; half-open day spans that touch do not', () => {
    expect(groupsOf([mark(1, 2), mark(2, 3)], 'number').groups).toHaveLength(1);
    expect(groupsOf([mark(1, 2), mark(2, 3)], 'time').groups).toHaveLength(2);
    expect(groupsOf([mark(5, 9), mark(1, 2), mark(6, 7)], 'number').gaps).toEqual([{ from: 2, to: 5 }]);
  });
});

describe('scales', () => {
  test('a count starts at zero when its figures are near it, and ticks stay whole', () => {
    expect(numberScale(200, 999).ticks.map((t) => t.at)).toEqual([0, 500, 1000]);
    expect(numberScale(2, 3, true).ticks.map((t) => t.label)).toEqual(['2', '3']);
    expect(numberScale(11, 11, true).min).toBeLessThan(11);
    expect(numberScale(0, 0, true).ticks[0]!.at).toBe(0); // a count of nothing has no negative ticks
  });

  test('a short time line shows the days around; a long one months, naming a new year', () => {
    const tue = dayNumber('2013-02-05');
    expect(timeScale(tue, tue + 1).ticks.map((t) => t.label)).toEqual(['4 Feb', '5 Feb', '6 Feb']);
    expect(timeScale(tue, tue + 1).ticks[1]!.spoken).toBe('5 February 2013');
    const year = timeScale(dayNumber('2012-01-01'), dayNumber('2013-01-01'));
    expect(year.ticks[0]!.label).toBe('2012');
    expect(year.ticks.at(-1)!.label).toMatch(/2013$/);
    expect(year.ticks.length).toBeLessThanOrEqual(5);
  });

  test('percentAt places a value along the line, clamped to it', () => {
    expect(percentAt({ min: 0, max: 200 }, 50)).toBe(25);
    expect(percentAt({ min: 0, max: 200 }, 500)).toBe(100);
    expect(percentAt({ min: 5, max: 5 }, 5)).toBe(50);
  });
});
