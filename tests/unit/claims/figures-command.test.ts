// `npm run figures` as a command: one JSON line per blank-line-separated paragraph, from a file or standard input,
// in the shape other tools read ({"figures":[{"start","end","text","value","interval","unit","change","counts","kind"}]}).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { REPO } from './helpers';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function run(args: string[], input?: string) {
  const tsx = join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  return spawnSync(process.execPath, [tsx, join(REPO, 'scripts', 'figures.ts'), ...args], {
    encoding: 'utf8',
    cwd: REPO,
    input,
  });
}

const TEXT =
  'The FTSE 100 fell 1.2% on Tuesday, and between $41 and $45 a share changed hands.\n\n' +
  'Talks began more than three weeks ago.\n\n\n' +
  'No figure here.';

describe('npm run figures -- FILE --published DAY --json', () => {
  test('prints one line per paragraph, each figure with its offsets, value, interval, unit, change, counts and kind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'figures-'));
    dirs.push(dir);
    const file = join(dir, 'text.txt');
    writeFileSync(file, TEXT);
    const r = run([file, '--published', '2013-02-06', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { figures: Record<string, unknown>[] });
    expect(lines).toHaveLength(3);
    const paragraphs = TEXT.split(/\n\s*\n/).map((p) => p.trim());
    for (const [i, line] of lines.entries()) {
      for (const f of line.figures) {
        expect(Object.keys(f)).toEqual([
          'start',
          'end',
          'text',
          'value',
          'interval',
          'unit',
          'change',
          'counts',
          'kind',
        ]);
        expect(paragraphs[i]!.slice(f.start as number, f.end as number)).toBe(f.text);
      }
    }
    expect(lines[0]!.figures.map((f) => [f.text, f.value, f.unit, f.change, f.kind])).toEqual([
      ['1.2%', 1.2, 'percent', 'down', 'percent'],
      ['Tuesday', '2013-02-05', 'date', '=', 'date'],
      ['between $41 and $45', [41, 45], 'USD', '=', 'money'],
    ]);
    expect(lines[1]!.figures[0]).toMatchObject({ value: '2013-01-16', interval: [null, '2013-01-15'], change: '<' });
    expect(lines[2]!.figures).toEqual([]);
  }, 60_000);

  test('reads standard input; without --published a relative date is null', () => {
    const r = run(['--json'], 'Talks began three weeks ago in 2012.');
    expect(r.status, r.stderr).toBe(0);
    const line = JSON.parse(r.stdout) as { figures: { text: string; value: unknown }[] };
    expect(line.figures.map((f) => [f.text, f.value])).toEqual([
      ['three weeks ago', null],
      ['2012', '2012'],
    ]);
  }, 60_000);

  test('a bad day or a missing file is a clear error', () => {
    const bad = run(['--published', '2013-02-30', '--json'], 'x');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/not a YYYY-MM-DD day/);
    const missing = run(['/nonexistent/file.txt']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/cannot read/);
  }, 60_000);
});
