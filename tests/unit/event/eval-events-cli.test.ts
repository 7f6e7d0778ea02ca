// `npm run eval:events` on the project's own small corpus (tests/fixtures/events-corpus/): the JSON it prints, the
// same-week and undated runs, an event list, the decisions it explains, and a malformed corpus refused with the line
// that is wrong.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CorpusError, readCorpus } from '../../../scripts/eval/events-corpus/corpus';
import { REPO } from '../recognise/helpers/stories';

const TSX = join(REPO, 'node_modules/.bin/tsx');
const CORPUS = join(REPO, 'tests/fixtures/events-corpus/corpus.jsonl');
const run = (...args: string[]) =>
  spawnSync(TSX, [join(REPO, 'scripts/eval-events.ts'), ...args], { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
const throwaway = () => readdirSync(tmpdir()).filter((d) => d.startsWith('parallax-eval-events-'));

describe('eval:events', () => {
  test('prints the issue’s JSON: events, reports, negatives, precision, undated, ms per page, drafts', () => {
    const before = throwaway();
    const result = run(CORPUS, '--draft', '2', '--same-week-negatives', '--json');
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/drafts are allowed there only/);
    const out = JSON.parse(result.stdout) as Record<string, Record<string, unknown> | number>;
    expect(Object.keys(out)).toEqual(
      expect.arrayContaining(['events', 'reports', 'negatives', 'precision', 'undated', 'msPerPage', 'drafts']),
    );
    expect(out.events).toBe(3);
    expect(out.reports).toMatchObject({ n: 3, recognised: 3, wrongStory: 0, missed: 0, recall: 1 });
    expect(out.negatives).toMatchObject({ n: 3, falseAlarms: 0, sameWeek: true });
    expect(out.precision).toBe(1);
    expect(out.undated).toMatchObject({ n: 3 });
    expect(Object.keys(out.msPerPage as object)).toEqual(['p50', 'p95']);
    expect(out.drafts).toMatchObject({ stories: 3, refused: 0 });
    expect((out.drafts as { facts: number }).facts).toBeGreaterThan(5);
    // The throwaway index is removed.
    expect(throwaway()).toEqual(before);
  }, 120_000);

  test('--undated removes every date; --events indexes only the events it lists', () => {
    const undated = JSON.parse(run(CORPUS, '--draft', '2', '--undated', '--json').stdout) as {
      reports: { n: number; recognised: number };
      undated: { n: number; recognised: number };
    };
    expect(undated.undated).toEqual({ n: 3, recognised: undated.reports.recognised });
    const dir = mkdtempSync(join(tmpdir(), 'parallax-events-list-'));
    try {
      writeFileSync(join(dir, 'events.json'), JSON.stringify({ some: ['harlow-fire'] }));
      const one = JSON.parse(run(CORPUS, '--events', `${join(dir, 'events.json')}:some`, '--json').stdout) as {
        events: number;
        reports: { n: number };
        negatives: { n: number };
      };
      expect(one.events).toBe(1);
      expect(one.reports.n).toBe(1);
      // Every article of an event that is not indexed is a negative.
      expect(one.negatives.n).toBe(9);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  test('--explain prints the event decision of the articles it lists, each time one is read', () => {
    const result = run(CORPUS, '--draft', '2', '--explain', 'dunmore-shooting-brief,council-budget', '--json');
    expect(result.status).toBe(0);
    // The report is read with its date, then again without; the negative once.
    expect(result.stderr).toContain(
      'eval:events: dunmore-shooting-brief (event dunmore-shooting, read as dated 2021-06-14): answered ' +
        'event-dunmore-shooting\nevent: 1 candidate story',
    );
    expect(result.stderr).toContain(
      'eval:events: dunmore-shooting-brief (event dunmore-shooting, read as dated nowhere)',
    );
    expect(result.stderr).toMatch(/→ event match by its facts/);
    expect(result.stderr).toContain(
      'eval:events: council-budget (event none, read as dated 2021-06-14): answered none\nevent: no indexed story',
    );
    expect(result.stderr).not.toContain('harlow-fire-radio (');
    const unknown = run(CORPUS, '--explain', 'no-such-article', '--json');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--explain: no article no-such-article in the corpus');
  }, 120_000);

  test('a malformed line is refused with its number', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-events-bad-'));
    try {
      writeFileSync(join(dir, 'bad.jsonl'), '{"id":"a","event":"x","text":"One."}\n{"id":"b"}\n');
      const result = run(join(dir, 'bad.jsonl'), '--json');
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/bad\.jsonl:2: an article needs an "id" and a "text"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  test('a line that is JSON but no object (null, a list, a number) is refused with its number, not thrown over', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-events-bad-'));
    try {
      for (const line of ['null', '[]', '3', '"text"']) {
        const path = join(dir, 'bad.jsonl');
        writeFileSync(path, `{"id":"a","event":"x","text":"One."}\n${line}\n`);
        expect(() => readCorpus(path)).toThrow(new CorpusError(`${path}:2: an article is a JSON object, one per line`));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
