// Every page fixture read through the engine's one door, as the answers recorded in tests/fixtures/pages/readings.json
// spell them: the article match with its score and method, or the event match with its score, facts and figures.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { readPage } from '../../../lib/engine/read-page';
import { type IndexSource, storiesSource } from '../../../lib/engine/sources';
import { marksFigure } from '../../../lib/event/page-figures';
import { extractPage } from '../../../lib/extract/extract-page';
import type { RuntimeStory } from '../../../lib/story/runtime-types';

/** One fixture's answer as recorded. */
export interface RecordedReading {
  match: { story: string; article: string; revision: number | null; score: number; method: string } | null;
  event: {
    story: string;
    score: number;
    facts: number;
    figures: { figure: string; fact: string; confidence: number; differs: string[]; marked: boolean }[];
  } | null;
}

/** The fixture pages' folder and the recorded answers' file. */
export const PAGES = join(import.meta.dirname, '../../fixtures/pages');
export const READINGS = join(PAGES, 'readings.json');

/** Every fixture's slug, sorted. */
export function fixtureSlugs(): string[] {
  return readdirSync(PAGES, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** The index the fixtures are read against: the reviewed stories, signed as the index build signs them. */
export function fixtureSource(stories: readonly RuntimeStory[]): IndexSource {
  return storiesSource(stories);
}

/** Reads one fixture page through the door, at its recorded address (or a file address for a saved page). */
export async function readFixture(slug: string, source: IndexSource): Promise<RecordedReading> {
  const expected = JSON.parse(readFileSync(join(PAGES, slug, 'expected.json'), 'utf8')) as { url: string | null };
  const { document } = parseHTML(readFileSync(join(PAGES, slug, 'page.html'), 'utf8'));
  const page = extractPage(document as unknown as Document, expected.url ?? `file:///fixtures/${slug}/page.html`);
  const answer = await readPage(page, [source]);
  return {
    match:
      answer.kind === 'article'
        ? {
            story: answer.match.story,
            article: answer.match.article,
            revision: answer.match.revision,
            score: answer.match.score,
            method: answer.match.method,
          }
        : null,
    event:
      answer.kind === 'event'
        ? {
            story: answer.match.story,
            score: answer.match.score,
            facts: answer.match.facts,
            figures: answer.figures.map((f) => ({
              figure: f.figureText,
              fact: f.fact,
              confidence: f.confidence,
              differs: f.differs,
              marked: marksFigure(f),
            })),
          }
        : null,
  };
}
