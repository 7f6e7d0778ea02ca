// The commands that rewrite fixture files take no argument: given one, they refuse it and write nothing.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

describe('fixture-writing commands', () => {
  test('report-pages, fixtures:readings and fixtures:recognition refuse an argument before writing anything', () => {
    const written = ['tests/fixtures/sites/sites.json', 'tests/fixtures/pages/readings.json'];
    const before = written.map((f) => readFileSync(join(ROOT, f), 'utf8'));
    for (const [script, command] of [
      ['report-pages.ts', 'report-pages'],
      ['record-readings.ts', 'fixtures:readings'],
      ['record-recognition-answers.ts', 'fixtures:recognition'],
    ]) {
      const r = spawnSync(process.execPath, [TSX, join(ROOT, 'scripts', script!), 'garbage.json'], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.status, command).toBe(2);
      expect(r.stderr).toBe(`unexpected argument garbage.json\nusage: npm run ${command} (it takes no argument)\n`);
    }
    expect(written.map((f) => readFileSync(join(ROOT, f), 'utf8'))).toEqual(before);
  }, 120_000);
});
