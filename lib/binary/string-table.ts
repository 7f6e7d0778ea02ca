// A list of strings stored as one byte block: a count, byte offsets, then the UTF-8 bytes. Read one string at a
// time, so a table of 50,000 ids costs nothing until an id is asked for.

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: false });

/** Encodes strings as [u32 count][u32 offsets × (count + 1)][UTF-8 bytes], little-endian. */
export function encodeStringTable(strings: readonly string[]): Uint8Array {
  const encoded = strings.map((s) => encoder.encode(s));
  const head = 4 * (strings.length + 2);
  const total = head + encoded.reduce((n, e) => n + e.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, strings.length, true);
  let at = 0;
  encoded.forEach((e, i) => {
    view.setUint32(4 + 4 * i, at, true);
    out.set(e, head + at);
    at += e.length;
  });
  view.setUint32(4 + 4 * strings.length, at, true);
  return out;
}

/** A string table read in place. */
export interface StringTable {
  readonly count: number;
  /** The i-th string (i must be < count). */
  get(i: number): string;
}

/**
 * Reads a string table in O(1): its count must fit its bytes; each offset is checked when its string is read
 * (checkStringTable checks them all at once).
 */
export function readStringTable(bytes: Uint8Array): StringTable {
  if (bytes.length < 8) throw new Error('string table too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(0, true);
  const head = 4 * (count + 2);
  if (count > (bytes.length - 8) / 4 || head > bytes.length) throw new Error('string table count exceeds its size');
  return {
    count,
    get(i) {
      if (!(i >= 0 && i < count)) return '';
      const start = head + view.getUint32(4 + 4 * i, true);
      const end = head + view.getUint32(8 + 4 * i, true);
      return start <= end && end <= bytes.length ? decoder.decode(bytes.subarray(start, end)) : '';
    },
  };
}

/** Throws when a string table's offsets are out of order or past its bytes. */
export function checkStringTable(bytes: Uint8Array): void {
  const table = readStringTable(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const head = 4 * (table.count + 2);
  let previous = 0;
  for (let i = 0; i <= table.count; i++) {
    const offset = view.getUint32(4 + 4 * i, true);
    if (offset < previous || head + offset > bytes.length)
      throw new Error('string table offsets out of order or range');
    previous = offset;
  }
}
