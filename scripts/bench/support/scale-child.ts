// Run in a fresh Node process by ../scale.ts: start-up of one built synthetic index as the background does it (read
// the head, answer the first page through the engine's one door, reading the parts and the story file it needs), the
// first answer (that, then an ordinary page through the door: its recognition and its reading as a possible report),
// memory over the process's own baseline, lookups, the memory after one match has read its story's file, and the whole
// file's checksum (what the copy into IndexedDB checks once). Prints one JSON object on stdout.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage } from '../../../lib/engine/read-page';
import type { IndexSource } from '../../../lib/engine/sources';
import type { PageSnapshot } from '../../../lib/extract/page-snapshot';
import { openPagedIndex } from '../../../lib/recognise/paged-index';
import { readRecognitionIndex, verifyRecognitionIndex } from '../../../lib/recognise/read-index';
import { recogniseWhenReady } from '../../../lib/recognise/when-ready';
import { readStoryEntry, readStoryFile } from '../../../lib/story/story-file';
import { collectGarbage as gc } from './collect-garbage';
import { diskPartReader } from './disk-parts';

const dir = process.argv[2]!;
const withStories = process.argv[3] === 'stories';
// argv[4]: the parts file (paged layout written by ../scale.ts); argv[5] "first": the first answer alone.
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

/** A file's bytes in a buffer of their own (a small read may sit inside Node's pool, unaligned). */
function readOwn(path: string): Uint8Array {
  const file = readFileSync(path);
  return file.byteOffset === 0 && file.byteLength === file.buffer.byteLength ? file : new Uint8Array(file);
}

// pages[0] is an indexed article's text among other paragraphs; pages[1] an article the index has never seen.
const [article, ordinary] = [pages[0]!, pages[1]!];
const disk = diskPartReader(process.argv[4]!);
const baseline = memory();
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const startCpu = cpu();
const start = performance.now();
const head = readOwn(join(dir, 'recognition-head.bin'));
const readFileMs = performance.now() - start;
const index = openPagedIndex(head, disk.read);
// A story's file read when a page needs it, as the background reads it from the package.
const storyPath = (id: string) => join(dir, 'stories', `${id}.json`);
const source: IndexSource = {
  pack: '',
  recognition: index,
  entry: (id) => (existsSync(storyPath(id)) ? readStoryEntry(readFileSync(storyPath(id), 'utf8'), id) : null),
};
const firstAnswer = await readPage(article, [source]);
const first = firstAnswer.kind === 'article' ? firstAnswer.match : null;
const coldStartMs = performance.now() - start;
const other = await readPage(ordinary, [source]);
const firstAnswerMs = performance.now() - start;
// The process's CPU time over the same span (every thread: the compiler's and the collector's too): on a busy
// machine it says what the answer cost, where the time on the clock also counts waiting for a core.
const firstAnswerCpuMs = cpu() - startCpu;
const firstAnswerParts = { ...index.stats };
// argv[5] "first": only the first answer, in a fresh process (../scale.ts runs several and takes the median).
if (process.argv[5] === 'first') {
  process.stdout.write(`${JSON.stringify({ coldStartMs, readFileMs, firstAnswerMs, firstAnswerCpuMs })}\n`);
  process.exit(0);
}
const heapAfterStartMB = mb(memory() - baseline);

// Each page's time is the median of 5 lookups, so a collection pause in one run does not count as a lookup. The parts
// a page reads stay in the index's cache, as in the background; the first run of each page reads them.
for (const page of pages.slice(0, 50)) await recogniseWhenReady(page, index);
gc();
let found = 0;
let t = 0;
const times: number[] = [];
const firstRuns: number[] = [];
for (const page of pages) {
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    t = performance.now();
    const match = await recogniseWhenReady(page, index);
    runs.push(performance.now() - t);
    if (r === 0 && match) found++;
  }
  firstRuns.push(runs[0]!);
  times.push(quantile(runs, 0.5));
}

let heapAfterMatchMB: number | null = null;
let kept: unknown = null;
if (withStories && first) {
  kept = readStoryFile(readFileSync(join(dir, 'stories', `${first.story}.json`), 'utf8'), first.story);
  heapAfterMatchMB = mb(memory() - baseline);
}
disk.close();

// The whole file, as the background reads it once after an install or update to copy it into IndexedDB: reading it,
// then its checksum and tables. Measured last, so its buffer counts in no memory figure.
t = performance.now();
const whole = readRecognitionIndex(readOwn(join(dir, 'recognition.bin')));
const wholeFileReadMs = performance.now() - t;
t = performance.now();
verifyRecognitionIndex(whole);
const checksumMs = performance.now() - t;
// What writing as many bytes of fresh memory costs on this machine by itself (a new buffer, while the index's is
// still held, so its pages are new): the floor under any start-up that reads the whole file.
t = performance.now();
const fresh = new Uint8Array(whole.file.bytes.byteLength);
fresh.fill(1);
const freshMemoryMs = performance.now() - t;

process.stdout.write(
  `${JSON.stringify({
    coldStartMs,
    readFileMs,
    firstAnswerMs,
    firstAnswerCpuMs,
    firstAnswerPartsRead: firstAnswerParts.partsRead,
    firstAnswerPartsMB: mb(firstAnswerParts.bytesRead),
    headMB: mb(head.length),
    wholeFileReadMs,
    freshMemoryMs: fresh.length > 0 ? freshMemoryMs : 0,
    heapAfterStartMB,
    heapAfterMatchMB,
    checksumMs,
    firstMatched: first !== null,
    ordinaryMatched: other.kind !== 'none',
    lookupP50Ms: quantile(times, 0.5),
    lookupP95Ms: quantile(times, 0.95),
    lookupReadingPartsP50Ms: quantile(firstRuns, 0.5),
    found,
    pages: pages.length,
    kept: kept !== null,
  })}\n`,
);
