// A paged recognition index on disk, for the benchmarks: the head file, and every part laid end to end in one file
// after a table of where each starts (u32 count, u32 offsets × (count + 1)), each part read with its own positioned
// read, as the background reads one IndexedDB record.
import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import type { PartReader } from '../../../lib/recognise/paged-index';
import type { SplitIndex } from '../../../lib/recognise/split-index';

/** Writes the head and the parts file. */
export function writePagedIndex(split: SplitIndex, headPath: string, partsPath: string): void {
  writeFileSync(headPath, split.head);
  const table = 4 * (split.parts.length + 2);
  const offsets = new Uint32Array(split.parts.length + 2);
  offsets[0] = split.parts.length;
  split.parts.forEach((p, i) => {
    offsets[i + 2] = offsets[i + 1]! + p.length;
  });
  const all = new Uint8Array(table + offsets[split.parts.length + 1]!);
  all.set(new Uint8Array(offsets.buffer), 0);
  for (const [i, p] of split.parts.entries()) all.set(p, table + offsets[i + 1]!);
  writeFileSync(partsPath, all);
}

/** Reads parts from the parts file (its table read once, at open); `close()` closes the file. */
export function diskPartReader(partsPath: string): { read: PartReader; close(): void } {
  const fd = openSync(partsPath, 'r');
  const count = new Uint32Array(1);
  readSync(fd, count, 0, 4, 0);
  const offsets = new Uint32Array(count[0]! + 1);
  readSync(fd, offsets, 0, offsets.byteLength, 4);
  const table = 4 * (count[0]! + 2);
  return {
    read: async (ids) =>
      ids.map((id) => {
        if (id + 1 >= offsets.length) return undefined;
        const bytes = new Uint8Array(offsets[id + 1]! - offsets[id]!);
        readSync(fd, bytes, 0, bytes.length, table + offsets[id]!);
        return bytes;
      }),
    close: () => closeSync(fd),
  };
}
