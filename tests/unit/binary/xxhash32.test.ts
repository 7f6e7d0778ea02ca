import { describe, expect, test } from 'vitest';
import { xxhash32 } from '../../../lib/binary/xxhash32';

const text = (s: string) => new TextEncoder().encode(s);

describe('xxhash32', () => {
  // Reference values of the xxHash32 specification's implementation.
  test.each([
    ['', 0, 0x02cc5d05],
    ['a', 0, 0x550d7456],
    ['abc', 0, 0x32d153ff],
    ['Nobody inspects the spammish repetition', 0, 0xe2293b2f],
  ])('xxh32(%j, %i)', (input, seed, expected) => {
    expect(xxhash32(text(input), seed)).toBe(expected);
  });

  test('reads aligned and unaligned bytes alike, and notices a single flipped bit', () => {
    const bytes = new Uint8Array(1001).map((_, i) => (i * 31 + 7) & 0xff);
    const shifted = new Uint8Array(1002);
    shifted.set(bytes, 1);
    expect(xxhash32(shifted.subarray(1))).toBe(xxhash32(bytes));
    const flipped = bytes.slice();
    flipped[500]! ^= 4;
    expect(xxhash32(flipped)).not.toBe(xxhash32(bytes));
  });
});
