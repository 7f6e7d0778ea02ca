import { describe, expect, test } from 'vitest';
import { readSectionedFile, verifySectionedFile, writeSectionedFile } from '../../../lib/binary/sectioned-file';
import { checkStringTable, encodeStringTable, readStringTable } from '../../../lib/binary/string-table';

const numbers = new Uint8Array(Uint32Array.of(1, 2, 3).buffer);
const file = () =>
  writeSectionedFile('TEST', 1, [
    { tag: 'NUMS', bytes: numbers, itemSize: 4 },
    { tag: 'TEXT', bytes: encodeStringTable(['one', 'dé', '']), itemSize: 1 },
    { tag: 'ODD_', bytes: Uint8Array.of(9, 9, 9), itemSize: 1 },
  ]);

describe('sectioned files', () => {
  test('round trip: sections come back as aligned views, strings as written', () => {
    const read = readSectionedFile(file(), 'TEST', [1]);
    expect(read.version).toBe(1);
    expect([...read.sections.keys()]).toEqual(['NUMS', 'TEXT', 'ODD_']);
    for (const s of read.sections.values()) expect(s.bytes.byteOffset % 8).toBe(0);
    const nums = read.sections.get('NUMS')!;
    expect([...new Uint32Array(nums.bytes.buffer, nums.bytes.byteOffset, 3)]).toEqual([1, 2, 3]);
    const table = readStringTable(read.sections.get('TEXT')!.bytes);
    expect([0, 1, 2].map((i) => table.get(i))).toEqual(['one', 'dé', '']);
    expect(verifySectionedFile(read)).toBe(true);
  });

  test('the same input gives the same bytes', () => {
    expect(file()).toEqual(file());
  });

  test.each([
    ['another magic', (b: Uint8Array) => b, 'OTHR', [1], /not a OTHR file/],
    ['another version', (b: Uint8Array) => b, 'TEST', [2], /format version 1 is not one this code reads/],
    ['a truncated file', (b: Uint8Array) => b.slice(0, b.length - 8), 'TEST', [1], /truncated/],
    ['too few bytes for a header', (b: Uint8Array) => b.slice(0, 10), 'TEST', [1], /too short/],
    [
      'a section past the end',
      (b: Uint8Array) => {
        const c = b.slice();
        new DataView(c.buffer).setUint32(24 + 8, 1 << 20, true);
        return c;
      },
      'TEST',
      [1],
      /outside the file/,
    ],
  ])('refuses %s with the reason', (_name, damage, magic, versions, reason) => {
    expect(() => readSectionedFile(damage(file()), magic, versions)).toThrow(reason);
  });

  test('the checksum notices a changed byte that the layout check cannot see', () => {
    const damaged = file();
    damaged[damaged.length - 12]! ^= 1;
    const read = readSectionedFile(damaged, 'TEST', [1]);
    expect(verifySectionedFile(read)).toBe(false);
  });

  test('a string table whose offsets run past its bytes is refused', () => {
    const table = encodeStringTable(['abc']);
    new DataView(table.buffer).setUint32(8, 99, true);
    expect(() => checkStringTable(table)).toThrow(/offsets/);
    // Read without the full check, the damaged string reads as empty rather than past the table.
    expect(readStringTable(table).get(0)).toBe('');
  });
});
