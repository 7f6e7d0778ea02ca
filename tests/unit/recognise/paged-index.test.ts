import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { generator, syntheticStory } from '../../../scripts/bench/support/synthetic';
import { eventCandidates } from '../../../lib/event/candidates';
import { readPageText } from '../../../lib/event/page-text';
import { signStory } from '../../../lib/event/sign-story';
import { DEFAULT_PARAMS } from '../../../lib/fingerprint/fingerprint';
import { encodeRecognitionIndex } from '../../../lib/recognise/build-recognition-index';
import { openPagedIndex, PagedIndexError, verifyPagedIndex } from '../../../lib/recognise/paged-index';
import { readRecognitionIndex } from '../../../lib/recognise/read-index';
import { recognise } from '../../../lib/recognise/recognise';
import { splitRecognitionIndex } from '../../../lib/recognise/split-index';
import { recogniseWhenReady, whenReady } from '../../../lib/recognise/when-ready';
import { fixturePage } from './helpers/fixture-pages';
import { pagedFrom, TINY_PARTS } from './helpers/paged';
import { loadStories, REPO } from './helpers/stories';

const recorded = JSON.parse(readFileSync(join(import.meta.dirname, 'recorded-answers.json'), 'utf8')) as {
  pages: Record<string, { match: { article: string } | null }>;
};
const slugs = readdirSync(join(REPO, 'tests/fixtures/pages'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const signed = loadStories().map(signStory);
const indexable = signed.map((s) => ({ ...s.story, eventTerms: s.terms }));
const wide = readRecognitionIndex(encodeRecognitionIndex(indexable, DEFAULT_PARAMS, 16));
const matching = slugs.filter((s) => recorded.pages[s]!.match !== null);

/** Parts a fixture page reads with the tiny split. */
async function partsRead(slug: string): Promise<number[]> {
  const { paged, reads } = pagedFrom(wide, TINY_PARTS);
  await recogniseWhenReady(fixturePage(slug), paged);
  return reads;
}

// A fingerprint part a CNN page needs and an AFP page does not: pages that need it are not annotated, others still
// are.
const cnnReads = await partsRead(matching.find((s) => recorded.pages[s]!.match?.article === 'cnn-r1')!);
const afpReads = new Set(await partsRead(matching.find((s) => recorded.pages[s]!.match?.article === 'afp')!));
const cnnPart = cnnReads.find((id) => !afpReads.has(id))!;
describe('the paged recognition index', () => {
  test('is split deterministically; its head names the whole file it came from', () => {
    const a = splitRecognitionIndex(wide, TINY_PARTS);
    const again = splitRecognitionIndex(readRecognitionIndex(encodeRecognitionIndex(indexable, DEFAULT_PARAMS, 16)));
    expect(splitRecognitionIndex(wide, TINY_PARTS)).toEqual(a);
    const { paged } = pagedFrom(wide);
    expect(paged.head.split.sourceLength).toBe(wide.file.bytes.length);
    expect(paged.head.split.sourceChecksum).toBe(new DataView(wide.file.bytes.buffer).getUint32(12, true));
    expect(again.parts.length).toBeLessThan(a.parts.length);
  });

  test('a page reads only the parts it needs, once while they stay in the cache', async () => {
    const { paged, reads } = pagedFrom(wide, TINY_PARTS);
    const page = fixturePage(matching[0]!);
    expect(await recogniseWhenReady(page, paged)).toEqual(recorded.pages[matching[0]!]!.match && expect.anything());
    const first = reads.length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(paged.partCount / 4);
    await recogniseWhenReady(page, paged);
    expect(reads.length).toBe(first);
  });

  test('answers nothing from parts it has not read, rather than guess', () => {
    const { paged } = pagedFrom(wide, TINY_PARTS);
    for (const slug of matching.slice(0, 5)) {
      const page = fixturePage(slug);
      expect(recognise(page, paged)).toBeNull();
      expect(eventCandidates(paged, readPageText(page).names)).toEqual([]);
    }
  });

  const other = splitRecognitionIndex(readRecognitionIndex(encodeRecognitionIndex(indexable.slice(0, 1))), TINY_PARTS);
  test.each<[string, (parts: (Uint8Array | undefined)[]) => void]>([
    [
      'missing',
      (parts) => {
        parts[cnnPart] = undefined;
      },
    ],
    [
      'with one byte changed',
      (parts) => {
        parts[cnnPart]![40]! ^= 1;
      },
    ],
    [
      'swapped for another part',
      (parts) => {
        parts[cnnPart] = parts[cnnPart + 1];
      },
    ],
    [
      'cut short',
      (parts) => {
        parts[cnnPart] = parts[cnnPart]!.slice(0, 30);
      },
    ],
    [
      'from another index',
      (parts) => {
        parts[cnnPart] = other.parts[cnnPart] ?? new Uint8Array(8);
      },
    ],
  ])('a part %s leaves the pages that need it unannotated, says so once, never throws', async (_name, change) => {
    const onDamage = vi.fn();
    const { paged } = pagedFrom(wide, TINY_PARTS, { change, onDamage });
    const answers = [];
    for (const slug of slugs) {
      const match = await recogniseWhenReady(fixturePage(slug), paged);
      // Never a wrong answer: the recorded one, or nothing.
      if (match !== null) expect(match).toEqual(recorded.pages[slug]!.match);
      answers.push(match);
    }
    expect(answers.filter((m) => m === null).length).toBeGreaterThan(slugs.length - matching.length);
    expect(answers.some((m) => m?.article === 'afp')).toBe(true);
    expect(answers.filter((m) => m?.article === 'cnn-r1').length).toBeLessThan(
      matching.filter((s) => recorded.pages[s]!.match?.article === 'cnn-r1').length,
    );
    expect(onDamage).toHaveBeenCalledOnce();
    expect(onDamage).toHaveBeenCalledWith(cnnPart, expect.any(String));
  });

  test('a part store that fails answers nothing for the page, with one report a part', async () => {
    const onDamage = vi.fn();
    const { head } = splitRecognitionIndex(wide, TINY_PARTS);
    const paged = openPagedIndex(head, async () => Promise.reject(new Error('the store is closed')), { onDamage });
    expect(await recogniseWhenReady(fixturePage(matching[0]!), paged)).toBeNull();
    expect(onDamage.mock.calls.length).toBeGreaterThan(0);
    expect(new Set(onDamage.mock.calls.map((c) => c[0])).size).toBe(onDamage.mock.calls.length);
  });

  test.each<[string, (head: Uint8Array) => Uint8Array]>([
    ['a cut', (h) => h.slice(0, h.length - 8)],
    ['another magic', (h) => h.map((b, i) => (i === 0 ? 0x41 : b))],
    ['a whole index in its place', () => wide.file.bytes.slice()],
  ])('a head with %s is refused with the reason', (_name, change) => {
    const { head } = splitRecognitionIndex(wide, TINY_PARTS);
    expect(() => openPagedIndex(change(head), async () => [])).toThrow(PagedIndexError);
  });

  test('a head with a changed byte is found by its checksum, checked after the first answer', () => {
    const { head } = splitRecognitionIndex(wide, TINY_PARTS);
    expect(() => verifyPagedIndex(openPagedIndex(head, async () => []))).not.toThrow();
    const damaged = head.slice();
    damaged[damaged.length - 3]! ^= 1;
    expect(() => verifyPagedIndex(openPagedIndex(damaged, async () => []))).toThrow(/checksum/);
  });

  test('keeps parts within its cache between pages, and reads evicted parts again', async () => {
    const { paged, reads } = pagedFrom(wide, TINY_PARTS, { cacheBytes: 4096 });
    const [a, b] = [fixturePage(matching[0]!), fixturePage(matching[matching.length - 1]!)];
    const want = await recogniseWhenReady(a, pagedFrom(wide).paged);
    expect(await recogniseWhenReady(a, paged)).toEqual(want);
    const afterA = reads.length;
    await recogniseWhenReady(b, paged);
    expect(await recogniseWhenReady(a, paged)).toEqual(want);
    expect(reads.length).toBeGreaterThan(afterA + 1);
  });

  test('pages asked at the same time each get their own answer', async () => {
    const { paged } = pagedFrom(wide, TINY_PARTS, { cacheBytes: 2048 });
    const some = slugs.filter((_, i) => i % 7 === 0);
    const answers = await Promise.all(some.map((slug) => recogniseWhenReady(fixturePage(slug), paged)));
    expect(answers).toEqual(some.map((slug) => recorded.pages[slug]!.match));
  });
});

describe('the paged index of many stories', () => {
  // Synthetic stories (the bench's) with the real story among them: every page gets the whole index's answer.
  const gen = generator(11);
  const stories = Array.from({ length: 300 }, (_, i) => syntheticStory(i, gen));
  const many = readRecognitionIndex(
    encodeRecognitionIndex([...stories.slice(0, 150), ...indexable, ...stories.slice(150)]),
  );
  const furniture = generator(5);
  const pages = Array.from({ length: 60 }, (_, p) => {
    const story = stories[(p * 37) % stories.length]!;
    const text =
      p % 3 === 0
        ? furniture.article()
        : `${furniture.paragraph()}\n\n${story.articles[p % 5]!.text.split('\n\n')
            .slice(0, 2 + (p % 6))
            .join('\n\n')}`;
    const url = (p % 4 === 1 ? story.articles[p % 5]!.url : null) ?? 'https://elsewhere.test/page';
    return { url, canonical: null, ogUrl: null, jsonLdUrls: [], text, headline: null, published: null };
  });

  test.each([
    ['default parts', {}],
    ['small parts', { partBytes: 256, addressPartBytes: 100, termsPerPart: 1, storiesPerPart: 5 }],
  ])('%s: the same answers as the whole index', async (_name, split) => {
    const { paged } = pagedFrom(many, split);
    let found = 0;
    for (const page of pages) {
      const want = recognise(page, many);
      if (want) found++;
      expect(await recogniseWhenReady(page, paged)).toEqual(want);
      const { names } = readPageText(page);
      expect(await whenReady(paged, () => eventCandidates(paged, names))).toEqual(eventCandidates(many, names));
    }
    expect(found).toBeGreaterThan(pages.length / 2);
    for (const slug of matching.slice(0, 10))
      expect(await recogniseWhenReady(fixturePage(slug), paged)).toEqual(recognise(fixturePage(slug), many));
  });
});
