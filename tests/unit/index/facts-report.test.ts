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
      stories: [{
        id: 'demo',
        title: 'Demo story',
        articles: [{ id: 'alpha', publisher: 'Alpha', revision: null }, { id: 'beta', publisher: 'Beta', revision: null }],
        facts: [
          {
            id: 'statement-day', label: 'Day the minister spoke', status: 'disputed',
            claims: [{ article: 'alpha', quote: 'the minister said on Tuesday', figure: 'on Tuesday', value: { lo: '2013-02-05', hi: '2013-02-05' } }],
          },
          {
            id: 'troops', label: 'Troops in Mali', status: 'disputed',
            claims: [
              { article: 'alpha', quote: 'Nearly 4,000 troops are in Mali', figure: 'Nearly 4,000', value: { lo: 3600, hi: 4000, unit: 'people' } },
              { article: 'beta', quote: 'France has 2,150 soldiers in Mali.', figure: '2,150', value: { lo: 2150, hi: 2150, unit: 'people' } },
            ],
          },
        ],
      }],
    });
  });
});

describe('factsTable', () => {
  test('shows each outlet figure, value, attribution, status and the override reason', () => {
    const table = factsTable(demoIndex());
    expect(table).toContain('DISPUTED  Day the minister spoke  [statement-day, date]');
    expect(table).toContain('  ! override: disputed (computed single-source): Another source names a different day.');
    expect(table).toContain('  alpha  "on Tuesday"  5 Feb 2013  (the minister said)');
    expect(table).toContain('  alpha  "Nearly 4,000"  3,600–4,000');
    expect(table).toContain('  beta   "2,150"         2,150');
    expect(table).toContain('2 facts: 2 disputed');
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
});
