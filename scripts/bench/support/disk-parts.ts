// A paged recognition index on disk, for the benchmarks: the head file and every part laid end to end in one file
// (offsets from the head's part directory), each part read with its own positioned read, as the background reads
// one IndexedDB record.
import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import type { PagedIndex, PartReader } from '../../../lib/recognise/paged-index';
import type { SplitIndex } from '../../../lib/recognise/split-index';

/** Writes the head and the parts file. */
export function writePagedIndex(split: SplitIndex, headPath: string, partsPath: string): void {
  writeFileSync(headPath, split.head);
  const total = split.parts.reduce((n, p) => n + p.length, 0);
  const all = new Uint8Array(total);
  let at = 0;
  for (const part of split.parts) {
    all.set(part, at);
    at += part.length;
  }
  writeFileSync(partsPath, all);
}

/** Reads parts from the parts file, at the offsets the head names; `close()` closes the file. */
export function diskPartReader(partsPath: string): { read: PartReader; bind(index: PagedIndex): void; close(): void } {
  const fd = openSync(partsPath, 'r');
  let offsets: Uint32Array | null = null;
  return {
    bind(index) {
      offsets = index.head.partOffsets;
    },
    read: async (ids) =>
      ids.map((id) => {
        if (!offsets || id + 1 >= offsets.length) return undefined;
        const bytes = new Uint8Array(offsets[id + 1]! - offsets[id]!);
        readSync(fd, bytes, 0, bytes.length, offsets[id]!);
        return bytes;
      }),
    close: () => closeSync(fd),
  };
}
