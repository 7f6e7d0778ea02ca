// Mozilla's linter (the checks addons.mozilla.org runs) finds no errors in the built Firefox package.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildDirs, repoRoot, requireBuild } from './harness/sites';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

const webExt = join(repoRoot, 'node_modules/.bin/web-ext');

describe('web-ext lint — Firefox package', () => {
  it('reports no errors', async () => {
    const sourceDir = requireBuild(buildDirs.firefox);
    if (!existsSync(webExt)) throw new Error(`${webExt} missing: run \`npm ci\``);
    // web-ext exits non-zero when there are errors; the JSON report is on stdout either way.
    const stdout = await promisify(execFile)(
      webExt,
      ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-input'],
      {
        cwd: repoRoot,
        maxBuffer: 16 * 1024 * 1024,
      },
    ).then(
      (r) => r.stdout,
      (e: { stdout?: string }) => e.stdout ?? '',
    );
    const report = JSON.parse(stdout) as LintReport;
    for (const w of report.warnings) console.warn(`web-ext lint warning ${w.code} in ${w.file ?? '?'}: ${w.message}`);
    const describeAll = report.errors
      .map((e) => `${e.code} in ${e.file ?? '?'}:${e.line ?? ''} ${e.message}`)
      .join('\n');
    expect(report.summary.errors, describeAll).toBe(0);
    expect(report.errors).toEqual([]);
  });
});
