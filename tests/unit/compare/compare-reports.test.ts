// The reader's comparison of three reports of one event (our own texts): only facts two or more reports give,
// grouped with confidence, with statuses by the dispute rules; every other figure under its report; the story marked
// automatic everywhere it travels; a fourth outlet's report of the event is an event match of it, and the reports
// are its articles.
import { describe, expect, test } from 'vitest';
import { COMPARE_THRESHOLDS, compareReports, comparisonId } from '../../../lib/compare/compare-reports';
import { comparisonFigures } from '../../../lib/compare/comparison-figures';
import { readPage } from '../../../lib/engine/read-page';
import { storiesSource } from '../../../lib/engine/sources';
import { catalogEntry } from '../../../lib/story/catalog';
import { storyProblem } from '../../../lib/story/check-runtime-story';
import type { RuntimeStory } from '../../../lib/story/runtime-types';
import { readStoryEntry, storyFileJson } from '../../../lib/story/story-file';
import { FOURTH_HOST, fixtureReports, REPORT_HOSTS, snapshotOf } from './fixture-reports';

const MADE = new Date(Date.UTC(2026, 10, 18, 14));

function compared(): RuntimeStory {
  const result = compareReports(fixtureReports(), MADE);
  if (!result.ok) throw new Error(result.problem);
  return result.story;
}

const byReport = (story: RuntimeStory, factId: string) =>
  Object.fromEntries(story.facts.find((f) => f.id === factId)!.claims.map((c) => [c.article, c.figureText] as const));

describe('compareReports', () => {
  const story = compared();

  test('an automatic story of the three reports, named and dated by them', () => {
    expect(story.id).toBe(comparisonId(MADE));
    expect(story.title).toBe('Earthquake in Valdoria kills 42 as rescuers search collapsed homes');
    expect(story.articles.map((a) => a.publisher)).toEqual([
      'harbourtimes.example',
      'dailyledger.example',
      'northerncourier.example',
    ]);
    expect(story.dates).toEqual({ start: '2026-11-18', end: '2026-11-18' });
    expect(story.automatic).toMatchObject({ kind: 'comparison', made: MADE.toISOString() });
    expect(storyProblem(story)).toBeNull();
  });

  test('shows only facts of figures two or more reports give, each with every report’s figure in its words', () => {
    expect(story.facts.length).toBeGreaterThanOrEqual(4);
    for (const fact of story.facts) {
      expect(['count', 'date', 'duration', 'distance']).toContain(fact.kind);
      expect(new Set(fact.claims.map((c) => c.article)).size).toBeGreaterThanOrEqual(2);
    }
    const rescuers = story.facts.find((f) => f.claims.every((c) => c.figureText === '600'))!;
    expect(rescuers.status).toBe('consistent');
    expect(new Set(rescuers.claims.map((c) => c.article)).size).toBe(3);
  });

  test('disputes by the interval rules: the toll and the depth the reports give differently', () => {
    const disputed = story.facts.filter((f) => f.status === 'disputed');
    const toll = disputed.find((f) => f.claims.some((c) => c.figureText === '57'))!;
    expect(byReport(story, toll.id)).toEqual({ 'harbourtimes-example': '42', 'northerncourier-example': '57' });
    const depth = disputed.find((f) => f.kind === 'distance')!;
    expect(byReport(story, depth.id)).toEqual({
      'harbourtimes-example': '12 kilometres',
      'dailyledger-example': '12 kilometres',
      'northerncourier-example': '10 kilometres',
    });
  });

  test('every other figure is listed under its report, never as a fact', () => {
    const unmatched = story.automatic!.unmatched;
    const key = (c: { article: string; quote: { exact: string }; figure: { start: number } }) =>
      `${c.article}:${c.quote.exact}:${c.figure.start}`;
    const shown = new Set(story.facts.flatMap((f) => f.claims.map(key)));
    expect(unmatched.length).toBeGreaterThan(10);
    for (const u of unmatched) expect(shown.has(key(u))).toBe(false);
    // Given by one report only: the homes without power, the aid, the 1998 quake.
    expect(unmatched.filter((u) => u.article === 'northerncourier-example').map((u) => u.figureText)).toContain(
      '18,000',
    );
    expect(unmatched.find((u) => u.figureText === '15 million euros')?.article).toBe('harbourtimes-example');
  });

  test('this report’s figures of disputed facts are what its page marks, with the reports that differ', () => {
    const marks = comparisonFigures(story, 'northerncourier-example');
    expect(marks.map((m) => m.figureText).sort()).toEqual(['10 kilometres', '57']);
    expect(marks.find((m) => m.figureText === '57')!.differs).toEqual(['harbourtimes-example']);
    expect(comparisonFigures(story, 'dailyledger-example').map((m) => m.figureText)).toEqual(['12 kilometres']);
  });

  test('stays automatic through its story file and the catalog; a damaged "automatic" is refused whole', () => {
    const entry = readStoryEntry(storyFileJson(story), story.id);
    expect(entry.story.automatic).toEqual(story.automatic);
    expect(catalogEntry(story, { kind: 'pack', pack: story.id }).automatic).toBe(true);
    const damaged = { ...story, automatic: { ...story.automatic!, unmatched: [{ label: 'x' }] } };
    expect(storyProblem(damaged)).toMatch(/unmatched figure/);
    const moved = story.automatic!.unmatched.map((u) => ({ ...u, quote: { ...u.quote, exact: 'not in the text' } }));
    expect(storyProblem({ ...story, automatic: { ...story.automatic!, unmatched: moved } })).toMatch(/not in the/);
  });

  test('a report without a day of its own: counts compared, its dates left out', () => {
    const reports = fixtureReports().map((r, i) => (i === 2 ? { ...r, published: null } : r));
    const result = compareReports(reports, MADE);
    if (!result.ok) throw new Error(result.problem);
    const dates = result.story.facts.filter((f) => f.kind === 'date').flatMap((f) => f.claims);
    expect(dates.some((c) => c.article === 'northerncourier-example')).toBe(false);
    expect(result.story.facts.some((f) => f.claims.some((c) => c.figureText === '57'))).toBe(true);
    expect(result.story.automatic!.datedBy).toEqual({ 'northerncourier-example': '2026-11-18' });
    expect(storyProblem(result.story)).toBeNull();
  });

  test('needs two reports', () => {
    expect(compareReports(fixtureReports().slice(0, 1), MADE)).toMatchObject({ ok: false });
  });

  test('the threshold is the one documented (lib/compare/README.md)', () => {
    expect(COMPARE_THRESHOLDS.cohesion).toBe(0.3);
  });
});

describe('the comparison as an index source', () => {
  const story = compared();
  const source = storiesSource([story], story.id);

  test.each(REPORT_HOSTS)('the report on %s is one of its articles', async (host) => {
    const answer = await readPage(snapshotOf(host), [source]);
    expect(answer.kind).toBe('article');
    if (answer.kind === 'article') expect(answer.story.automatic).toBeDefined();
  });

  test('a fourth outlet’s report of the event is an event match of it', async () => {
    const answer = await readPage(snapshotOf(FOURTH_HOST), [source]);
    expect(answer.kind).toBe('event');
    if (answer.kind !== 'event') return;
    expect(answer.story.id).toBe(story.id);
    expect(answer.figures.map((f) => f.figureText)).toEqual(expect.arrayContaining(['42', '600']));
  });
});
