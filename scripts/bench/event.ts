// Event recognition benchmark: what the background does with a page the content script sent once the article lookup
// found nothing. On an ordinary article (no story's words, or too few): the lookup of its words; on another outlet's
// report of the story: the lookup, the alignment of its figures and the decision; on a near miss (the same people
// and places, another day): the same work ending in no match. Story files are read once, as the background caches them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { eventCandidates } from '../../lib/event/candidates';
import { candidateEntries, readEventPage, type SignedEntry } from '../../lib/event/read-event-page';
import { extractPage } from '../../lib/extract/extract-page';
import { readPageMeta } from '../../lib/extract/page-meta';
import { GENERATED_DIR } from '../../lib/story/generated-layout';
import { readGeneratedEntries, readGeneratedRecognition } from '../../lib/story/read-generated';
import { readStoryEntry } from '../../lib/story/story-file';
import { readRecognitionIndex } from '../../lib/recognise/read-index';
import { recognise } from '../../lib/recognise/recognise';
import type { BenchResult } from './types';

const ROOT = join(import.meta.dirname, '..', '..');

function medianMs(fn: () => void, runs: number): number {
  for (let i = 0; i < 3; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function page(file: string, url: string) {
  const { document } = parseHTML(readFileSync(join(ROOT, file), 'utf8'));
  const doc = document as unknown as Document;
  return { snapshot: extractPage(doc, url), meta: readPageMeta(doc) };
}

/** Runs the event figures. */
export default async function (): Promise<BenchResult[]> {
  const dir = join(ROOT, GENERATED_DIR);
  const index = readRecognitionIndex(readGeneratedRecognition(dir));
  const entries = new Map<string, SignedEntry>();
  for (const e of readGeneratedEntries(dir))
    if (e.signature) entries.set(e.story.id, { story: e.story, signature: e.signature });
  const entryOf = (id: string) => entries.get(id) ?? null;
  // What the background runs for a page: the article lookup, then (no article) the event lookup and, for a candidate,
  // the alignment with its headline and date.
  const check =
    ({ snapshot, meta }: ReturnType<typeof page>) =>
    () => {
      if (recognise(snapshot, index)) return;
      if (eventCandidates(index, snapshot.text).length === 0) return;
      readEventPage(
        { text: snapshot.text, ...meta },
        candidateEntries({ text: snapshot.text, ...meta }, index, entryOf),
      );
    };
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
  const words = (p: ReturnType<typeof page>) => p.snapshot.text.split(/\s+/).filter(Boolean).length;
  // The first report of a story after the background starts: its file parsed and what the engine learns from its
  // reviewed claims computed, before the alignment (later pages reuse both).
  const storyFile = readFileSync(join(dir, 'stories', `${[...entries.keys()][0]}.json`), 'utf8');
  const cold = () => {
    const fresh = readStoryEntry(storyFile);
    if (fresh.signature)
      readEventPage({ text: report.snapshot.text, ...report.meta }, [
        { story: fresh.story, signature: fresh.signature },
      ]);
  };
  return [
    {
      name: `story check, an article that is no story (${words(ordinary)} words): article lookup + event lookup`,
      value: medianMs(check(ordinary), 200),
      unit: 'ms',
      target: 5,
    },
    {
      name: `story check, another outlet's report of the story (${words(report)} words): lookups, alignment, decision`,
      value: medianMs(check(report), 30),
      unit: 'ms',
    },
    {
      name: 'story check, first report of a story after the background starts: story file read + alignment',
      value: medianMs(cold, 10),
      unit: 'ms',
    },
    {
      name: `story check, a near miss naming the story's people and places (${words(nearMiss)} words)`,
      value: medianMs(check(nearMiss), 30),
      unit: 'ms',
    },
  ];
}
