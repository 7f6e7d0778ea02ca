// `npm run index` as a command: on broken data it prints every problem as file: item: reason, writes
// nothing and exits 1; on good data it writes exactly the bytes the build function produces.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildIndex } from '../../../lib/index/build-index';
import { encodeRecognitionIndex } from '../../../lib/recognise/build-recognition-index';

const REPO = join(import.meta.dirname, '..', '..', '..');
const STORY = 'data/stories/mali-offensive-2013';
const roots: string[] = [];

function copyOfData(): string {
  const root = mkdtempSync(join(tmpdir(), 'parallax-index-script-'));
  roots.push(root);
  cpSync(join(REPO, 'data'), join(root, 'data'), { recursive: true });
  return root;
}

function runIndex(root: string) {
  const tsx = join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  return spawnSync(process.execPath, [tsx, join(REPO, 'scripts', 'build-index.ts'), '--root', root], {
    encoding: 'utf8',
  });
}

afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

describe('scripts/build-index.ts', () => {
  test('broken data: every problem printed, exit code 1, nothing written', () => {
    const root = copyOfData();
    const factsFile = join(root, STORY, 'facts.json');
    const file = JSON.parse(readFileSync(factsFile, 'utf8')) as {
      facts: { claims: { quote: string; value: unknown }[] }[];
    };
    const facts = file.facts;
    facts[0]!.claims[0]!.quote = 'France says it has 4,000 soldiers in Mali!';
    facts[1]!.claims[0]!.value = [999, 999];
    writeFileSync(factsFile, JSON.stringify(file));
    writeFileSync(join(root, STORY, 'articles', 'afp.txt'), 'French-led forces have killed hundreds of rebels.\n');
    const run = runIndex(root);
    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n').filter((l) => l.startsWith('data/'));
    expect(lines).toContain(
      `${STORY}/facts.json: fact "french-troops-in-mali" claim 1 (cnn-r1): quote is not verbatim in the article text: "France says it has 4,000 soldiers in Mali!"`,
    );
    expect(lines).toContain(
      `${STORY}/facts.json: fact "french-troops-outside-mali" claim 1 (cnn-r2): parsed value of "1,000" is [1000,1000] people but the file records [999,999] people`,
    );
    // The shortened AFP text loses most of its quotes: each is reported, not just the first.
    expect(lines.filter((l) => l.includes('(afp): quote is not verbatim')).length).toBeGreaterThan(20);
    expect(run.stderr).toMatch(/index: \d+ problem\(s\); nothing written\n$/);
    expect(existsSync(join(root, 'public', 'generated'))).toBe(false);
  }, 60_000);

  test('good data: writes every generated file, byte for byte what buildIndex returns, and nothing of an older ' +
    'build', () => {
    const root = copyOfData();
    mkdirSync(join(root, 'public', 'generated'), { recursive: true });
    writeFileSync(join(root, 'public', 'generated', 'index.json'), '{}');
    const run = runIndex(root);
    expect(run.status, run.stderr).toBe(0);
    const expected = buildIndex(REPO, encodeRecognitionIndex);
    if (!expected.ok) throw new Error('the real data does not build');
    for (const file of expected.files) {
      expect(new Uint8Array(readFileSync(join(root, 'public', 'generated', file.path))), file.path).toEqual(file.bytes);
    }
    expect(existsSync(join(root, 'public', 'generated', 'index.json'))).toBe(false);
  }, 60_000);
});
