// 32-bit hashes of words and of word k-grams: small enough to store as plain JSON numbers.

/** FNV-1a hash of a string's UTF-16 code units, unsigned 32-bit. */
export function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Murmur3's finaliser spreads the combined bits so the minimum chosen by winnowing is not biased
// towards particular words.
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashes of every run of k consecutive word hashes (n - k + 1 values; none when n < k). */
export function kgramHashes(wordHashes: ArrayLike<number>, k: number): Uint32Array {
  const count = Math.max(0, wordHashes.length - k + 1);
  const out = new Uint32Array(count);
  for (let start = 0; start < count; start++) {
    let h = 0x9747b28c;
    for (let j = 0; j < k; j++) {
      h = Math.imul(h ^ (wordHashes[start + j] as number), 0x5bd1e995);
      h ^= h >>> 15;
    }
    out[start] = mix(h);
  }
  return out;
}
