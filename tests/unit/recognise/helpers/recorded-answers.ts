// What tests/unit/recognise/recorded-answers.json records for a page, worked out with any index (whole or paged): the
// match, its explanation, the event candidates by weighed names, and the engine's one door's answer, reduced to what
// identifies it (the story's id for the story).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PageAnswer } from '../../../../lib/engine/answer';
import { readPage } from '../../../../lib/engine/read-page';
import type { IndexSource } from '../../../../lib/engine/sources';
import { eventCandidates } from '../../../../lib/event/candidates';
import { readPageText } from '../../../../lib/event/page-text';
import type { PageSnapshot } from '../../../../lib/extract/page-snapshot';
import { explainWhenReady, recogniseWhenReady, whenReady } from '../../../../lib/recognise/when-ready';
import { REPO } from './stories';

/** The recorded answers' file. */
export const RECORDED = join(import.meta.dirname, '../recorded-answers.json');

/** The answers recorded for one page. */
export interface RecordedAnswers {
  match: unknown;
  explanation: unknown;
  eventCandidates: unknown;
  answer: unknown;
}

/** Every page fixture's slug, sorted. */
export function pageSlugs(): string[] {
  return readdirSync(join(REPO, 'tests/fixtures/pages'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** Every report text under tests/fixtures (reports/ and reports-heldout/), as "folder/name", sorted. */
export function reportNames(): string[] {
  return ['reports', 'reports-heldout'].flatMap((folder) => {
    const dir = join(REPO, 'tests/fixtures', folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => `${folder}/${f.slice(0, -4)}`)
      .sort();
  });
}

// The door's answer without the story's whole data, which the story's id names.
function reduced(answer: PageAnswer): unknown {
  if (answer.kind === 'none') return answer;
  return JSON.parse(JSON.stringify({ ...answer, story: answer.story.id }));
}

/** The answers for a page, from `source` (its recognition index whole or paged; parts are read as needed). */
export async function answersOf(page: PageSnapshot, source: IndexSource): Promise<RecordedAnswers> {
  const index = source.recognition;
  const { names, headlineTerms } = readPageText({
    text: page.text,
    headline: page.headline,
    published: page.published,
    url: page.url,
  });
  return {
    match: await recogniseWhenReady(page, index),
    explanation: await explainWhenReady(page, index, 5),
    eventCandidates: await whenReady(index, () => eventCandidates(index, names, headlineTerms)),
    answer: reduced(await readPage(page, [source])),
  };
}
