// A throwaway evaluation index: each indexed event drafted into a story from its first articles, the drafts checked
// by the data build (which allows drafts here and nowhere else) and built into a generated folder in a temporary
// directory, read back as the extension reads its package.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isComparedFact } from '../../../lib/compare/compare-reports';
import { draftStory } from '../../../lib/draft/draft-story';
import { generatedSource } from '../../../lib/engine/generated-source';
import type { IndexSource } from '../../../lib/engine/sources';
import { buildFromSources, compileSources, loadSchemas } from '../../../lib/index/build-index';
import type { DataError, StorySource } from '../../../lib/index/data-types';
import { formatError } from '../../../lib/index/validate-stories';
import { encodeRecognitionIndex } from '../../../lib/recognise/build-recognition-index';
import type { RuntimeStory } from '../../../lib/story/runtime-types';
import type { CorpusArticle } from './corpus';

/** An id the data format accepts, from a corpus id. */
export function dataId(raw: string): string {
  return (
    raw
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}

/** The evaluation index and what drafting gave. */
export interface EvaluationIndex {
  source: IndexSource;
  /** Indexed stories by event. */
  stories: Map<string, RuntimeStory>;
  /** Per drafted story: its facts and those two or more of its articles report. */
  drafts: { event: string; facts: number; sharedFacts: number }[];
  /**
   * Every drafted fact two or more articles report, for a hand check: its label, kind and cohesion (how alike its
   * claims from different articles are), whether a comparison of reports would show it (lib/compare), and each
   * claim's figure and quote.
   */
  shared: {
    event: string;
    label: string;
    kind: string;
    cohesion: number | null;
    compared: boolean;
    claims: { article: string; figure: string; quote: string }[];
  }[];
  /** Drafts the build refused, with its reasons. */
  refused: { event: string; errors: string[] }[];
}

/** Drafts each event from its first `n` articles and builds the index into `dir`. */
export function buildEvaluationIndex(
  root: string,
  dir: string,
  events: ReadonlyMap<string, readonly CorpusArticle[]>,
  n: number,
): EvaluationIndex {
  const schemaErrors: DataError[] = [];
  const schemas = loadSchemas(root, schemaErrors);
  if (!schemas) throw new Error(schemaErrors.map(formatError).join('\n'));
  const passing: StorySource[] = [];
  const eventOf = new Map<string, string>();
  const drafts: EvaluationIndex['drafts'] = [];
  const refused: EvaluationIndex['refused'] = [];
  const shared: EvaluationIndex['shared'] = [];
  for (const [event, articles] of events) {
    const inputs = articles.slice(0, n).map((a) => ({
      id: dataId(a.id),
      text: a.text.endsWith('\n') ? a.text : `${a.text}\n`,
      meta: { headline: a.headline, published: a.published, url: a.url, publisher: a.outlet },
      source: `corpus article ${a.id}`,
    }));
    const id = `event-${dataId(event)}`;
    const drafted = draftStory(id, inputs, inputs.find((i) => i.meta.published)?.meta.published ?? '2000-01-01');
    const source: StorySource = {
      dir: `eval/${id}`,
      story: drafted.story,
      articles: drafted.articles.map((a) => ({ id: a.id, meta: a.meta, text: a.text })),
      facts: drafted.facts,
      notClaims: drafted.notClaims,
    };
    const compiled = compileSources([source], [], schemas, { allowDrafts: true });
    if (!compiled.ok) {
      refused.push({ event, errors: compiled.errors.map(formatError) });
      continue;
    }
    passing.push(source);
    eventOf.set(id, event);
    const facts = drafted.facts.facts;
    const across = facts.filter((f) => new Set(f.claims.map((c) => c.article)).size >= 2);
    drafts.push({ event, facts: facts.length, sharedFacts: across.length });
    for (const f of across) {
      const cohesion = drafted.cohesion[f.id] ?? null;
      shared.push({
        event,
        label: f.label,
        kind: f.kind,
        cohesion,
        compared: isComparedFact({ kind: f.kind, articles: new Set(f.claims.map((c) => c.article)).size, cohesion }),
        claims: f.claims.map((c) => ({ article: c.article, figure: c.figure, quote: c.quote })),
      });
    }
  }
  const built = buildFromSources(passing, encodeRecognitionIndex, [], schemas, { allowDrafts: true });
  if (!built.ok) throw new Error(built.errors.map(formatError).join('\n'));
  for (const file of built.files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.bytes);
  }
  const stories = new Map(built.index.stories.map((s) => [eventOf.get(s.id)!, s]));
  return { source: generatedSource(dir), stories, drafts, shared, refused };
}
