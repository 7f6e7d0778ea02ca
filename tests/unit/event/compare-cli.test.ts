// `npm run compare`: the page's figures with the facts they report and the reviewed articles they agree or differ
// with, as JSON on stdout, for an indexed article, another outlet's report of the story and an unrelated page.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO } from '../recognise/helpers/stories';

const TSX = join(REPO, 'node_modules/.bin/tsx');
const compare = (...args: string[]) =>
  spawnSync(TSX, [join(REPO, 'scripts/compare.ts'), ...args], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
const PAGES = join(REPO, 'tests/fixtures/pages');
const BUILT = existsSync(join(REPO, 'public/generated/recognition.bin'));

interface Compared {
  story: string | null;
  claims: { quote: string; figure: string; value: unknown; fact: string | null; agrees: string[]; differs: string[] }[];
}

function run(...args: string[]): Compared | null {
  const result = compare(...args);
  if (!BUILT) {
    expect(result.status).toBe(2);
    return null;
  }
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Compared;
}

describe('compare CLI', () => {
  test('a report in other words: its story, each figure with its fact, and who differs', () => {
    const answer = run(join(PAGES, 'report-sahel-wire-toll-brief/page.html'));
    if (!answer) return;
    expect(Object.keys(answer)).toEqual(['story', 'claims']);
    expect(answer.story).toBe('mali-offensive-2013');
    for (const c of answer.claims) {
      expect(Object.keys(c)).toEqual(['quote', 'figure', 'value', 'fact', 'agrees', 'differs']);
      expect(c.quote).toContain(c.figure);
      if (c.fact === null) expect([...c.agrees, ...c.differs]).toEqual([]);
    }
    // The brief gives France's toll as two soldiers: no reviewed outlet disagrees.
    const toll = answer.claims.find((c) => c.fact === 'french-soldiers-killed');
    expect(toll).toBeDefined();
    expect(toll!.differs).toEqual([]);
    expect(answer.claims.filter((c) => c.fact !== null).length).toBeGreaterThanOrEqual(3);
  }, 60_000);

  test('an unrelated page names no story and ties no figure to a fact', () => {
    const answer = run(join(PAGES, 'report-nm-in-amenas-siege-2013-01-17/page.html'));
    if (!answer) return;
    expect(answer.story).toBeNull();
    expect(answer.claims.length).toBeGreaterThan(0);
    expect(answer.claims.every((c) => c.fact === null && c.agrees.length === 0 && c.differs.length === 0)).toBe(true);
  }, 60_000);

  test('an indexed article compares with the other articles, never with itself', () => {
    const answer = run(
      join(REPO, 'tests/fixtures/sites/www.france24.com/france-withdraw-troops-mali.html'),
      '--url',
      'http://www.france24.com/en/20130206-france-plans-withdraw-troops-mali-march',
    );
    if (answer === null) return;
    expect(answer.story).toBe('mali-offensive-2013');
    const tied = answer.claims.filter((c) => c.fact !== null);
    expect(tied.length).toBeGreaterThanOrEqual(5);
    for (const c of tied) expect([...c.agrees, ...c.differs]).not.toContain('france24');
    expect(tied.some((c) => c.agrees.length + c.differs.length > 0)).toBe(true);
  }, 60_000);
});
