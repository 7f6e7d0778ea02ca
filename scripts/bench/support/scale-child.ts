// Run in a fresh Node process by ../scale.ts: start-up of one built synthetic index as the background does it (read
// the file, check its layout, answer the first page), its memory over the process's own baseline, lookups, and the
// memory after one match has read its story's file. Prints one JSON object on stdout.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readStoryFile } from '../../../lib/story/story-file';
import { readRecognitionIndex, verifyRecognitionIndex } from '../../../lib/recognise/read-index';
import { recognise } from '../../../lib/recognise/recognise';
import type { PageSnapshot } from '../../../lib/extract/page-snapshot';
import { collectGarbage as gc } from './collect-garbage';

const dir = process.argv[2]!;
const withStories = process.argv[3] === 'stories';
const pages = JSON.parse(readFileSync(join(dir, 'pages.json'), 'utf8')) as PageSnapshot[];
const mb = (bytes: number) => bytes / 2 ** 20;

function memory(): number {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

const baseline = memory();
const start = performance.now();
const file = readFileSync(join(dir, 'recognition.bin'));
const readFileMs = performance.now() - start;
// A large read has a buffer of its own; a small one may sit inside Node's pool and needs a copy to be aligned.
const bytes =
  file.byteOffset === 0 && file.byteLength === file.buffer.byteLength ? file.buffer : new Uint8Array(file).buffer;
const index = readRecognitionIndex(bytes);
const first = recognise(pages[0]!, index);
const coldStartMs = performance.now() - start;
const heapAfterStartMB = mb(memory() - baseline);

let t = performance.now();
verifyRecognitionIndex(index);
const checksumMs = performance.now() - t;

// Each page's time is the median of 5 lookups, so a collection pause in one run does not count as a lookup.
for (const page of pages.slice(0, 50)) recognise(page, index);
gc();
let found = 0;
const times = pages.map((page) => {
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    t = performance.now();
    const match = recognise(page, index);
    runs.push(performance.now() - t);
    if (r === 0 && match) found++;
  }
  return quantile(runs, 0.5);
});

let heapAfterMatchMB: number | null = null;
let kept: unknown = null;
if (withStories && first) {
  kept = readStoryFile(readFileSync(join(dir, 'stories', `${first.story}.json`), 'utf8'), first.story);
  heapAfterMatchMB = mb(memory() - baseline);
}
// What writing as many bytes of fresh memory costs on this machine by itself (a new buffer, while the index's is
// still held, so its pages are new): the floor under any start-up that reads the whole file. Measured last, so the
// buffer counts in no memory figure.
t = performance.now();
const fresh = new Uint8Array(bytes.byteLength);
fresh.fill(1);
const freshMemoryMs = performance.now() - t;

process.stdout.write(
  `${JSON.stringify({
    coldStartMs,
    readFileMs,
    freshMemoryMs: fresh.length > 0 ? freshMemoryMs : 0,
    heapAfterStartMB,
    heapAfterMatchMB,
    checksumMs,
    firstMatched: first !== null,
    lookupP50Ms: quantile(times, 0.5),
    lookupP95Ms: quantile(times, 0.95),
    found,
    pages: pages.length,
    kept: kept !== null,
  })}\n`,
);
