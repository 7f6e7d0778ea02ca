// explainRecognition gives recognise()'s own answer with the evidence behind it: the nearest candidates,
// the threshold that decided each, and how a revision was or was not told.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildRecognitionIndex } from '../../../lib/recognise/build-recognition-index';
import { explainRecognition, formatExplanation } from '../../../lib/recognise/explain';
import { judgeText, recognise, TEXT_THRESHOLDS } from '../../../lib/recognise/recognise';
import type { PageSnapshot } from '../../../lib/extract/page-snapshot';
import { snapshotOf } from './helpers/pages';
import { loadStories, paragraphsOf, REPO } from './helpers/stories';

const stories = loadStories();
const index = buildRecognitionIndex(stories);
const PAGES = join(REPO, 'tests/fixtures/pages');
const page = (text: string, url = 'https://elsewhere.test/p'): PageSnapshot => ({
  url,
  canonical: null,
  ogUrl: null,
  jsonLdUrls: [],
  text,
  headline: null,
  published: null,
});

describe('explainRecognition', () => {
  test('gives the same answer as recognise on every page fixture', () => {
    for (const slug of readdirSync(PAGES, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)) {
      const expected = JSON.parse(readFileSync(join(PAGES, slug, 'expected.json'), 'utf8')) as { url: string | null };
      const snapshot = snapshotOf(
        readFileSync(join(PAGES, slug, 'page.html'), 'utf8'),
        expected.url ?? `file:///fixtures/${slug}/page.html`,
      );
      expect(explainRecognition(snapshot, index).match, slug).toEqual(recognise(snapshot, index));
    }
  });

  test('names the threshold that admitted a teaser and the one that turned a single paragraph away', () => {
    const afp = paragraphsOf(stories, 'afp');
    const teaser = explainRecognition(page(afp.slice(0, 2).join('\n\n')), index);
    expect(teaser.route).toBe('text');
    expect(teaser.candidates[0]).toMatchObject({ article: 'afp', passes: true, decidedBy: ['minContainment'] });
    const quote = explainRecognition(page(`${afp[1]}\n\nA note of our own about what this paragraph says.`), index);
    expect(quote.match).toBeNull();
    expect(quote.candidates[0]).toMatchObject({ article: 'afp', passes: false, decidedBy: ['minBlocks'] });
    expect(formatExplanation(quote)).toMatch(
      /blocks 1 < 2 \(minBlocks\)[\s\S]*decision: not recognised \(nearest: afp\)/,
    );
  });

  test("says when the revision is unknown, with each revision's own fingerprints on the page", () => {
    const lead = paragraphsOf(stories, 'cnn-r1').slice(0, 2).join('\n\n');
    const x = explainRecognition(page(lead), index);
    expect(x.route).toBe('text, revision unknown');
    expect(x.match).toMatchObject({ article: 'cnn-r2', revision: null });
    expect(x.revision?.decided).toBe(false);
    expect(x.revision?.ownFingerprints.map((r) => r.count)).toEqual([0, 0]);
    expect(formatExplanation(x)).toMatch(/revision: unknown[\s\S]*revision unknown, score/);
  });

  test('lists the articles the addresses name, and explains a page with no fingerprint in common', () => {
    const cnn = stories[0]?.articles.find((a) => a.id === 'cnn-r2')?.url ?? '';
    const x = explainRecognition(page('Nothing here is from any indexed article at all.', cnn), index);
    expect(x.byAddress.sort()).toEqual(['cnn-r1', 'cnn-r2']);
    expect(x.route).toBe('address, latest revision');
    expect(formatExplanation(x)).toMatch(/nearest candidates: none/);
  });

  test('judgeText checks the thresholds in order: words, blocks, then containment or coverage', () => {
    const t = TEXT_THRESHOLDS;
    const ok = { matchedWords: t.minMatchedWords, blocks: t.minBlocks, containment: t.minContainment, coverage: 0 };
    expect(judgeText(ok)).toEqual({ passes: true, decidedBy: ['minContainment'] });
    expect(judgeText({ ...ok, containment: 0, coverage: t.minCoverage })).toEqual({
      passes: true,
      decidedBy: ['minCoverage'],
    });
    expect(judgeText({ ...ok, containment: 0 })).toEqual({
      passes: false,
      decidedBy: ['minContainment', 'minCoverage'],
    });
    expect(judgeText({ ...ok, blocks: t.minBlocks - 1 }).decidedBy).toEqual(['minBlocks']);
    expect(judgeText({ ...ok, matchedWords: t.minMatchedWords - 1, blocks: 0 }).decidedBy).toEqual(['minMatchedWords']);
  });

  test('an index that is not a recognition index is explained, not thrown on', () => {
    expect(explainRecognition(page('x'), {} as typeof index).route).toMatch(/not a recognition index/);
  });
});
