// The reader's comparison: the reports they added, drafted into one story by the engine (lib/draft), checked and
// compiled by the data build with drafts allowed, and cut down to what the engine is sure of. A fact is shown only
// when two or more reports give it and its figures were grouped with confidence (cohesion); every other figure is
// listed under its report, not compared. The story is marked automatic: nothing here was reviewed.
import { draftStory, type DraftInput } from '../draft/draft-story';
import { compileStories } from '../index/compile-index';
import type { StorySource } from '../index/data-types';
import { formatError, validateStories } from '../index/validate-stories';
import type { RuntimeFact, RuntimeStory, UnmatchedFigure } from '../story/runtime-types';
import type { Report } from './report';

/** What the comparison shows as a fact (see lib/compare/README.md for the figures it was chosen from). */
export const COMPARE_THRESHOLDS: { cohesion: number } = {
  /** Least cohesion (lib/claims/draft-facts.ts) of a fact's claims from different reports for it to be shown. */
  cohesion: 0.3,
};

/** Facts of figures: what a comparison shows. Statuses and speakers are words, which drafting only proposes. */
const FIGURE_KINDS = new Set<RuntimeFact['kind']>(['count', 'date', 'duration', 'distance']);

/** A comparison made, or why it could not be. */
export type ComparisonResult = { ok: true; story: RuntimeStory } | { ok: false; problem: string };

/** The comparison's story id: "comparison-" and the moment it was made (UTC), so each kept one is its own story. */
export function comparisonId(made: Date): string {
  const iso = made.toISOString();
  return `comparison-${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 19).replace(/:/g, '')}`;
}

/** Whether a drafted fact is one the comparison shows: a figure two or more reports give, grouped with confidence. */
export function isComparedFact(fact: { kind: string; articles: number; cohesion: number | null }): boolean {
  return (
    FIGURE_KINDS.has(fact.kind as RuntimeFact['kind']) &&
    fact.articles >= 2 &&
    fact.cohesion !== null &&
    fact.cohesion >= COMPARE_THRESHOLDS.cohesion
  );
}

/**
 * Compares the reports (two or more): the story of the facts they share, marked automatic. `id` names the story (by
 * default from the moment it is made: one comparison kept again keeps its id, so it replaces its earlier version).
 */
export function compareReports(reports: readonly Report[], made: Date, id = comparisonId(made)): ComparisonResult {
  if (reports.length < 2) return { ok: false, problem: 'A comparison needs two reports or more.' };
  const today = made.toISOString().slice(0, 10);
  const inputs: DraftInput[] = reports.map((r) => ({
    id: r.id,
    text: r.text,
    meta: { headline: r.headline, publisher: r.outlet, published: r.published, url: r.url, language: null },
    source: `the page at ${r.url}, added to a comparison`,
    // A page that gives no day is read against the day it was added: counts and lengths of time do not depend on
    // it, and the dates it would misplace are left out below.
    ...(r.published ? {} : { datedBy: { date: dayOf(r.added), reason: 'the day it was added to the comparison' } }),
  }));
  const drafted = draftStory(id, inputs, today);
  const undated = new Set(reports.filter((r) => !r.published).map((r) => r.id));
  // A date read in a page that gives no day of its own may be another day: left out.
  const facts = drafted.facts.facts
    .map((f) => (f.kind === 'date' ? { ...f, claims: f.claims.filter((c) => !undated.has(c.article)) } : f))
    .filter((f) => f.claims.length > 0);
  const source: StorySource = {
    dir: `comparison/${id}`,
    story: drafted.story,
    articles: drafted.articles.map((a) => ({
      id: a.id,
      // The reports' other addresses find the page when it is opened again.
      meta: { ...a.meta, urls: reports.find((r) => r.id === a.id)?.urls ?? a.meta.urls },
      text: a.text,
    })),
    facts: { ...drafted.facts, facts },
    notClaims: drafted.notClaims,
  };
  const validation = validateStories([source], { allowDrafts: true });
  if (validation.errors.length > 0 || validation.stories.length !== 1) {
    return { ok: false, problem: `The reports could not be compared: ${validation.errors.map(formatError)[0]}` };
  }
  const compiled = compileStories(validation.stories).stories[0]!;
  const shown = new Set(
    compiled.facts
      .filter((f) =>
        isComparedFact({
          kind: f.kind,
          articles: new Set(f.claims.map((c) => c.article)).size,
          cohesion: drafted.cohesion[f.id] ?? null,
        }),
      )
      .map((f) => f.id),
  );
  const unmatched: UnmatchedFigure[] = compiled.facts
    .filter((f) => !shown.has(f.id) && FIGURE_KINDS.has(f.kind))
    .flatMap((f) =>
      f.claims.map((c) => ({
        article: c.article,
        fact: f.id,
        label: f.label,
        kind: f.kind,
        value: c.value,
        quote: c.quote,
        figure: c.figure,
        figureText: c.figureText,
        display: c.display,
      })),
    );
  const outlets = reports.map((r) => r.outlet);
  return {
    ok: true,
    story: {
      ...compiled,
      // What the reader added, in their words' place: no one has written a summary of what happened.
      summary: `The reports you added to a comparison: ${listed(outlets)}.`,
      facts: compiled.facts.filter((f) => shown.has(f.id)),
      automatic: {
        kind: 'comparison',
        made: made.toISOString(),
        unmatched,
        ...(undated.size > 0
          ? { datedBy: Object.fromEntries(reports.filter((r) => !r.published).map((r) => [r.id, dayOf(r.added)])) }
          : {}),
      },
    },
  };
}

function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function listed(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
