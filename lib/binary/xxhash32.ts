// xxHash32 (Yann Collet's 32-bit xxHash): a fast, well-specified checksum for the binary index files. It detects
// damage (a truncated copy, a flipped byte), not a forger; packs add SHA-256 digests for that.

const P1 = 0x9e3779b1;
const P2 = 0x85ebca77;
const P3 = 0xc2b2ae3d;
const P4 = 0x27d4eb2f;
const P5 = 0x165667b1;

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

function round(acc: number, lane: number): number {
  return Math.imul(rotl((acc + Math.imul(lane, P2)) | 0, 13), P1);
}

function readU32(bytes: Uint8Array, i: number): number {
  return bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24) | 0;
}

/** xxHash32 of the bytes with the given seed, unsigned. */
export function xxhash32(bytes: Uint8Array, seed = 0): number {
  const length = bytes.length;
  let i = 0;
  let h: number;
  if (length >= 16) {
    let v1 = (seed + P1 + P2) | 0;
    let v2 = (seed + P2) | 0;
    let v3 = seed | 0;
    let v4 = (seed - P1) | 0;
    // Whole 16-byte stripes as 32-bit words when the bytes are word-aligned (the index files are): one typed
    // read per lane instead of four byte reads.
    const stripes = length >>> 4;
    if (bytes.byteOffset % 4 === 0) {
      const words = new Uint32Array(bytes.buffer, bytes.byteOffset, stripes * 4);
      // round() and rotl() written out: a part of a paged index is hashed by code that has not been optimised yet,
      // where a call per lane costs more than the arithmetic.
      for (let w = 0; w < words.length; w += 4) {
        let x = (v1 + Math.imul(words[w]!, P2)) | 0;
        v1 = Math.imul((x << 13) | (x >>> 19), P1);
        x = (v2 + Math.imul(words[w + 1]!, P2)) | 0;
        v2 = Math.imul((x << 13) | (x >>> 19), P1);
        x = (v3 + Math.imul(words[w + 2]!, P2)) | 0;
        v3 = Math.imul((x << 13) | (x >>> 19), P1);
        x = (v4 + Math.imul(words[w + 3]!, P2)) | 0;
        v4 = Math.imul((x << 13) | (x >>> 19), P1);
      }
      i = stripes * 16;
    } else {
      for (; i + 16 <= length; i += 16) {
        v1 = round(v1, readU32(bytes, i));
        v2 = round(v2, readU32(bytes, i + 4));
        v3 = round(v3, readU32(bytes, i + 8));
        v4 = round(v4, readU32(bytes, i + 12));
      }
    }
    h = (rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18)) | 0;
  } else {
    h = (seed + P5) | 0;
  }
  h = (h + length) | 0;
  for (; i + 4 <= length; i += 4) h = Math.imul(rotl((h + Math.imul(readU32(bytes, i), P3)) | 0, 17), P4);
  for (; i < length; i++) h = Math.imul(rotl((h + Math.imul(bytes[i]!, P5)) | 0, 11), P1);
  h ^= h >>> 15;
  h = Math.imul(h, P2);
  h ^= h >>> 13;
  h = Math.imul(h, P3);
  h ^= h >>> 16;
  return h >>> 0;
}
