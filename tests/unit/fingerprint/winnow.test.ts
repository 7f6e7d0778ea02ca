import { describe, expect, test } from 'vitest';
import { containment, DEFAULT_PARAMS, fingerprintSet, fingerprintText } from '../../../lib/fingerprint/fingerprint';
import { hashWord, kgramHashes } from '../../../lib/fingerprint/hash';
import { winnow } from '../../../lib/fingerprint/winnow';

// Deterministic pseudo-random words so every run tests the same cases.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
function words(random: () => number, n: number): string[] {
  return Array.from({ length: n }, () => `w${Math.floor(random() * 5000)}`);
}

describe('winnow', () => {
  test('picks the rightmost minimum of each window, once per position', () => {
    expect(winnow([5, 3, 4, 3, 9, 8, 7], 3)).toEqual([
      { hash: 3, pos: 1 },
      { hash: 3, pos: 3 },
      { hash: 7, pos: 6 },
    ]);
  });

  test('a text shorter than one window still yields its minimum; an empty one yields nothing', () => {
    expect(winnow([9, 2, 6], 8)).toEqual([{ hash: 2, pos: 1 }]);
    expect(winnow([], 8)).toEqual([]);
  });

  test('leaves no gap wider than the window between picks', () => {
    const hashes = kgramHashes(words(rng(7), 2000).map(hashWord), DEFAULT_PARAMS.k);
    const picks = winnow(hashes, DEFAULT_PARAMS.w);
    for (let i = 1; i < picks.length; i++) {
      expect((picks[i]?.pos ?? 0) - (picks[i - 1]?.pos ?? 0)).toBeLessThanOrEqual(DEFAULT_PARAMS.w);
    }
    expect(picks.length / hashes.length).toBeLessThan(0.35);
  });

  test('one pass picks what the definition picks: the rightmost minimum of every window, once per position', () => {
    // The definition, written out: scan each window for its rightmost minimum.
    const byDefinition = (hashes: number[], w: number) => {
      const picks: { hash: number; pos: number }[] = [];
      if (hashes.length === 0) return picks;
      const span = Math.min(w, hashes.length);
      for (let start = 0; start + span <= hashes.length; start++) {
        let best = start;
        for (let i = start + 1; i < start + span; i++) if (hashes[i]! <= hashes[best]!) best = i;
        if (picks.at(-1)?.pos !== best) picks.push({ hash: hashes[best]!, pos: best });
      }
      return picks;
    };
    const random = rng(11);
    for (let trial = 0; trial < 2000; trial++) {
      const n = Math.floor(random() * 60);
      // Few distinct values (ties, runs, rising and falling stretches) and full 32-bit hashes.
      const range = trial % 2 === 0 ? 4 : 2 ** 32;
      const hashes = Array.from({ length: n }, () => Math.floor(random() * range));
      const w = 1 + Math.floor(random() * 10);
      expect(winnow(hashes, w), `trial ${trial}`).toEqual(byDefinition(hashes, w));
      expect(winnow(Uint32Array.from(hashes), w), `trial ${trial}`).toEqual(byDefinition(hashes, w));
    }
    const rising = Array.from({ length: 30 }, (_, i) => i);
    expect(winnow(rising, 8)).toEqual(byDefinition(rising, 8));
    expect(winnow([...rising].reverse(), 8)).toEqual(byDefinition([...rising].reverse(), 8));
  });

  test('guarantee: any shared run of w + k - 1 words gives a shared fingerprint', () => {
    const { k, w } = DEFAULT_PARAMS;
    const random = rng(42);
    for (let trial = 0; trial < 300; trial++) {
      const shared = words(random, w + k - 1);
      const a = [...words(random, Math.floor(random() * 30)), ...shared, ...words(random, 20)].join(' ');
      const b = [...words(random, Math.floor(random() * 30)), ...shared, ...words(random, 20)].join(' ');
      const fa = new Set(fingerprintSet(a));
      expect(
        fingerprintSet(b).some((h) => fa.has(h)),
        `trial ${trial}`,
      ).toBe(true);
    }
  });
});

describe('fingerprints', () => {
  const text =
    'A monthlong French offensive has killed "hundreds" of Islamist fighters in Mali, the French defense ' +
    'minister said, as his troops prepare to start withdrawing next month.';

  test('are stable across case, typography, whitespace and paragraph breaks', () => {
    const variant = text
      .toUpperCase()
      .replace(/"([^"]+)"/, '\u201c$1\u201d')
      .replace(/ /g, '  \n ');
    expect(fingerprintSet(variant)).toEqual(fingerprintSet(text));
  });

  test('differ for different wording', () => {
    const other = 'France said on Tuesday that several hundred militants had died in a month of fighting in Mali.';
    expect(containment(fingerprintSet(other), new Set(fingerprintSet(text)))).toBe(0);
  });

  test('record the paragraph each word came from', () => {
    const f = fingerprintText('one two three\n\nfour five\nsix');
    expect(f.words).toBe(6);
    expect([...f.blockOfWord]).toEqual([0, 0, 0, 1, 1, 2]);
  });
});

describe('containment', () => {
  test('is the share of A found in B, 0 for an empty A', () => {
    expect(containment([1, 2, 3, 4], new Set([2, 4, 9]))).toBe(0.5);
    expect(containment(new Set([1, 1, 2]), new Set([1]))).toBe(0.5);
    expect(containment([], new Set([1]))).toBe(0);
  });

  test("of a text's first half in the whole text is 1, of the whole in its half about one half", () => {
    const long = words(rng(3), 600).join(' ');
    const half = long.split(' ').slice(0, 300).join(' ');
    const whole = new Set(fingerprintSet(long));
    expect(containment(fingerprintSet(half), whole)).toBeGreaterThan(0.97);
    const c = containment(fingerprintSet(long), new Set(fingerprintSet(half)));
    expect(c).toBeGreaterThan(0.35);
    expect(c).toBeLessThan(0.65);
  });
});
