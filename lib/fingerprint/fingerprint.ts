// Text fingerprints: normalised words, hashed k-grams, winnowed; and containment between fingerprint sets
// (Broder 1997), the share of one text's fingerprints found in another's.
import { hashWord, kgramHashes } from './hash';
import { tokenise } from './normalise';
import { type Fingerprint, winnow } from './winnow';

/** Word k-gram length and winnowing window; a shared run of k + w - 1 words is always detected. */
export interface FingerprintParams {
  k: number;
  w: number;
}

/** The parameters the recognition index uses (5-word k-grams, windows of 8: runs of 12 words are caught). */
export const DEFAULT_PARAMS: FingerprintParams = { k: 5, w: 8 };

/** A text's fingerprints plus where each word came from, for measuring how much text matched. */
export interface TextFingerprints {
  fingerprints: Fingerprint[];
  /** Number of words in the text. */
  words: number;
  /** Block (paragraph) index of each word. */
  blockOfWord: Uint32Array;
}

/** Fingerprints a text whose paragraphs are separated by newlines. */
export function fingerprintText(text: string, params: FingerprintParams = DEFAULT_PARAMS): TextFingerprints {
  const blocks = text.split(/\n+/);
  const hashes: number[] = [];
  const blockOf: number[] = [];
  blocks.forEach((block, b) => {
    for (const token of tokenise(block)) {
      hashes.push(hashWord(token));
      blockOf.push(b);
    }
  });
  const fingerprints = winnow(kgramHashes(hashes, params.k), params.w);
  return { fingerprints, words: hashes.length, blockOfWord: Uint32Array.from(blockOf) };
}

/** The distinct fingerprint hashes of a text, sorted ascending. */
export function fingerprintSet(text: string, params: FingerprintParams = DEFAULT_PARAMS): number[] {
  const set = new Set(fingerprintText(text, params).fingerprints.map((f) => f.hash));
  return [...set].sort((a, b) => a - b);
}

/** Containment of A in B: |A ∩ B| / |A| (0 when A is empty). */
export function containment(a: ReadonlySet<number> | readonly number[], b: ReadonlySet<number>): number {
  const items = a instanceof Set ? [...a] : [...new Set(a as readonly number[])];
  if (items.length === 0) return 0;
  let shared = 0;
  for (const h of items) if (b.has(h)) shared++;
  return shared / items.length;
}
