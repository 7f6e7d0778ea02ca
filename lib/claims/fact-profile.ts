// What each fact of a story is about, learned from its reviewed claims alone: every reviewed claim is found again
// by the extractor in its article and becomes an exemplar (what it counts, the words around it, the names in its
// sentence, its value); the fact's label adds its words. Built once per story object and cached, reading claims only
// in the sentences that hold reviewed figures; the index build writes it beside the story's file (profile-record.ts).
import { locateQuote } from '../story/locate-quote';
import type { ClaimValue, RuntimeArticle, RuntimeClaim, RuntimeFact, RuntimeStory } from '../story/runtime-types';
import { extractClaims, type ReadSentence, readSentences } from './extract-claims';
import { featuresOf, phraseNames, phraseStems, type Features } from './features';
import { placeKey, samePlace } from './lexicon';
import type { Claim } from './types';

/** One reviewed claim as the engine reads it. */
export interface Exemplar {
  article: string;
  value: ClaimValue;
  features: Features;
  /** What the figure measures: money, a share, or a count (see measureOf). */
  measure: Measure;
}

/** What a claim's figure measures, coarsely: an amount of money, a share, or a count of things. */
export type Measure = 'money' | 'percent' | 'count';

/** The measure of a claim's figure, from the grammar's reading of it. */
export function measureOf(claim: Claim): Measure {
  const kind = claim.quantity?.kind;
  return kind === 'money' ? 'money' : kind === 'percent' ? 'percent' : 'count';
}

/** A fact as alignment sees it. */
export interface FactProfile {
  fact: RuntimeFact;
  /** Canonical unit of the fact's amounts ("people", "days", "km"), or null for dates and statements. */
  unit: string | null;
  /** The story's last day: an undated text's calendar days are read in its year. */
  storyEnd: string;
  exemplars: Exemplar[];
  /** Stems of the label's words, each once. */
  label: string[];
  /** Place keys of the label's names and demonyms ("french", "kidal"). */
  labelNames: string[];
  /** Place keys of every name and proper modifier the fact's claims and label use. */
  places: Set<string>;
  /**
   * For an attribution fact, the facts whose figures share a sentence with its reviewed claims ("who gave the
   * toll" goes with the toll): a speaker reports the fact only beside one of them.
   */
  linked: Set<string>;
}

/** Every fact of a story as alignment sees it, plus how telling each stem is within the story. */
export interface StoryProfile {
  story: RuntimeStory;
  facts: FactProfile[];
  /** Stem → inverse fact frequency: a word every fact's claims use tells no fact apart. */
  idf: Map<string, number>;
  /** Place keys of every place the story's texts name: which proper words are nations and towns. */
  places: string[];
  /** Place keys the exemplars use as owners ("French troops", "Chadian troops"): nations, not locations. */
  nations: string[];
}

const cache = new WeakMap<RuntimeStory, StoryProfile>();

/** The profile of a story (cached per story object). */
export function storyProfile(story: RuntimeStory): StoryProfile {
  const cached = cache.get(story);
  if (cached) return cached;
  const read = new Map(story.articles.map((a) => [a.id, readArticle(a, story)]));
  const facts = story.facts.map((fact) => factProfile(fact, read, story.dates.end));
  linkAttributions(facts, read);
  const places = new Set<string>();
  for (const { sentences } of read.values())
    for (const s of sentences)
      for (const e of s.entities) if (e.type === 'place') places.add(placeKey(e.text.toLowerCase()));
  const nations = new Set(facts.flatMap((f) => f.exemplars.flatMap((e) => e.features.proper)));
  const profile = { story, facts, idf: inverseFactFrequency(facts), places: [...places], nations: [...nations] };
  cache.set(story, profile);
  return profile;
}

/** Whether a story has its profile already (worked out, or taken from its file). */
export function hasStoryProfile(story: RuntimeStory): boolean {
  return cache.has(story);
}

/**
 * Gives a story the profile `make` returns (one the index build worked out, lib/claims/profile-record.ts), unless it
 * already has one; answers whether it has one now. When `make` gives null the story's profile is worked out from its
 * articles the first time it is asked for, as without a record.
 */
export function adoptStoryProfile(story: RuntimeStory, make: () => StoryProfile | null): boolean {
  if (cache.has(story)) return true;
  const made = make();
  if (made) cache.set(story, made);
  return made !== null;
}

/** An article of a story as its profile reads it: its sentences, and the claims of those its reviewed figures are in. */
interface ReadArticle {
  text: string;
  sentences: ReadSentence[];
  claims: Claim[];
  /** Where each reviewed figure of the article starts and ends in its text (absent: its quote is not found). */
  figures: Map<RuntimeClaim, { start: number; end: number }>;
}

// Reads an article once for its profile: every sentence (names are typed across the whole text), but claims only
// where the story's reviewed figures are, since nothing else of the article becomes an exemplar.
function readArticle(article: RuntimeArticle, story: RuntimeStory): ReadArticle {
  const figures = new Map<RuntimeClaim, { start: number; end: number }>();
  for (const fact of story.facts)
    for (const c of fact.claims) {
      if (c.article !== article.id) continue;
      const found = locateQuote(article.text, c.quote.exact, c.quote.prefix, c.quote.suffix);
      if (found.ok)
        figures.set(c, { start: found.quote.start + c.figure.start, end: found.quote.start + c.figure.end });
    }
  const sentences = readSentences(article.text);
  const only = new Set<number>();
  for (const { start, end } of figures.values())
    for (const s of sentences) if (s.start < Math.max(end, start + 1) && start < s.end) only.add(s.index);
  const claims = extractClaims(article.text, { published: dayOf(article, story), only, values: false }, sentences);
  return { text: article.text, sentences, claims, figures };
}

function dayOf(article: RuntimeArticle, story: RuntimeStory): string {
  return (article.published ?? story.dates.start).slice(0, 10);
}

function factProfile(fact: RuntimeFact, read: Map<string, ReadArticle>, storyEnd: string): FactProfile {
  const exemplars: Exemplar[] = [];
  const labelNames = phraseNames(fact.label);
  for (const reviewed of fact.claims) {
    const article = read.get(reviewed.article);
    const at = article?.figures.get(reviewed);
    if (!article || !at) continue;
    const claim = claimAtSpan(article.claims, at.start, at.end, fact.kind, labelNames);
    if (claim)
      exemplars.push({
        article: reviewed.article,
        value: reviewed.value,
        features: featuresOf(claim),
        measure: measureOf(claim),
      });
  }
  const label = [...new Set(phraseStems(fact.label))];
  const places = new Set<string>(labelNames);
  for (const e of exemplars) for (const p of [...e.features.proper, ...e.features.names]) places.add(p);
  const quantity = fact.claims.find((c) => c.value.kind === 'quantity')?.value;
  return {
    fact,
    unit: quantity?.kind === 'quantity' ? quantity.unit : null,
    storyEnd,
    exemplars,
    label,
    labelNames,
    places,
    linked: new Set(),
  };
}

// The extracted claim at a reviewed figure: same kind (a date may stand for a duration and back), most overlap;
// for a status, a claim about the place the label names comes first.
function claimAtSpan(
  claims: readonly Claim[],
  start: number,
  end: number,
  kind: RuntimeFact['kind'],
  labelNames: string[],
): Claim | null {
  let best: Claim | null = null;
  let bestRank = 0;
  for (const c of claims) {
    if (!c.readings.some((r) => r.kind === kind || (isTime(r.kind) && isTime(kind)))) continue;
    const overlap = Math.min(end, c.figure.end) - Math.max(start, c.figure.start);
    if (overlap <= 0) continue;
    const named =
      kind === 'status' &&
      c.subject !== null &&
      labelNames.some((n) => samePlace(placeKey(c.subject!.toLowerCase()), n));
    const rank = overlap + (named ? 10_000 : 0);
    if (rank > bestRank) {
      best = c;
      bestRank = rank;
    }
  }
  return best;
}

// Links each attribution fact to the facts whose reviewed figures sit in the sentences of its reviewed claims.
function linkAttributions(facts: FactProfile[], read: Map<string, ReadArticle>): void {
  const figures = facts.flatMap((f) =>
    f.fact.kind === 'attribution' ? [] : f.fact.claims.map((c) => ({ fact: f.fact.id, claim: c })),
  );
  for (const f of facts) {
    if (f.fact.kind !== 'attribution') continue;
    for (const c of f.fact.claims) {
      const article = read.get(c.article);
      const at = article?.figures.get(c);
      if (!article || !at) continue;
      const sentence = sentenceAround(article, at.start);
      for (const other of figures) {
        if (other.claim.article !== c.article) continue;
        const start = article.figures.get(other.claim)?.start ?? -1;
        if (start >= sentence.start && start < sentence.end) f.linked.add(other.fact);
      }
    }
  }
}

// The sentence of an article that holds an offset.
function sentenceAround(article: ReadArticle, offset: number): { start: number; end: number } {
  return article.sentences.find((s) => s.start <= offset && offset < s.end) ?? { start: offset, end: offset + 1 };
}

function isTime(kind: string): boolean {
  return kind === 'date' || kind === 'duration';
}

function inverseFactFrequency(facts: readonly FactProfile[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const f of facts) {
    const stems = new Set<string>(f.label);
    for (const e of f.exemplars) for (const s of e.features.bag.keys()) stems.add(s);
    for (const s of stems) df.set(s, (df.get(s) ?? 0) + 1);
  }
  const n = facts.length;
  const idf = new Map<string, number>();
  for (const [s, d] of df) idf.set(s, Math.log(1 + n / d));
  return idf;
}
