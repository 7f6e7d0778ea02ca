// alignClaims: for each claim of a text, the fact of a story it reports, or none, with a confidence, and the
// reviewed claims its figure agrees and differs with. Abstains by design: a fact is named only when it fits well
// (THRESHOLDS.minScore) and clearly better than any other (THRESHOLDS.minMargin); every "none" says why.
import { compatible } from '../disputes/compatible';
import type { ClaimValue, RuntimeStory } from '../story/runtime-types';
import { addDays, dayNumber } from '../quantity/calendar';
import { FigureParseError, parseFigure } from '../quantity/parse-figure';
import { namesCalendarDay } from '../quantity/parse-date';
import { cachedIn } from './cached';
import { storyProfile, type FactProfile, type StoryProfile } from './fact-profile';
import { type Features, featuresOf } from './features';
import { scoreFact } from './score-fact';
import { statementFor } from './statements';
import type { Alignment, Claim } from './types';

/**
 * When a claim is aligned. Chosen from the margins measured by `npm run eval` (lib/claims/README.md lists them):
 * below them, wrong alignments outnumber right ones.
 */
export const THRESHOLDS: { minScore: number; minMargin: number } = {
  /** Lowest fit to the chosen fact. */
  minScore: 0.2,
  /** Least lead over the next best fact. */
  minMargin: 0.06,
};

// How far from the story's dates a sentence's own dates may lie before its figures are about another time.
const ELSEWHEN_DAYS = 45;

/** What alignment needs besides the claims and the story. */
export interface AlignOptions {
  /** ISO day the text was published (the one its claims were read against), or null when unknown. */
  published?: string | null;
}

/**
 * Aligns each claim with a fact of the story, or none. Each alignment stands on its own: whether the text as a whole
 * reports the story is the event recogniser's one decision (lib/event/recognise-event.ts), never made here.
 */
export function alignClaims(claims: readonly Claim[], story: RuntimeStory, options: AlignOptions = {}): Alignment[] {
  const profile = storyProfile(story);
  const published = options.published ?? null;
  const elsewhen = sentencesAboutAnotherTime(claims, story);
  // Figures first; then speakers, who report an attribution fact only beside a figure of a fact it goes with.
  const figures = claims.map((c) =>
    c.kind === 'attribution'
      ? null
      : elsewhen.has(c.sentence.index) && c.kind !== 'date'
        ? none(c, 'its sentence is about another time')
        : alignOne(c, profile, published),
  );
  const besideFacts = new Map<number, Set<string>>();
  for (const a of figures)
    if (a?.fact)
      besideFacts.set(a.claim.sentence.index, (besideFacts.get(a.claim.sentence.index) ?? new Set()).add(a.fact));
  return claims.map(
    (c, i) => figures[i] ?? alignOne(c, profile, published, besideFacts.get(c.sentence.index) ?? new Set()),
  );
}

function none(claim: Claim, reason: string, candidate: Alignment['candidate'] = null): Alignment {
  return { claim, fact: null, confidence: 0, value: null, agrees: [], differs: [], reason, candidate };
}

function alignOne(
  claim: Claim,
  profile: StoryProfile,
  published: string | null,
  beside: ReadonlySet<string> = new Set(),
): Alignment {
  const features = featuresOfClaim(claim);
  // A speaker beside figures of other facts ("Le Drian said" after France's own toll) is not the speaker of this one;
  // beside no figure at all, the words said decide.
  const facts =
    claim.kind === 'attribution' && beside.size > 0
      ? profile.facts.filter((f) => f.linked.size === 0 || [...f.linked].some((l) => beside.has(l)))
      : profile.facts;
  if (facts.length === 0) return none(claim, 'no figure beside the speaker reports what a speaker fact is about');
  const scores = facts.map((f) => scoreFact(claim, features, f, profile, beside)).filter((s) => s.ruledOut === null);
  scores.sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  if (!best) return none(claim, 'every fact of the story is ruled out');
  const margin = best.score - (second?.score ?? 0);
  const candidate = { fact: best.fact.fact.id, score: round(best.score), margin: round(margin) };
  if (best.score < THRESHOLDS.minScore)
    return none(claim, `fits no fact well (best: ${best.fact.fact.id}, ${round(best.score)})`, candidate);
  if (margin < THRESHOLDS.minMargin) {
    return none(claim, `as close to ${second!.fact.fact.id} as to ${best.fact.fact.id}`, candidate);
  }
  const value = valueFor(claim, best.fact, published);
  if (!value)
    return none(claim, `reports ${best.fact.fact.id}, but its figure cannot be read as that fact's`, candidate);
  const agrees: string[] = [];
  const differs: string[] = [];
  for (const reviewed of best.fact.fact.claims) {
    const list = compatible(value, reviewed.value) ? agrees : differs;
    if (!list.includes(reviewed.article)) list.push(reviewed.article);
  }
  return {
    claim,
    fact: best.fact.fact.id,
    confidence: round(Math.min(1, best.score + margin / 2)),
    value,
    agrees,
    differs,
    reason: `fits ${best.fact.fact.id} (${round(best.score)}, ahead by ${round(margin)})`,
    candidate,
  };
}

const featuresOfClaims = new WeakMap<Claim, Features>();

// A claim's features, worked out once: a page's claims are aligned against each of its candidate stories.
function featuresOfClaim(claim: Claim): Features {
  return cachedIn(featuresOfClaims, claim, () => featuresOf(claim));
}

// The claim's value read as the fact reads its figures: in the fact's unit, or as one of its statements.
function valueFor(claim: Claim, fact: FactProfile, published: string | null): ClaimValue | null {
  const kind = fact.fact.kind;
  if (kind === 'status' || kind === 'attribution') return statementFor(claim, fact);
  const reading = claim.readings.find((r) => r.kind === kind);
  if (!reading?.value) return undatedReading(claim, fact, published);
  if (reading.value.kind !== 'quantity' || !fact.unit) return reading.value;
  try {
    return parseFigure(claim.figure.text, { published: published ?? '2000-01-01', kind, unit: fact.unit });
  } catch (error) {
    if (error instanceof FigureParseError) return null;
    throw error;
  }
}

// An undated text's "5 February" or "from March" is read in the year the story happened: a calendar day or month
// needs only a year, unlike "Tuesday" or "last month", which need the day the text was written.
function undatedReading(claim: Claim, fact: FactProfile, published: string | null): ClaimValue | null {
  if (
    published !== null ||
    fact.fact.kind !== 'date' ||
    !namesCalendarDay(claim.figure.text) ||
    /day\b/i.test(claim.figure.text)
  )
    return null;
  try {
    return parseFigure(claim.figure.text, { published: fact.storyEnd, kind: 'date', unit: 'days' });
  } catch (error) {
    if (error instanceof FigureParseError) return null;
    throw error;
  }
}

// Sentences whose own dates all lie months before the story ("France lost more than 80 soldiers in Afghanistan
// between 2001 and 2012"): their other figures are about that time, not the story's.
function sentencesAboutAnotherTime(claims: readonly Claim[], story: RuntimeStory): Set<number> {
  const from = addDays(story.dates.start, -ELSEWHEN_DAYS);
  const bySentence = new Map<number, boolean[]>();
  for (const c of claims) {
    const date = c.readings.find((r) => r.kind === 'date')?.value;
    if (c.kind !== 'date' || !date || date.kind !== 'date') continue;
    // A year or a season is "at" its middle: 2012 is not near February 2013 because December is.
    // Only the past: a plan for months ahead ("elections by July 31") is still said now.
    const middle = addDays(date.lo, Math.floor(daysBetween(date.lo, date.hi) / 2));
    const away = middle < from;
    bySentence.set(c.sentence.index, [...(bySentence.get(c.sentence.index) ?? []), away]);
  }
  return new Set([...bySentence].filter(([, away]) => away.every(Boolean)).map(([i]) => i));
}

function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
