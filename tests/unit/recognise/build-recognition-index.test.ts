import { describe, expect, test } from 'vitest';
import { fingerprintSet } from '../../../lib/fingerprint/fingerprint';
import { buildRecognitionIndex } from '../../../lib/recognise/build-recognition-index';
import { isRecognitionIndex } from '../../../lib/recognise/index-format';
import { loadIndex, postingsOf } from '../../../lib/recognise/load-index';
import { addressKey } from '../../../lib/recognise/normalise-address';
import { loadStories } from './helpers/stories';

const stories = loadStories();

describe('buildRecognitionIndex', () => {
  test('is deterministic and survives a JSON round trip unchanged', () => {
    const a = JSON.stringify(buildRecognitionIndex(stories));
    const b = JSON.stringify(buildRecognitionIndex(structuredClone(stories)));
    expect(a).toBe(b);
    const parsed: unknown = JSON.parse(a);
    expect(isRecognitionIndex(parsed)).toBe(true);
    expect(parsed).toEqual(buildRecognitionIndex(stories));
  });

  test('lists every article with its story, revision and fingerprint count', () => {
    const index = buildRecognitionIndex(stories);
    const all = stories.flatMap((s, i) => s.articles.map((a) => ({ s: i, a })));
    expect(index.articles.map((r) => r[1])).toEqual(all.map(({ a }) => a.id));
    for (const [i, { s, a }] of all.entries()) {
      expect(index.articles[i]).toEqual([s, a.id, a.revision?.group ?? null, a.revision?.number ?? null, fingerprintSet(a.text).length]);
    }
  });

  test('maps every article address key to its articles (both CNN revisions share one)', () => {
    const index = buildRecognitionIndex(stories);
    for (const story of stories) {
      for (const article of story.articles) {
        const ordinal = index.articles.findIndex((r) => r[1] === article.id);
        for (const url of article.urls) expect(index.addresses[addressKey(url) ?? '']).toContain(ordinal);
      }
    }
    const cnn = stories[0]?.articles.find((a) => a.id === 'cnn-r1')?.url ?? '';
    expect(index.addresses[addressKey(cnn) ?? '']).toHaveLength(2);
  });

  test('its inverted index finds every fingerprint of every article, and only those articles', () => {
    const index = buildRecognitionIndex(stories);
    const loaded = loadIndex(index);
    const texts = stories.flatMap((s) => s.articles.map((a) => a.text));
    texts.forEach((text, ordinal) => {
      for (const hash of fingerprintSet(text)) expect([...postingsOf(loaded, hash)]).toContain(ordinal);
    });
    for (let i = 0; i < loaded.hashes.length; i++) {
      const hash = loaded.hashes[i] as number;
      for (const ordinal of postingsOf(loaded, hash)) expect(fingerprintSet(texts[ordinal] ?? '')).toContain(hash);
    }
    expect([...postingsOf(loaded, 12345)]).toEqual([]);
  });

  test('is compact: hashes delta-encoded ascending, one posting per hash unless counted', () => {
    const index = buildRecognitionIndex(stories);
    expect(index.hashes.every((d, i) => (i === 0 ? d >= 0 : d > 0))).toBe(true);
    const counted = index.counts.filter((_, i) => i % 2 === 1).reduce((n, c) => n + c - 1, 0);
    expect(index.postings.length).toBe(index.hashes.length + counted);
  });

  test('an empty list of stories gives an empty but valid index', () => {
    const empty = buildRecognitionIndex([]);
    expect(isRecognitionIndex(empty)).toBe(true);
    expect(empty.articles).toEqual([]);
  });
});
