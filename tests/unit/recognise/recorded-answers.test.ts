// Recognition answers are the same as those recorded in recorded-answers.json before the index was split into a
// first file and parts: for every page fixture (match with its score and method, the explanation with every
// candidate's evidence, the event candidates) and every report text (match and event candidates), with the whole
// index and with its paged layout (default parts, and parts of one article, story, address or term each).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { eventCandidates } from '../../../lib/event/candidates';
import { signStory } from '../../../lib/event/sign-story';
import { encodeRecognitionIndex } from '../../../lib/recognise/build-recognition-index';
import { explainRecognition } from '../../../lib/recognise/explain';
import { DEFAULT_PARAMS } from '../../../lib/fingerprint/fingerprint';
import type { AnyRecognitionIndex } from '../../../lib/recognise/index-lookups';
import { readRecognitionIndex } from '../../../lib/recognise/read-index';
import { recognise } from '../../../lib/recognise/recognise';
import { explainWhenReady, recogniseWhenReady, whenReady } from '../../../lib/recognise/when-ready';
import { fixturePage, reportPage } from './helpers/fixture-pages';
import { pagedFrom, TINY_PARTS } from './helpers/paged';
import { loadStories, REPO } from './helpers/stories';

interface Recorded {
  pages: Record<string, { match: unknown; explanation: unknown; eventCandidates: unknown }>;
  reports: Record<string, { match: unknown; eventCandidates: unknown }>;
}

const recorded = JSON.parse(readFileSync(join(import.meta.dirname, 'recorded-answers.json'), 'utf8')) as Recorded;
const signed = loadStories().map(signStory);
const indexable = signed.map((s) => ({ ...s.story, eventTerms: s.terms }));
const index = readRecognitionIndex(encodeRecognitionIndex(indexable));
// 65,536 buckets whatever the size, so the smallest fingerprint parts hold a few hashes each.
const wide = readRecognitionIndex(encodeRecognitionIndex(indexable, DEFAULT_PARAMS, 16));
const variants: [string, AnyRecognitionIndex][] = [
  ['whole', index],
  ['paged', pagedFrom(index).paged],
  ['paged, tiny parts', pagedFrom(wide, TINY_PARTS).paged],
];

const slugs = readdirSync(join(REPO, 'tests/fixtures/pages'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('recorded recognition answers', () => {
  test('every page fixture and report text has a recorded answer', () => {
    expect(Object.keys(recorded.pages).sort()).toEqual(slugs);
    for (const name of Object.keys(recorded.reports))
      expect(existsSync(join(REPO, 'tests/fixtures', `${name}.txt`))).toBe(true);
  });

  describe.each(variants)('%s', (_name, index) => {
    test.each(slugs)('page %s', async (slug) => {
      const page = fixturePage(slug);
      const want = recorded.pages[slug]!;
      expect(await recogniseWhenReady(page, index)).toEqual(want.match);
      expect(await explainWhenReady(page, index, 5)).toEqual(want.explanation);
      expect(await whenReady(index, () => eventCandidates(index, page.text))).toEqual(want.eventCandidates);
    });

    test.each(Object.keys(recorded.reports))('report %s', async (name) => {
      const page = reportPage(name);
      expect(await recogniseWhenReady(page, index)).toEqual(recorded.reports[name]!.match);
      expect(await whenReady(index, () => eventCandidates(index, page.text))).toEqual(
        recorded.reports[name]!.eventCandidates,
      );
    });
  });

  test('the synchronous functions give the same answers once a paged index has read its parts', async () => {
    const paged = pagedFrom(index).paged;
    for (const slug of slugs.slice(0, 20)) {
      const page = fixturePage(slug);
      await explainWhenReady(page, paged);
      await whenReady(paged, () => eventCandidates(paged, page.text));
      expect(recognise(page, paged)).toEqual(recorded.pages[slug]!.match);
      expect(explainRecognition(page, paged)).toEqual(recorded.pages[slug]!.explanation);
      expect(eventCandidates(paged, page.text)).toEqual(recorded.pages[slug]!.eventCandidates);
    }
  });
});
