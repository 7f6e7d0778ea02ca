// A draft story from a few texts: the story's files in the reviewed format (story.json, articles, facts.json,
// not-claims.json), every fact the engine grouped marked "draft", so that the index build refuses it until a
// reviewer has checked it. Pure: takes texts and metadata, returns the files' contents.
import { draftFacts, type DraftFact } from '../claims/draft-facts';
import type { Claim } from '../claims/types';
import { UNBOUNDED } from '../quantity/hedges';
import { findHedges } from '../quantity/hedges';
import { FigureParseError, parseFigure } from '../quantity/parse-figure';
import { contextOf, locateQuote } from '../story/locate-quote';
import type { ClaimValue } from '../story/runtime-types';
import type { SavedPage } from './read-saved-page';

/** One text to draft from, with whatever metadata its page gave. */
export interface DraftInput {
  /** Article id (the file's base name, made into an id). */
  id: string;
  text: string;
  meta: Partial<SavedPage>;
  /** Where the text came from, for the reviewer's notes. */
  source: string;
  /**
   * The day the text's figures are read against when its page gives no publication day, and why (the data format's
   * `datedBy`); without either, its figures are left out of the draft.
   */
  datedBy?: { date: string; reason: string };
}

/** A drafted claim in the reviewed format. */
export interface DraftClaimJson {
  article: string;
  quote: string;
  prefix?: string;
  figure: string;
  figureOccurrence?: number;
  value: [number, number | null] | [string, string] | string;
  attribution: string | null;
  hedges: string[];
}

/** The note on a drafted fact that only one of the texts reports. */
export const SINGLE_SOURCE_NOTE = 'Drafted from one article only: no other outlet gives this figure.';

/** A drafted fact in the reviewed format, marked as a draft. */
export interface DraftFactJson {
  id: string;
  label: string;
  kind: Claim['kind'];
  unit?: string;
  draft: true;
  /** Set when only one of the texts reports it. */
  note?: string;
  claims: DraftClaimJson[];
}

/** A claim the engine found but left out of the draft, and why the build could not accept it as drafted. */
export interface DroppedClaim {
  fact: string;
  article: string;
  figure: string;
  reason: string;
}

// An article's text and the day its figures are read against, as the build will read them.
interface DraftArticleText {
  text: string;
  published: string | null;
}

/** Every file of a drafted story, as JSON values and texts. */
export interface DraftedStory {
  story: {
    $schema: string;
    id: string;
    title: string;
    summary: string;
    dates: { start: string; end: string };
    articles: string[];
  };
  articles: { id: string; meta: Record<string, unknown>; text: string }[];
  facts: { $schema: string; facts: DraftFactJson[] };
  notClaims: { $schema: string; notClaims: never[] };
  /** Claims left out of the draft, each with the reason (printed for the reviewer, not written to data/). */
  dropped: DroppedClaim[];
  /** Each drafted fact's cohesion by its id (lib/claims/draft-facts.ts: null for a fact of one text; not written). */
  cohesion: Record<string, number | null>;
}

/** Drafts a story from its texts; `today` dates a story whose texts carry no date (ISO day). */
export function draftStory(storyId: string, inputs: readonly DraftInput[], today: string): DraftedStory {
  const days = inputs.map((i) => i.meta.published?.slice(0, 10) ?? i.datedBy?.date ?? null);
  const facts = draftFacts(inputs.map((i, k) => ({ id: i.id, text: i.text, published: days[k] ?? null })));
  const texts = new Map(inputs.map((i, k) => [i.id, { text: i.text, published: days[k] ?? null }]));
  const dropped: DroppedClaim[] = [];
  const factFiles = facts.map((f) => factJson(f, texts, dropped)).filter((f) => f.claims.length > 0);
  // The story's dates are the days its texts were published, not the days they were read against.
  const known = inputs
    .map((i) => i.meta.published?.slice(0, 10) ?? null)
    .filter((d): d is string => d !== null)
    .sort();
  return {
    story: {
      $schema: '../../schema/story.schema.json',
      id: storyId,
      title: inputs.find((i) => i.meta.headline?.trim())?.meta.headline?.trim() ?? `Draft story ${storyId}`,
      summary: `Drafted from ${inputs.length} text${inputs.length === 1 ? '' : 's'} by npm run draft-story; a reviewer writes the summary.`,
      dates: { start: known[0] ?? today, end: known[known.length - 1] ?? today },
      articles: inputs.map((i) => i.id),
    },
    articles: inputs.map((i) => ({
      id: i.id,
      meta: articleMeta(i),
      text: i.text.endsWith('\n') ? i.text : `${i.text}\n`,
    })),
    facts: { $schema: '../../schema/facts.schema.json', facts: factFiles },
    dropped,
    cohesion: Object.fromEntries(facts.map((f) => [f.id, f.cohesion])),
    notClaims: { $schema: '../../schema/not-claims.schema.json', notClaims: [] },
  };
}

function articleMeta(input: DraftInput): Record<string, unknown> {
  const url = input.meta.url && /^https?:\/\//.test(input.meta.url) ? input.meta.url : null;
  return {
    $schema: '../../../schema/article.schema.json',
    publisher: input.meta.publisher ?? 'unknown',
    wire: null,
    site: null,
    // An empty headline is none: the data format has null for an article without one.
    headline: input.meta.headline?.trim() || null,
    url,
    urls: url ? [url] : [],
    published: input.meta.published ?? null,
    ...(!input.meta.published && input.datedBy ? { datedBy: { ...input.datedBy } } : {}),
    updated: input.meta.updated ?? null,
    revision: null,
    language: /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(input.meta.language ?? '') ? input.meta.language : 'en',
    notes: [`Drafted by npm run draft-story from ${input.source}: check every field against the page.`],
  };
}

function factJson(
  fact: DraftFact,
  articles: ReadonlyMap<string, DraftArticleText>,
  dropped: DroppedClaim[],
): DraftFactJson {
  const heads = fact.claims.map((c) => c.claim.concept.text.split(/\s+/).pop() ?? '').filter(Boolean);
  const unit =
    fact.kind === 'count'
      ? (mostCommon(heads)?.toLowerCase() ?? 'people')
      : fact.kind === 'duration'
        ? 'days'
        : fact.kind === 'distance'
          ? 'km'
          : undefined;
  const claims: DraftClaimJson[] = [];
  for (const { article, claim } of fact.claims) {
    const text = articles.get(article) ?? { text: '', published: null };
    const made = claimJson(article, claim, text, fact.kind, unit ?? '');
    if ('reason' in made) dropped.push({ fact: fact.id, article, figure: claim.figure.text, reason: made.reason });
    else claims.push(made);
  }
  const articlesOf = new Set(claims.map((c) => c.article));
  return {
    id: fact.id,
    label: fact.label,
    kind: fact.kind,
    ...(unit ? { unit } : {}),
    draft: true,
    // A figure one text alone gives is kept for the reviewer, and said to be so.
    ...(articlesOf.size === 1 ? { note: SINGLE_SOURCE_NOTE } : {}),
    claims,
  };
}

// The claim's sentence as its quote, with as much of its context as singles it out the way the build will look for
// it (lib/story/locate-quote.ts); the figure as the words its value was read from, and the value as the build's own
// parser reads those words for this fact, so that the build accepts the claim unchanged. A claim the build could not
// accept (a sentence repeated word for word with the same context, a figure the fact's parser cannot read) is left
// out with its reason.
function claimJson(
  article: string,
  claim: Claim,
  source: DraftArticleText,
  kind: Claim['kind'],
  unit: string,
): DraftClaimJson | { reason: string } {
  const quote = claim.sentence.text;
  const context = quoteContext(source.text, quote, claim.sentence.start);
  if (!context) return { reason: 'its sentence occurs more than once with the same words around it' };
  const figure = claim.readFrom.text;
  const inQuote = claim.readFrom.start - claim.sentence.start;
  const occurrences = allIndexes(quote, figure);
  const occurrence = occurrences.indexOf(inQuote) + 1;
  const value = recorded(claim, kind, unit, source.published);
  if ('reason' in value) return value;
  return {
    article,
    quote,
    ...context,
    figure,
    ...(occurrences.length > 1 && occurrence > 0 ? { figureOccurrence: occurrence } : {}),
    value: value.value,
    attribution: claim.attribution,
    hedges: findHedges(figure),
  };
}

// The least context that singles the quote out at `start`: none, the text before it, after it, or both.
function quoteContext(text: string, quote: string, start: number): { prefix?: string; suffix?: string } | null {
  const { prefix, suffix } = contextOf(text, start, start + quote.length);
  for (const context of [{}, { prefix }, { suffix }, { prefix, suffix }]) {
    const found = locateQuote(text, quote, context.prefix, context.suffix);
    if (found.ok && found.quote.start === start) return context;
  }
  return null;
}

// The value as the build reads it: a status or a speaker as its words (a proposal for the reviewer's statement);
// a figure through the figure parser, with the fact's kind and unit, against the article's day.
function recorded(
  claim: Claim,
  kind: Claim['kind'],
  unit: string,
  published: string | null,
): { value: DraftClaimJson['value'] } | { reason: string } {
  if (!claim.value) return { value: claim.concept.text || claim.figure.text };
  if (claim.value.kind === 'statement') return { value: claim.value.value };
  if (!published) return { reason: 'its article has no publication day to read the figure against' };
  let v: ClaimValue;
  try {
    v = parseFigure(claim.readFrom.text, { published, kind, unit });
  } catch (error) {
    if (error instanceof FigureParseError) return { reason: `its figure does not parse as a ${kind}: ${error.reason}` };
    throw error;
  }
  if (v.kind === 'quantity') return { value: [v.lo, v.hi >= UNBOUNDED ? null : v.hi] };
  if (v.kind === 'date') return { value: [v.lo, v.hi] };
  return { value: v.value };
}

function allIndexes(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0 && needle !== ''; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

function mostCommon(words: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
