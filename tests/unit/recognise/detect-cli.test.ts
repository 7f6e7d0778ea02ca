// `npm run detect`: only the JSON answer on stdout, the built index's answer for a saved page.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readSavedPage } from '../../../scripts/support/local-index';
import { REPO } from './helpers/stories';

const TSX = join(REPO, 'node_modules/.bin/tsx');
const detect = (...args: string[]) =>
  spawnSync(TSX, [join(REPO, 'scripts/detect.ts'), ...args], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
const SITES = join(REPO, 'tests/fixtures/sites');
const PAGES = join(REPO, 'tests/fixtures/pages');
const BUILT = existsSync(join(REPO, 'public/generated/recognition.bin'));

describe('detect CLI', () => {
  test('answers a saved story page with exactly the match JSON, or asks for the index', () => {
    const run = detect(
      join(SITES, 'web.archive.org/cnn-mali-conflict-r1.html'),
      '--url',
      'https://web.archive.org/web/20130206093000/http://www.cnn.com/2013/02/06/world/africa/mali-conflict/index.html',
    );
    if (!BUILT) {
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/npm run index/);
      return;
    }
    expect(run.status).toBe(0);
    const answer = JSON.parse(run.stdout) as { match: Record<string, unknown> };
    expect(Object.keys(answer.match)).toEqual(['story', 'article', 'revision', 'score', 'method']);
    expect(answer.match).toMatchObject({ article: 'cnn-r1', revision: 1, method: 'address+text' });
    // An indexed article is that article, never an event.
    expect(answer).toHaveProperty('event', null);
  }, 60_000);

  test('answers another outlet’s report of the story with an event, and a near miss with none', () => {
    const report = detect(join(PAGES, 'report-sahel-wire-toll-brief/page.html'));
    if (!BUILT) return expect(report.status).toBe(2);
    expect(report.status).toBe(0);
    const answer = JSON.parse(report.stdout) as { match: null; event: Record<string, unknown> };
    expect(answer.match).toBeNull();
    expect(Object.keys(answer.event)).toEqual(['story', 'score', 'facts']);
    expect(answer.event.story).toBe('mali-offensive-2013');
    expect(answer.event.facts).toBeGreaterThanOrEqual(3);
    const nearMissPage = join(PAGES, 'report-nm-gao-suicide-bombing-2013-02-08/page.html');
    const nearMiss = detect(nearMissPage);
    expect(nearMiss.stdout).toBe(`${JSON.stringify({ page: nearMissPage, match: null, event: null })}\n`);
  }, 60_000);

  test('--explain puts the evidence on stderr and leaves stdout exactly the answer JSON', () => {
    const run = detect(join(SITES, 'news.yahoo.com/french-led-forces-killed-hundreds.html'), '--explain');
    if (!BUILT) {
      expect(run.status).toBe(2);
      return;
    }
    expect(run.status).toBe(0);
    const answer = JSON.parse(run.stdout) as { match: Record<string, unknown> };
    expect(Object.keys(answer)).toEqual(['page', 'match', 'event']);
    expect(answer.match).toMatchObject({ article: 'afp', method: 'text' });
    expect(run.stderr).toMatch(
      /nearest candidates:\n {2}mali-offensive-2013\/afp: containment [\d.]+, coverage [\d.]+, matched words \d+, blocks \d+/,
    );
    expect(run.stderr).toMatch(/passes: containment [\d.]+ ≥ [\d.]+ \(minContainment\)/);
    expect(run.stderr).toMatch(/decision: text → mali-offensive-2013\/afp/);
  }, 60_000);

  test('prints {"match":null} for an ordinary page, and fails on a missing file', () => {
    const ordinary = join(SITES, 'www.example.org/index.html');
    const run = detect(ordinary);
    if (BUILT) expect(run.stdout).toBe(`${JSON.stringify({ page: ordinary, match: null, event: null })}\n`);
    else expect(run.status).toBe(2);
    const missing = detect(join(SITES, 'no-such-page.html'));
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    const folder = detect(SITES);
    expect(folder.status).toBe(2);
    expect(folder.stdout).toBe('');
    expect(folder.stderr).toMatch(/^cannot read .*EISDIR/);
  }, 60_000);

  test('reads a .txt as an article text with the metadata beside it, and an empty file or one without markup as text', () => {
    const dir = join(tmpdir(), `parallax-detect-text-${process.pid}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    const report = join(REPO, 'tests/fixtures/reports/channel-gazette-monday-toll.txt');
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '');
    const words = join(dir, 'words.html');
    writeFileSync(words, 'Words without markup.\n\nMore words.');
    const run = detect(report, empty, words, '--jsonl');
    rmSync(dir, { recursive: true, force: true });
    if (!BUILT) return expect(run.status).toBe(2);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [text, ...unread] = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { match: unknown; event: { story: string } | null });
    expect(text).toMatchObject({ match: null, event: { story: 'mali-offensive-2013' } });
    expect(unread).toEqual([
      { page: empty, match: null, event: null },
      { page: words, match: null, event: null },
    ]);
    // What the engine was given: the .json's headline, day and address, the paragraphs as a page's would be.
    const snapshot = readSavedPage(report, null);
    const meta = JSON.parse(readFileSync(report.replace(/\.txt$/, '.json'), 'utf8')) as Record<string, string>;
    expect(snapshot).toMatchObject({ headline: meta.headline, published: meta.published, canonical: meta.url });
    expect(snapshot.url).toBe(pathToFileURL(report).href);
    expect(snapshot.text).toBe(
      readFileSync(report, 'utf8')
        .trim()
        .split(/\n\s*\n/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .join('\n\n'),
    );
  }, 60_000);

  test('--jsonl reads many pages in one process: one line per page, each equal to its single run', () => {
    const pages = [
      join(SITES, 'news.yahoo.com/french-led-forces-killed-hundreds.html'),
      join(PAGES, 'report-sahel-wire-toll-brief/page.html'),
      join(SITES, 'www.example.org/index.html'),
    ];
    const batch = detect(...pages, '--jsonl');
    if (!BUILT) return expect(batch.status).toBe(2);
    expect(batch.status).toBe(0);
    const lines = batch.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines).toEqual(pages.map((page) => detect(page).stdout.trimEnd()));
    // Several pages without --jsonl are refused; a page that cannot be read is a line of its own in a batch.
    expect(detect(...pages).status).toBe(2);
    const missing = join(SITES, 'no-such-page.html');
    const mixed = detect(pages[2]!, missing, '--jsonl');
    expect(mixed.status).toBe(1);
    expect(
      mixed.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    ).toEqual([
      { page: pages[2], match: null, event: null },
      { page: missing, error: expect.stringMatching(/no such file/) },
    ]);
  }, 120_000);

  test('--url-list gives each page of a batch its address', () => {
    const list = join(tmpdir(), `parallax-url-list-${process.pid}.txt`);
    const cnn = join(SITES, 'web.archive.org/cnn-mali-conflict-r1.html');
    const address =
      'https://web.archive.org/web/20130206093000/http://www.cnn.com/2013/02/06/world/africa/mali-conflict/index.html';
    writeFileSync(list, `# saved pages and where they were read\n${cnn} ${address}\n`);
    try {
      const run = detect('--url-list', list, '--jsonl');
      if (!BUILT) return expect(run.status).toBe(2);
      expect(run.stdout).toBe(detect(cnn, '--url', address).stdout);
      expect(JSON.parse(run.stdout).match).toMatchObject({ method: 'address+text' });
    } finally {
      rmSync(list, { force: true });
    }
  }, 60_000);
});
