// A draft story from a few texts: the story's files in the reviewed format (story.json, articles, facts.json,
// not-claims.json), every fact the engine grouped marked "draft", so that the index build refuses it until a
// reviewer has checked it. Pure: takes texts and metadata, returns the files' contents.
import { draftFacts, type DraftFact } from '../claims/draft-facts';
import type { Claim } from '../claims/types';
import { UNBOUNDED } from '../quantity/hedges';
import { findHedges } from '../quantity/hedges';
import type { SavedPage } from './read-saved-page';

/** One text to draft from, with whatever metadata its page gave. */
export interface DraftInput {
  /** Article id (the file's base name, made into an id). */
  id: string;
  text: string;
  meta: Partial<SavedPage>;
  /** Where the text came from, for the reviewer's notes. */
  source: string;
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

/** A drafted fact in the reviewed format, marked as a draft. */
export interface DraftFactJson {
  id: string;
  label: string;
  kind: Claim['kind'];
  unit?: string;
  draft: true;
  claims: DraftClaimJson[];
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
}

const QUOTE_CONTEXT = 32;

/** Drafts a story from its texts; `today` dates a story whose texts carry no date (ISO day). */
export function draftStory(storyId: string, inputs: readonly DraftInput[], today: string): DraftedStory {
  const days = inputs.map((i) => i.meta.published?.slice(0, 10) ?? null);
  const facts = draftFacts(inputs.map((i, k) => ({ id: i.id, text: i.text, published: days[k] ?? null })));
  const texts = new Map(inputs.map((i) => [i.id, i.text]));
  const known = days.filter((d): d is string => d !== null).sort();
  return {
    story: {
      $schema: '../../schema/story.schema.json',
      id: storyId,
      title: inputs.find((i) => i.meta.headline)?.meta.headline ?? `Draft story ${storyId}`,
      summary: `Drafted from ${inputs.length} text${inputs.length === 1 ? '' : 's'} by npm run draft-story; a reviewer writes the summary.`,
      dates: { start: known[0] ?? today, end: known[known.length - 1] ?? today },
      articles: inputs.map((i) => i.id),
    },
    articles: inputs.map((i) => ({
      id: i.id,
      meta: articleMeta(i),
      text: i.text.endsWith('\n') ? i.text : `${i.text}\n`,
    })),
    facts: { $schema: '../../schema/facts.schema.json', facts: facts.map((f) => factJson(f, texts)) },
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
    headline: input.meta.headline ?? null,
    url,
    urls: url ? [url] : [],
    published: input.meta.published ?? null,
    updated: input.meta.updated ?? null,
    revision: null,
    language: /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(input.meta.language ?? '') ? input.meta.language : 'en',
    notes: [`Drafted by npm run draft-story from ${input.source}: check every field against the page.`],
  };
}

function factJson(fact: DraftFact, texts: Map<string, string>): DraftFactJson {
  const heads = fact.claims.map((c) => c.claim.concept.text.split(/\s+/).pop() ?? '').filter(Boolean);
  const unit =
    fact.kind === 'count'
      ? (mostCommon(heads)?.toLowerCase() ?? 'people')
      : fact.kind === 'duration'
        ? 'days'
        : fact.kind === 'distance'
          ? 'km'
          : undefined;
  return {
    id: fact.id,
    label: fact.label,
    kind: fact.kind,
    ...(unit ? { unit } : {}),
    draft: true,
    claims: fact.claims.map(({ article, claim }) => claimJson(article, claim, texts.get(article) ?? '')),
  };
}

// The claim's sentence as its quote (with a prefix when the sentence occurs twice), and the figure as the words its
// value was read from, so that the build reads the same value.
function claimJson(article: string, claim: Claim, text: string): DraftClaimJson {
  const quote = claim.sentence.text;
  const figure = claim.readFrom.text;
  const inQuote = claim.readFrom.start - claim.sentence.start;
  const occurrences = allIndexes(quote, figure);
  const occurrence = occurrences.indexOf(inQuote) + 1;
  const repeated = allIndexes(text, quote).length > 1;
  return {
    article,
    quote,
    ...(repeated
      ? { prefix: text.slice(Math.max(0, claim.sentence.start - QUOTE_CONTEXT), claim.sentence.start) }
      : {}),
    figure,
    ...(occurrences.length > 1 && occurrence > 0 ? { figureOccurrence: occurrence } : {}),
    value: recorded(claim),
    attribution: claim.attribution,
    hedges: findHedges(figure),
  };
}

function recorded(claim: Claim): DraftClaimJson['value'] {
  const v = claim.value;
  if (!v) return claim.concept.text || claim.figure.text; // a status: its words, as a proposal for the statement
  if (v.kind === 'quantity') return [v.lo, v.hi >= UNBOUNDED ? null : v.hi];
  if (v.kind === 'date') return [v.lo, v.hi];
  return v.value;
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
