// `npm run eval` and `npm run draft-story` as commands: the JSON shapes other tools rely on, the files a draft
// writes, and the index build refusing them until reviewed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { REPO } from './helpers';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function run(script: string, args: string[]) {
  const tsx = join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  return spawnSync(process.execPath, [tsx, join(REPO, 'scripts', script), ...args], { encoding: 'utf8', cwd: REPO });
}

describe('npm run eval -- --json', () => {
  test('prints the three evaluations with precision and recall, and lists the misses', () => {
    // The held-out quantities are scored only when their figures are reported, never by a test.
    const r = run('eval.ts', ['--json', '--skip-heldout']);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, { precision: number; recall: number; missed?: unknown[] }>;
    for (const key of ['leaveOneOut', 'reports', 'drafting']) {
      expect(out[key]!.precision).toBeGreaterThanOrEqual(0);
      expect(out[key]!.recall).toBeLessThanOrEqual(1);
    }
    expect(Array.isArray(out.leaveOneOut!.missed)).toBe(true);
    // The quantity corpus: dev to dev6 (own paragraphs at least, corpus paragraphs where ../shared is present)
    // and held-out (null here: left unread).
    const quantities = (out as unknown as { quantities: Record<string, Record<string, number> | null> }).quantities;
    expect(Object.keys(quantities)).toEqual(
      expect.arrayContaining(['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'heldout']),
    );
    for (const split of ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6'])
      for (const key of ['precision', 'recall', 'f1', 'unit', 'change']) {
        expect(quantities[split]![key]).toBeGreaterThan(0);
        expect(quantities[split]![key]).toBeLessThanOrEqual(1);
      }
  }, 180_000);

  test('an unknown option or an argument is refused with the usage, before any evaluation runs', () => {
    for (const arg of ['--bogus', 'extra']) {
      const r = run('eval.ts', ['--json', arg]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^(unknown option|unexpected argument) .*\nusage: npm run eval/);
    }
  });
});

describe('npm run draft-story', () => {
  const TEXTS = ['afp', 'cnn-r1', 'cnn-r2', 'france24', 'globalpost'].map((id) =>
    join('data/stories/mali-offensive-2013/articles', `${id}.txt`),
  );

  test('a folder given as a file is refused with the reason, not thrown over', () => {
    const r = run('draft-story.ts', ['--id', 'x', '--json', join(REPO, 'data')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^cannot read .*data: EISDIR/);
  });

  test('--json on the indexed texts prints a draft in the facts shape', () => {
    const r = run('draft-story.ts', ['--id', 'x', '--json', ...TEXTS]);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as {
      stories: { id: string; facts: { draft: boolean; claims: unknown[] }[] }[];
    };
    expect(report.stories[0]!.id).toBe('x');
    expect(report.stories[0]!.facts.every((f) => f.draft === true && f.claims.length > 0)).toBe(true);
  }, 120_000);

  test('saved pages: files written in the data format, and the index build names every draft fact it refuses', () => {
    const root = mkdtempSync(join(tmpdir(), 'parallax-draft-'));
    roots.push(root);
    cpSync(join(REPO, 'data', 'schema'), join(root, 'data', 'schema'), { recursive: true });
    const out = join(root, 'data', 'stories', 'mali-pages');
    const pages = ['france24-https', 'afp-astroawani', 'cnn-r2-www-https'].map((p) =>
      join('tests/fixtures/pages', p, 'page.html'),
    );
    const r = run('draft-story.ts', ['--id', 'mali-pages', '--out', out, ...pages]);
    expect(r.status, r.stderr).toBe(0);
    for (const f of [
      'story.json',
      'facts.json',
      'not-claims.json',
      'articles/france24-https.json',
      'articles/france24-https.txt',
    ]) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    const meta = JSON.parse(readFileSync(join(out, 'articles', 'france24-https.json'), 'utf8')) as {
      publisher: string;
      headline: string;
    };
    expect(meta.publisher).toBe('France 24');
    expect(meta.headline).toBe('France to start withdrawing troops from Mali in March');
    const index = run('build-index.ts', ['--root', root]);
    expect(index.status).toBe(1);
    expect(index.stderr).toMatch(/facts\.json: fact "[a-z0-9-]+": a draft fact \(from npm run draft-story\)/);
    // An existing story is never overwritten by accident.
    expect(run('draft-story.ts', ['--id', 'mali-pages', '--out', out, ...pages]).status).toBe(2);
  }, 120_000);
});
