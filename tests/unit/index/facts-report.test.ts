// `npm run facts`: the --json shape other tools rely on (and nothing but JSON on stdout), and the table.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFromSources } from '../../../lib/index/build-index';
import { factsReport, factsTable } from '../../../lib/index/facts-report';
import { factsOf, fixture } from './fixture';

const REPO = join(import.meta.dirname, '..', '..', '..');

function demoIndex() {
  const s = fixture();
  factsOf(s)[1]!.override = { status: 'disputed', reason: 'Another source names a different day.' };
  const result = buildFromSources([s], null);
  if (!result.ok) throw new Error('fixture does not build');
  return result.index;
}

describe('factsReport', () => {
  test('has exactly the documented shape', () => {
    expect(factsReport(demoIndex())).toEqual({
      stories: [
        {
          id: 'demo',
          title: 'Demo story',
          articles: [
            { id: 'alpha', publisher: 'Alpha', revision: null },
            { id: 'beta', publisher: 'Beta', revision: null },
          ],
          facts: [
            {
              id: 'troops',
              label: 'Troops in Mali',
              status: 'disputed',
              claims: [
                {
                  article: 'alpha',
                  quote: 'Nearly 4,000 troops are in Mali',
                  figure: 'Nearly 4,000',
                  value: { lo: 3600, hi: 4000, unit: 'people' },
                },
                {
                  article: 'beta',
                  quote: 'France has 2,150 soldiers in Mali.',
                  figure: '2,150',
                  value: { lo: 2150, hi: 2150, unit: 'people' },
                },
              ],
            },
            {
              id: 'statement-day',
              label: 'Day the minister spoke',
              status: 'disputed',
              claims: [
                {
                  article: 'alpha',
                  quote: 'the minister said on Tuesday',
                  figure: 'on Tuesday',
                  value: { lo: '2013-02-05', hi: '2013-02-05' },
                },
              ],
            },
          ],
        },
      ],
    });
  });
});

describe('factsTable', () => {
  test('shows each outlet figure, value, attribution, status and the override reason', () => {
    const table = factsTable(demoIndex());
    expect(table).toContain('2. DISPUTED  Day the minister spoke  [statement-day, date]');
    expect(table).toContain('  order: disputed, weight 2 (date), 1 article');
    expect(table).toContain('  ! override: disputed (computed single-source): Another source names a different day.');
    expect(table).toContain('  alpha  "on Tuesday"  5 Feb 2013  (the minister said)');
    expect(table).toContain('  alpha  "Nearly 4,000"  3,600–4,000');
    expect(table).toContain('  beta   "2,150"         2,150');
    expect(table).toContain('2 facts: 2 disputed');
  });
});

describe('display order', () => {
  test('with an article, the facts it reports come first, in the JSON and in the table', () => {
    const index = demoIndex();
    expect(factsReport(index).stories[0]!.facts.map((f) => f.id)).toEqual(['troops', 'statement-day']);
    // beta reports only the troop count; alpha reports both, so the count (weight 4) leads the date (2).
    expect(factsReport(index, 'beta').stories[0]!.facts.map((f) => f.id)).toEqual(['troops', 'statement-day']);
    const table = factsTable(index, 'beta');
    expect(table).toContain('order on the page of beta: the 1 fact it reports first');
    expect(table).toContain(
      '1. DISPUTED  Troops in Mali  [troops, count]\n  order: reported here, disputed, weight 4 (count), 2 articles',
    );
    expect(table).toContain(
      '2. DISPUTED  Day the minister spoke  [statement-day, date]\n  order: not reported here, disputed, weight 2 (date), 1 article',
    );
  });

  test('an article that reports only a lighter fact still sees it first', () => {
    const s = fixture();
    factsOf(s)[1]!.override = { status: 'disputed', reason: 'Another source names a different day.' };
    // gamma reports only the day; the troop count is not on its page.
    s.articles.push({
      id: 'gamma',
      meta: {
        ...(s.articles[1]!.meta as object),
        publisher: 'Gamma',
        url: 'https://gamma.example/x',
        urls: ['https://gamma.example/x'],
      },
      text: 'The minister spoke on Tuesday.\n',
    });
    (s.story as { articles: string[] }).articles.push('gamma');
    factsOf(s)[1]!.claims.push({
      article: 'gamma',
      quote: 'The minister spoke on Tuesday.',
      figure: 'on Tuesday',
      value: ['2013-02-05', '2013-02-05'],
      attribution: null,
      hedges: [],
    });
    const result = buildFromSources([s], null);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(factsReport(result.index, 'gamma').stories[0]!.facts.map((f) => f.id)).toEqual(['statement-day', 'troops']);
    expect(factsReport(result.index).stories[0]!.facts.map((f) => f.id)).toEqual(['troops', 'statement-day']);
  });
});

describe('npm run facts -- --json', () => {
  test('prints only JSON on stdout, in the documented shape, for the real data', () => {
    const run = spawnSync('npm', ['run', '--silent', 'facts', '--', '--json'], { cwd: REPO, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as ReturnType<typeof factsReport>;
    expect(Object.keys(report)).toEqual(['stories']);
    const story = report.stories[0]!;
    expect(Object.keys(story)).toEqual(['id', 'title', 'articles', 'facts']);
    expect(story.articles.map((a) => a.id)).toEqual(['cnn-r1', 'cnn-r2', 'afp', 'globalpost', 'france24']);
    expect(story.articles[1]).toEqual({ id: 'cnn-r2', publisher: 'CNN', revision: 2 });
    for (const fact of story.facts) {
      expect(Object.keys(fact)).toEqual(['id', 'label', 'status', 'claims']);
      for (const claim of fact.claims) expect(Object.keys(claim)).toEqual(['article', 'quote', 'figure', 'value']);
    }
    const troops = story.facts.find((f) => f.id === 'french-troops-in-mali')!;
    expect(troops.status).toBe('disputed');
    expect(troops.claims.find((c) => c.figure === '2,150')?.value).toEqual({ lo: 2150, hi: 2150, unit: 'people' });
    const kidal = story.facts.find((f) => f.id === 'kidal-status')!;
    expect(kidal.claims[0]!.value).toBe('held by militants; troops working to secure it');
  }, 60_000);

  test('--article orders the facts as that page shows them; an unknown article is a one-line error', () => {
    const run = spawnSync('npm', ['run', '--silent', 'facts', '--', '--json', '--article', 'afp'], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const facts = (JSON.parse(run.stdout) as ReturnType<typeof factsReport>).stories[0]!.facts;
    const first = facts[0]!;
    expect(first.claims.some((c) => c.article === 'afp')).toBe(true);
    expect(first.status).toBe('disputed');
    const firstSilent = facts.findIndex((f) => !f.claims.some((c) => c.article === 'afp'));
    expect(facts.slice(firstSilent).every((f) => !f.claims.some((c) => c.article === 'afp'))).toBe(true);
    const bad = spawnSync('npm', ['run', '--silent', 'facts', '--', '--article', 'nope'], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^facts: no article "nope" in the index; known: cnn-r1, /);
  }, 60_000);
});
