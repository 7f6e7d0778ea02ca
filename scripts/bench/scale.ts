// Scale benchmark: synthetic indexes of 1,000, 10,000 and 100,000 stories (five articles each), built as `npm run
// index` builds the real one (the whole file and its head) and split into parts as the background copies them into
// IndexedDB, then measured in a fresh Node process each (scale-child.ts): on-disk sizes, cold start and first answer
// (head and parts read as the background reads them), memory after start-up and after one match, lookup p50/p95; and,
// for 10,000 stories, the time a stopped Chromium service worker takes to answer its first page with that index
// packaged, against the one-story package as built, in the same run (service-worker-wake.ts).
// BENCH_SCALES=1000,10000 limits the sizes measured.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storyFileJson } from '../../lib/story/story-file';
import { RecognitionIndexBuilder } from '../../lib/recognise/build-recognition-index';
import { readRecognitionIndex } from '../../lib/recognise/read-index';
import { splitRecognitionIndex } from '../../lib/recognise/split-index';
import { GENERATED } from '../../lib/story/generated-layout';
import { type PageSnapshot, snapshotAt } from '../../lib/extract/page-snapshot';
import { writePagedIndex } from './support/disk-parts';
import { generator, syntheticStory } from './support/synthetic';
import type { BenchOutput, ScaleFigures } from './types';
import { measureWakes, type WakeFigures } from './support/service-worker-wake';

const ROOT = join(import.meta.dirname, '..', '..');
const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
const PAGES = 400;
const FIRST_ANSWERS = 5;
// An address of the bundled story (the Mali CNN article), recognised by the package as built.
const BUILT_ARTICLE = 'https://www.cnn.com/2013/02/06/world/africa/mali-conflict/index.html';

/**
 * Builds the synthetic index of `count` stories into `dir` as `npm run index` lays it out (the whole file and its
 * head; story files only when `withStories`), and its parts into `partsPath` (what IndexedDB holds in the browser).
 */
function buildSynthetic(
  count: number,
  dir: string,
  withStories: boolean,
  partsPath: string,
): { recognitionBytes: number; storyBytes: number; partsBytes: number; splitMs: number; pages: PageSnapshot[] } {
  const gen = generator(2013);
  const builder = new RecognitionIndexBuilder();
  // Pages: indexed articles among page furniture, and texts the index has never seen.
  const wanted = new Map<number, number[]>();
  for (let p = 0; p < PAGES; p += 2) {
    const s = (p * 7919) % count;
    wanted.set(s, [...(wanted.get(s) ?? []), p]);
  }
  const texts = new Map<number, string>();
  let storyBytes = 0;
  mkdirSync(join(dir, 'stories'), { recursive: true });
  for (let i = 0; i < count; i++) {
    const story = syntheticStory(i, gen);
    builder.addStory(story);
    for (const p of wanted.get(i) ?? []) texts.set(p, story.articles[p % 5]!.text);
    // Every story's file, or (for the largest index) those of the stories the pages show, which answers read.
    if (withStories || wanted.has(i)) {
      const json = storyFileJson(story);
      if (withStories) storyBytes += Buffer.byteLength(json);
      writeFileSync(join(dir, 'stories', `${story.id}.json`), json);
    }
  }
  const recognition = builder.finish();
  writeFileSync(join(dir, GENERATED.recognition), recognition);
  const splitStart = performance.now();
  const split = splitRecognitionIndex(readRecognitionIndex(recognition));
  const splitMs = performance.now() - splitStart;
  writePagedIndex(split, join(dir, GENERATED.recognitionHead), partsPath);
  const furniture = generator(7);
  const pages = Array.from({ length: PAGES }, (_, p) => {
    const text =
      p % 2 === 0 ? `${furniture.paragraph()}\n\n${texts.get(p)}\n\n${furniture.paragraph()}` : furniture.article();
    return snapshotAt('https://elsewhere.test/page', { text });
  });
  writeFileSync(join(dir, 'pages.json'), JSON.stringify(pages));
  const partsBytes = split.parts.reduce((n, p) => n + p.length, 0);
  return { recognitionBytes: recognition.length, storyBytes, partsBytes, splitMs, pages };
}

function measure(
  dir: string,
  withStories: boolean,
  partsPath: string,
  firstOnly = false,
): Record<string, number | boolean | null> {
  const tsx = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
  const out = execFileSync(
    process.execPath,
    [
      tsx,
      join(import.meta.dirname, 'support', 'scale-child.ts'),
      dir,
      withStories ? 'stories' : 'none',
      partsPath,
      ...(firstOnly ? ['first'] : []),
    ],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(out) as Record<string, number | boolean | null>;
}

/** Every scale figure. */
export default async function (): Promise<BenchOutput> {
  const sizes = (process.env.BENCH_SCALES ?? '1000,10000,100000')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  const scale: Record<string, ScaleFigures> = {};
  let wake: WakeFigures | null = null;
  let smallWake: WakeFigures | null = null;
  const work = mkdtempSync(join(tmpdir(), 'parallax-scale-'));
  try {
    for (const count of sizes) {
      const withStories = count <= 10_000;
      // The 10,000-story index is built straight into a copy of the Chrome package, for the service-worker figure.
      const packaged = count === 10_000 && existsSync(join(CHROME_BUILD, 'manifest.json'));
      const extension = join(work, `ext-${count}`);
      if (packaged) {
        cpSync(CHROME_BUILD, extension, { recursive: true });
        rmSync(join(extension, 'generated'), { recursive: true, force: true });
      }
      const dir = packaged ? join(extension, 'generated') : join(work, String(count));
      mkdirSync(dir, { recursive: true });
      process.stderr.write(`bench: scale ${count} stories: building…\n`);
      const started = performance.now();
      const partsPath = join(work, `parts-${count}.bin`);
      const built = buildSynthetic(count, dir, withStories, partsPath);
      process.stderr.write(
        `bench: scale ${count} stories: built in ${((performance.now() - started) / 1000).toFixed(1)} s, measuring…\n`,
      );
      const m = measure(dir, withStories, partsPath);
      // Start-up and the first answer again in fresh processes: the median of FIRST_ANSWERS, less at the mercy of
      // one busy moment.
      const firsts = Array.from({ length: FIRST_ANSWERS }, () => measure(dir, withStories, partsPath, true));
      const median = (key: string) => firsts.map((f) => f[key] as number).sort((a, b) => a - b)[firsts.length >> 1]!;
      rmSync(partsPath, { force: true });
      scale[String(count)] = {
        coldStartMs: median('coldStartMs'),
        firstAnswerMs: median('firstAnswerMs'),
        firstAnswerCpuMs: median('firstAnswerCpuMs'),
        firstAnswerPartsRead: m.firstAnswerPartsRead as number,
        firstAnswerPartsMB: m.firstAnswerPartsMB as number,
        headMB: m.headMB as number,
        partsMB: built.partsBytes / 2 ** 20,
        splitMs: built.splitMs,
        wholeFileReadMs: m.wholeFileReadMs as number,
        lookupReadingPartsP50Ms: m.lookupReadingPartsP50Ms as number,
        readFileMs: median('readFileMs'),
        freshMemoryMs: m.freshMemoryMs as number,
        heapAfterStartMB: m.heapAfterStartMB as number,
        heapAfterMatchMB: (m.heapAfterMatchMB as number | null) ?? null,
        recognitionMB: built.recognitionBytes / 2 ** 20,
        storyDataMB: withStories ? built.storyBytes / 2 ** 20 : null,
        lookupP50Ms: m.lookupP50Ms as number,
        lookupP95Ms: m.lookupP95Ms as number,
        checksumMs: m.checksumMs as number,
        pagesRecognised: m.found as number,
        pages: m.pages as number,
      };
      if (packaged) {
        process.stderr.write('bench: service worker wake in Chromium with the 10,000-story index…\n');
        // Beside it, the package as built (the one-story index): what starting the worker costs by itself. Both in one
        // browser, woken in turn.
        const wakes = await measureWakes([
          { dir: extension, page: built.pages[0]! },
          {
            dir: CHROME_BUILD,
            page: snapshotAt(BUILT_ARTICLE),
          },
        ]).catch((error: unknown) => {
          process.stderr.write(`bench: service worker wake failed: ${String(error)}\n`);
          return null;
        });
        [wake, smallWake] = wakes ?? [null, null];
      } else if (count === 10_000) {
        process.stderr.write('bench: no built Chrome package (npm run build): no service worker figure\n');
      }
      rmSync(packaged ? extension : dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const figures = [
    ...(wake
      ? [
          {
            name: 'Chromium, 10,000 stories: first answer after the install (the whole packaged file read; no copy yet)',
            value: wake.firstWakeMs,
            unit: 'ms',
          },
          {
            name: 'Chromium, 10,000 stories: from that wake until the copy into IndexedDB was complete',
            value: wake.copyMs,
            unit: 'ms',
          },
          {
            name:
              'Chromium: of the 10,000-story wake, fetching the packaged recognition file into an ArrayBuffer ' +
              '(extension page, median of 3; read only until the copy exists)',
            value: wake.fetchIndexMs,
            unit: 'ms',
          },
          {
            name: 'Chromium: fetching the 10,000-story head (read at every wake; extension page, median of 3)',
            value: wake.fetchHeadMs,
            unit: 'ms',
          },
        ]
      : []),
    ...(smallWake
      ? [
          {
            name: 'Chromium: stopped service worker → first answer, the package as built (one story; reference)',
            value: smallWake.wakeMs,
            unit: 'ms',
          },
        ]
      : []),
  ];
  const serviceWorkerWake =
    wake && smallWake
      ? { oneStoryMs: smallWake.wakeMs, tenThousandMs: wake.wakeMs, ratio: wake.wakeMs / smallWake.wakeMs }
      : null;
  return { figures, scale, serviceWorkerWakeMs: wake?.wakeMs ?? null, serviceWorkerWake };
}
