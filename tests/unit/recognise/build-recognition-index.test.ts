import { describe, expect, test } from 'vitest';
import { fingerprintSet } from '../../../lib/fingerprint/fingerprint';
import { buildRecognitionIndex, encodeRecognitionIndex } from '../../../lib/recognise/build-recognition-index';
import { isRecognitionIndex, SECTION } from '../../../lib/recognise/index-format';
import { addressOrdinals, articleAt, loadIndex, postingsOf, revisionGroupOf } from '../../../lib/recognise/load-index';
import { addressKey } from '../../../lib/address/normalise-address';
import { readRecognitionIndex, verifyRecognitionIndex } from '../../../lib/recognise/read-index';
import { loadStories } from './helpers/stories';

const stories = loadStories();
const all = stories.flatMap((s, i) => s.articles.map((a) => ({ s: i, a })));

/** Every hash stored in the index, rebuilt from its buckets and low halves. */
function storedHashes(index: ReturnType<typeof buildRecognitionIndex>): number[] {
  const loaded = loadIndex(index);
  const hashes: number[] = [];
  const bits = index.bucketBits;
  for (let bucket = 0; bucket < 2 ** bits; bucket++) {
    for (let i = loaded.hashBuckets[bucket]!; i < loaded.hashBuckets[bucket + 1]!; i++) {
      hashes.push(bits === 16 ? bucket * 0x10000 + loaded.hashLows[i]! : loaded.hashLows[i]!);
    }
  }
  return hashes;
}

describe('the binary recognition index', () => {
  test('is deterministic: the same stories give the same bytes, a copy of them too', () => {
    const a = encodeRecognitionIndex(stories);
    expect(encodeRecognitionIndex(structuredClone(stories))).toEqual(a);
    const index = readRecognitionIndex(a.slice().buffer);
    expect(isRecognitionIndex(index)).toBe(true);
    expect(() => verifyRecognitionIndex(index)).not.toThrow();
  });

  test('lists every article with its story, revision and fingerprint count', () => {
    const loaded = loadIndex(buildRecognitionIndex(stories));
    expect(loaded.source.articleCount).toBe(all.length);
    for (const [i, { s, a }] of all.entries()) {
      const group = a.revision ? 1 : null;
      expect(articleAt(loaded, i)).toEqual([s, a.id, group, a.revision?.number ?? null, fingerprintSet(a.text).length]);
    }
    expect(articleAt(loaded, all.length)).toBeUndefined();
  });

  test('maps every article address key to its articles (both CNN revisions share one)', () => {
    const loaded = loadIndex(buildRecognitionIndex(stories));
    for (const [ordinal, { a }] of all.entries()) {
      for (const url of a.urls) expect(addressOrdinals(loaded, addressKey(url) ?? '')).toContain(ordinal);
    }
    const cnn = stories[0]?.articles.find((a) => a.id === 'cnn-r1')?.url ?? '';
    expect(addressOrdinals(loaded, addressKey(cnn) ?? '')).toHaveLength(2);
    expect(addressOrdinals(loaded, 'example.org/nothing')).toEqual([]);
  });

  test('its inverted index finds every fingerprint of every article, and only those articles', () => {
    const index = buildRecognitionIndex(stories);
    const loaded = loadIndex(index);
    const texts = all.map(({ a }) => a.text);
    texts.forEach((text, ordinal) => {
      for (const hash of fingerprintSet(text)) expect([...postingsOf(loaded, hash)]).toContain(ordinal);
    });
    const hashes = storedHashes(index);
    expect(hashes).toEqual([...new Set(texts.flatMap((t) => fingerprintSet(t)))].sort((x, y) => x - y));
    for (const hash of hashes) {
      for (const ordinal of postingsOf(loaded, hash)) expect(fingerprintSet(texts[ordinal] ?? '')).toContain(hash);
    }
    expect([...postingsOf(loaded, 12345)]).toEqual([]);
  });

  test.each([0, 7, 16])('with %i bucket bits every article finds its fingerprints and its address', (bits) => {
    const index = readRecognitionIndex(encodeRecognitionIndex(stories, undefined, bits));
    expect(index.bucketBits).toBe(bits);
    expect(index.file.sections.get(SECTION.hashLows)!.itemSize).toBe(bits === 16 ? 2 : 4);
    const loaded = loadIndex(index);
    expect(storedHashes(index)).toEqual(storedHashes(buildRecognitionIndex(stories)));
    for (const [ordinal, { a }] of all.entries()) {
      for (const hash of fingerprintSet(a.text)) expect([...postingsOf(loaded, hash)]).toContain(ordinal);
    }
  });

  test('a small index keeps small bucket tables (a one-story pack is kilobytes, not half a megabyte)', () => {
    const index = buildRecognitionIndex(stories);
    expect(index.bucketBits).toBeLessThan(16);
    expect(index.file.bytes.length).toBeLessThan(40_000);
  });

  test('keeps revision groups within their story', () => {
    const loaded = loadIndex(buildRecognitionIndex(stories));
    const r1 = all.findIndex(({ a }) => a.id === 'cnn-r1');
    const r2 = all.findIndex(({ a }) => a.id === 'cnn-r2');
    expect(revisionGroupOf(loaded, r1)).toEqual([r1, r2]);
    const afp = all.findIndex(({ a }) => a.id === 'afp');
    expect(revisionGroupOf(loaded, afp)).toEqual([afp]);
  });

  test('stores postings as 16-bit ordinals under 65,536 articles, one "more" bit each', () => {
    const index = buildRecognitionIndex(stories);
    const postings = index.file.sections.get(SECTION.postings)!;
    expect(postings.itemSize).toBe(2);
    expect(index.file.sections.get(SECTION.postingMore)!.bytes.length).toBe(Math.ceil(index.postingCount / 8));
    expect(index.postingCount).toBe(all.reduce((n, { a }) => n + fingerprintSet(a.text).length, 0));
  });

  test('an empty list of stories gives an empty but valid index', () => {
    const empty = buildRecognitionIndex([]);
    expect(isRecognitionIndex(empty)).toBe(true);
    expect(empty.articleCount).toBe(0);
    expect([...postingsOf(loadIndex(empty), 1)]).toEqual([]);
  });

  test('an object that was not read from a file is not an index', () => {
    expect(isRecognitionIndex({ format: 1, params: { k: 5, w: 8 } })).toBe(false);
  });
});
