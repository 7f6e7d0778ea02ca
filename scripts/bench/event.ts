// Event recognition benchmark: what the background does with a page the content script sent once the article lookup
// found nothing. On an ordinary article (no story's words, or too few): the lookup of its words; on another outlet's
// report of the story: the lookup, the alignment of its figures and the decision; on a near miss (the same people
// and places, another day): the same work ending in no match. Story files are read once, as the background caches them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { generatedSource } from '../../lib/engine/generated-source';
import { readPage } from '../../lib/engine/read-page';
import { extractPage } from '../../lib/extract/extract-page';
import type { PageSnapshot } from '../../lib/extract/page-snapshot';
import { GENERATED_DIR, profileFilePath, storyFilePath } from '../../lib/story/generated-layout';
import { readGeneratedEntries } from '../../lib/story/read-generated';
import { readStoryEntry } from '../../lib/story/story-file';
import type { BenchResult } from './types';

const ROOT = join(import.meta.dirname, '..', '..');

async function medianMs(fn: () => Promise<unknown>, runs: number): Promise<number> {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function page(file: string, url: string): PageSnapshot {
  const { document } = parseHTML(readFileSync(join(ROOT, file), 'utf8'));
  return extractPage(document as unknown as Document, url);
}

/** Runs the event figures. */
export default async function (): Promise<BenchResult[]> {
  const dir = join(ROOT, GENERATED_DIR);
  const source = generatedSource(dir);
  // What the background runs for a page: the engine's one door, over the bundled index.
  const check = (snapshot: PageSnapshot) => () => readPage(snapshot, [source]);
  const ordinary = page(
    'tests/fixtures/sites/www.cnn.com/phone-battery-cold.html',
    'https://www.cnn.com/2013/02/06/tech/phone-battery-cold/',
  );
  const report = page(
    'tests/fixtures/pages/report-northern-star-gao-real-war/page.html',
    'https://www.northernstar.example/gao',
  );
  const nearMiss = page(
    'tests/fixtures/pages/report-nm-gao-suicide-bombing-2013-02-08/page.html',
    'https://www.example.org/gao',
  );
  const words = (p: PageSnapshot) => p.text.split(/\s+/).filter(Boolean).length;
  // The first report of a story after the background starts: its file and its profile's file read, before the
  // alignment (later pages reuse both).
  const storyId = readGeneratedEntries(dir)[0]!.story.id;
  const storyFile = readFileSync(join(dir, storyFilePath(storyId)), 'utf8');
  const profileFile = readFileSync(join(dir, profileFilePath(storyId)), 'utf8');
  const entry = () => ({ ...readStoryEntry(storyFile, storyId), profile: () => JSON.parse(profileFile) as unknown });
  const cold = () => readPage(report, [{ ...source, entry }]);
  return [
    {
      name: `story check, an article that is no story (${words(ordinary)} words): article lookup + event lookup`,
      value: await medianMs(check(ordinary), 200),
      unit: 'ms',
      target: 5,
    },
    {
      name: `story check, another outlet's report of the story (${words(report)} words): lookups, alignment, decision`,
      value: await medianMs(check(report), 30),
      unit: 'ms',
    },
    {
      name: 'story check, first report of a story after the background starts: story file read + alignment',
      value: await medianMs(cold, 10),
      unit: 'ms',
    },
    {
      name: `story check, a near miss naming the story's people and places (${words(nearMiss)} words)`,
      value: await medianMs(check(nearMiss), 30),
      unit: 'ms',
    },
  ];
}
