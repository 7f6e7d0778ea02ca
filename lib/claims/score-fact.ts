// How well one claim fits one fact: the claim against each of the fact's exemplars (and its label), after the
// checks that rule a fact out outright. A rule-out is what keeps "8,000 pledged African troops" off "French troops
// in Mali" and "11 Malian soldiers killed" off "French soldiers killed": the evidence says whose, and it differs.
import type { ClaimValue } from '../story/runtime-types';
import { daysFrom } from '../quantity/calendar';
import { UNBOUNDED } from '../quantity/hedges';
import { cachedIn } from './cached';
import { type Exemplar, type FactProfile, measureOf, type StoryProfile } from './fact-profile';
import { SPEECH_DATE, type Features } from './features';
import { samePlace } from './lexicon';
import { STATUS_MARGIN, statusFit } from './statements';
import type { Claim } from './types';
import { wordTable } from '../quantity/word-table';

/** A fact's fit: a score in [0, 1], or a rule-out with its reason. */
export interface FactScore {
  fact: FactProfile;
  score: number;
  ruledOut: string | null;
}

// Shares of the score: the best exemplar, and the label's words found in the claim.
const EXEMPLAR_SHARE = 0.75;
const LABEL_SHARE = 0.25;
// A fact known only by its label (no exemplar left) scores on the label alone, discounted.
const LABEL_ONLY = 0.7;
// How far a figure may sit from every reviewed figure of a fact and still report it (a real dispute is rarely
// further apart than this; an order of magnitude is another thing counted).
const MAX_RATIO = wordTable<number>({ count: 8, distance: 4, duration: 3 });
const MAX_DAYS_APART = 45;
// A stem is part of what a fact is about when this share of its exemplars have it beside the figure.
const CORE_SHARE = 0.6;
// A figure far from the fact's reviewed figures keeps this share of its score at worst.
const VALUE_FLOOR = 0.4;
const DATE_VALUE_FLOOR = 0.2;
const QUANTITY_FALLOFF = Math.log(2);
const DATE_FALLOFF_DAYS = 14;
// A status claim about the fact's place whose words pick a status starts from this score.
const STATUS_BASE = 0.35;

/** Scores one claim against one fact of the story. */
export function scoreFact(
  claim: Claim,
  features: Features,
  profile: FactProfile,
  story: StoryProfile,
  beside: ReadonlySet<string> = new Set(),
): FactScore {
  const kind = profile.fact.kind;
  if (!claim.readings.some((r) => r.kind === kind))
    return ruledOut(profile, `a ${kind} fact, and the figure is no ${kind}`);
  if (kind === 'status') return scoreStatus(claim, features, profile);
  // "$350 million" or "60%" is no count of the fact's troops: a measure no reviewed figure of the fact has.
  const measure = measureOf(claim);
  if (kind === 'count' && profile.exemplars.length > 0 && !profile.exemplars.some((e) => e.measure === measure))
    return ruledOut(
      profile,
      `a figure of ${measure === 'count' ? 'things' : measure}, which the fact's figures are not`,
    );
  const far = tooFar(claim, profile, story);
  if (far) return ruledOut(profile, far);
  // Whose figure it is matters for amounts ("French" troops or "African"); a date's neighbours are no owners.
  const fitting =
    kind === 'count'
      ? profile.exemplars.filter((e) => !whoseConflict(features, e.features, profile))
      : profile.exemplars;
  if (profile.exemplars.length > 0 && fitting.length === 0)
    return ruledOut(profile, 'about someone else (its names and demonyms differ)');
  if (
    kind === 'count' &&
    profile.exemplars.length === 0 &&
    whoseConflict(features, { proper: [], names: [] }, profile)
  ) {
    return ruledOut(profile, 'about someone else than its label names');
  }
  // A count the label places somewhere ("Chadian troops in Kidal") is only reported by a figure placed there too.
  const missing =
    kind === 'count' ? locations(profile, story).filter((l) => ![...features.local].some((w) => samePlace(w, l))) : [];
  if (missing.length > 0) return ruledOut(profile, `not placed where the fact is (${missing.join(', ')})`);
  if (features.local.has(SPEECH_DATE) && !datesStatements(profile))
    return ruledOut(profile, 'the figure dates a statement, the fact an event');
  // One exemplar is no rule of what a count is about (one outlet's "deployed" against another's "fighting alongside"):
  // its value and whose it is decide.
  const core = kind === 'count' && profile.exemplars.length === 1 ? new Set<string>() : coreStems(profile, story);
  // Who said something is only the same fact for much of the same words: half of them; a figure needs one beside it.
  // A date dates its sentence's event ("Tonight, the minister says his forces have killed hundreds"): for dates the
  // sentence carries what the fact is about; for amounts, the words beside the figure.
  const around = kind === 'date' ? features.bag : features.local;
  const carried = [...core].filter((s) => around.has(s)).length;
  // A speaker beside a figure of a fact it goes with ("gave no exact number … last night") needs no more.
  const linkedBeside = kind === 'attribution' && [...profile.linked].some((l) => beside.has(l));
  if (core.size > 0 && !linkedBeside && (kind === 'attribution' ? carried < Math.ceil(core.size / 2) : carried === 0)) {
    return ruledOut(profile, `what the fact is about is not beside the figure (${[...core].join(', ')})`);
  }
  const labelFit = labelScore(features, profile, story);
  const floor = kind === 'date' ? DATE_VALUE_FLOOR : VALUE_FLOOR;
  const fit = floor + (1 - floor) * valueFit(claim, profile);
  if (fitting.length === 0) return { fact: profile, score: fit * LABEL_ONLY * labelFit, ruledOut: null };
  const own = normIn(features, story.idf);
  let best = 0;
  for (const e of fitting)
    best = Math.max(best, similarityOfNorms(features, own, e.features, normIn(e.features, story.idf), story.idf));
  return { fact: profile, score: fit * (EXEMPLAR_SHARE * best + LABEL_SHARE * labelFit), ruledOut: null };
}

// A fact ruled out for a claim, with the reason.
function ruledOut(profile: FactProfile, reason: string): FactScore {
  return { fact: profile, score: 0, ruledOut: reason };
}

// How close the claim's value is to the fact's reviewed values: for each reviewed claim, 1 when both can be true,
// falling off with the distance (a factor of two for amounts, about two weeks for dates); averaged over the
// reviewed claims, so that one broad figure ("by March") does not make every date of the month fit. Disputes are
// close, other facts far.
function valueFit(claim: Claim, profile: FactProfile): number {
  const value = claim.readings.find((r) => r.kind === profile.fact.kind)?.value;
  if (!value || profile.fact.claims.length === 0) return 1;
  let total = 0;
  for (const c of profile.fact.claims) total += pairFit(value, pointOf(c.value, c.figureText));
  return total / profile.fact.claims.length;
}

function pairFit(value: ClaimValue, r: ClaimValue): number {
  if (value.kind === 'quantity' && r.kind === 'quantity') {
    if (value.lo <= r.hi && r.lo <= value.hi) return 1;
    const ratio = value.lo > r.hi ? value.lo / Math.max(r.hi, 1e-9) : r.lo / Math.max(value.hi, 1e-9);
    return Math.exp(-Math.log(ratio) / QUANTITY_FALLOFF);
  }
  if (value.kind === 'date' && r.kind === 'date') return Math.exp(-daysApart(value, r) / DATE_FALLOFF_DAYS);
  return 1;
}

// A deadline ("by July 31", "until March") runs from publication to its day: the day is what it names.
function pointOf(value: ClaimValue, figure: string): ClaimValue {
  return value.kind === 'date' && /^(by|until|till|no later than)\b/i.test(figure.trim())
    ? { ...value, lo: value.hi }
    : value;
}

/** Weighted cosine of two feature bags, each stem weighted by how telling it is in the story. */
export function similarity(a: Features, b: Features, idf: Map<string, number>): number {
  return similarityOfNorms(a, bagNorm(a, idf), b, bagNorm(b, idf), idf);
}

/** The squared weighted length of a bag (`similarity` divides by it): computed once per claim where it is reused. */
export function bagNorm(features: Features, idf: Map<string, number>): number {
  let norm = 0;
  for (const [s, w] of features.bag) norm += (w * (idf.get(s) ?? maxIdf(idf))) ** 2;
  return norm;
}

const normsOf = new WeakMap<Map<string, number>, WeakMap<Features, number>>();

// A bag's norm within one story, worked out once: a page's claim meets every fact, an exemplar every claim.
function normIn(features: Features, idf: Map<string, number>): number {
  const norms = cachedIn(normsOf, idf, () => new WeakMap<Features, number>());
  return cachedIn(norms, features, () => bagNorm(features, idf));
}

/** `similarity` of two bags whose `bagNorm`s are known. */
export function similarityOfNorms(a: Features, na: number, b: Features, nb: number, idf: Map<string, number>): number {
  if (na === 0 || nb === 0) return 0;
  let dot = 0;
  for (const [s, w] of a.bag) {
    const v = b.bag.get(s);
    if (v === undefined) continue;
    const i = idf.get(s) ?? maxIdf(idf);
    dot += w * v * i * i;
  }
  return dot / Math.sqrt(na * nb);
}

const maxIdfOf = new WeakMap<Map<string, number>, number>();

// The weight of a stem no fact uses: the most telling there is (computed once per story).
function maxIdf(idf: Map<string, number>): number {
  return cachedIn(maxIdfOf, idf, () => {
    let max = 1;
    for (const v of idf.values()) if (v > max) max = v;
    return max;
  });
}

// Share of the label's telling words that the claim's own phrase and surroundings carry.
function labelScore(features: Features, profile: FactProfile, story: StoryProfile): number {
  let total = 0;
  let found = 0;
  for (const s of profile.label) {
    const i = story.idf.get(s) ?? 1;
    total += i;
    if (features.local.has(s) || features.names.some((n) => samePlace(n, s))) found += i;
    else if (features.bag.has(s)) found += i / 3;
  }
  return total === 0 ? 0 : found / total;
}

// A claim's own demonyms and owners ("Malian soldiers", "France's troops", "Mali says 11 of its soldiers") must be
// those of the exemplar (or of the label, for a fact known by its label alone); "French" and "France" are one
// place, "Malian" and "French" are not.
function whoseConflict(claim: Features, exemplar: Pick<Features, 'proper' | 'names'>, profile: FactProfile): boolean {
  if (claim.proper.length === 0) return false;
  const theirs = [...exemplar.proper, ...exemplar.names, ...profile.labelNames];
  return !claim.proper.every((p) => theirs.some((t) => samePlace(p, t)));
}

// What the fact is about, in the reviewer's label's words, confirmed by most of its exemplars (by its only exemplar,
// or by the label alone when none is left): a claim without one of them beside its figure is about something else.
// Places are left out (whose it is, is the demonym check's job), and so are words most facts share.
const coreOf = new WeakMap<FactProfile, Set<string>>();

function coreStems(profile: FactProfile, story: StoryProfile): Set<string> {
  const cached = coreOf.get(profile);
  if (cached) return cached;
  const n = profile.exemplars.length;
  const core = new Set<string>();
  coreOf.set(profile, core);
  for (const s of new Set([...profile.label, ...profile.labelNames])) {
    // Whose it is ("French", "Malian") is the demonym check's job; a named force or town ("AFISMA", "Kidal") is
    // part of what the fact is about.
    if (story.nations.some((p) => samePlace(p, s))) continue;
    if ((story.idf.get(s) ?? Infinity) < Math.log(1 + 1.5)) continue;
    const around = (e: Exemplar) => (profile.fact.kind === 'date' ? e.features.bag : e.features.local);
    const carried = profile.exemplars.filter((e) => around(e).has(s)).length;
    // Few exemplars are no majority: with fewer than three, one carrying the label's word is enough (an
    // attribution keeps the stricter share, since it needs every one of them).
    const enough = n < 3 && profile.fact.kind !== 'attribution' ? carried >= 1 : carried / n >= CORE_SHARE;
    if (n === 0 || enough) core.add(s);
  }
  return core;
}

// The places a fact's label names that the story never uses as an owner: where, not whose ("Kidal", not "Chadian").
// Worked out once per fact: every count claim of a page asks.
const locationsOf = new WeakMap<FactProfile, string[]>();

function locations(profile: FactProfile, story: StoryProfile): string[] {
  return cachedIn(locationsOf, profile, () =>
    profile.labelNames.filter(
      (n) => story.places.some((p) => samePlace(p, n)) && !story.nations.some((x) => samePlace(x, n)),
    ),
  );
}

// Whether a date fact is about when something was said: one of its exemplars dates a statement, or its label
// names a saying ("Day … gave the toll").
function datesStatements(profile: FactProfile): boolean {
  if (profile.exemplars.some((e) => e.features.local.has(SPEECH_DATE))) return true;
  return profile.label.includes('say');
}

// A status claim reports a status fact when it is about the fact's place and its words clearly pick one of the
// statuses reviewers recorded; its score is how clearly.
function scoreStatus(claim: Claim, features: Features, profile: FactProfile): FactScore {
  if (!subjectFits(features, profile)) return { fact: profile, score: 0, ruledOut: 'about another place' };
  const fit = statusFit(claim, profile);
  if (!fit || fit.margin < STATUS_MARGIN)
    return { fact: profile, score: 0, ruledOut: 'its words do not say which status' };
  return {
    fact: profile,
    score: STATUS_BASE + (1 - STATUS_BASE) * Math.min(1, fit.score + fit.margin),
    ruledOut: null,
  };
}

// The place a status fact is about is the one its label names ("Status of Kidal"), or its exemplars' place.
function subjectFits(features: Features, profile: FactProfile): boolean {
  const subject = features.subject
    ?.toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
  if (!subject) return false;
  const places =
    profile.labelNames.length > 0
      ? profile.labelNames
      : profile.exemplars.map((e) => e.features.subject?.toLowerCase() ?? '');
  return subject
    .split(/\s+/)
    .some((w) => places.some((p) => p.split(/\s+/).some((x) => x.length > 2 && samePlace(w, x))));
}

// A figure an order of magnitude (or months) away from every reviewed figure of the fact reports something else.
function tooFar(claim: Claim, profile: FactProfile, story: StoryProfile): string | null {
  const reading = claim.readings.find((r) => r.kind === profile.fact.kind);
  const value = reading?.value;
  const reviewed = profile.fact.claims.map((c) => c.value);
  if (!value) return null;
  if (reviewed.length === 0) {
    // A fact known only by its label: a date must at least fall near the story's own dates.
    const window = { kind: 'date' as const, lo: story.story.dates.start, hi: story.story.dates.end };
    return value.kind === 'date' && daysApart(value, window) > MAX_DAYS_APART
      ? 'its date is months from the story'
      : null;
  }
  if (value.kind === 'quantity') {
    const ratio = MAX_RATIO[profile.fact.kind] ?? 8;
    // "more than 80" says about 80, not "anything up to infinity".
    const hi = value.hi >= UNBOUNDED ? value.lo * 2 : value.hi;
    const near = reviewed.some(
      (r) => r.kind === 'quantity' && value.lo <= (r.hi >= UNBOUNDED ? r.lo * 2 : r.hi) * ratio && hi * ratio >= r.lo,
    );
    return near ? null : 'its figure is far from every reviewed figure of the fact';
  }
  if (value.kind === 'date') {
    const near = reviewed.some((r) => r.kind === 'date' && daysApart(value, r) <= MAX_DAYS_APART);
    if (!near) return 'its date is months from every reviewed date of the fact';
    // A year ("2012") reports a fact that is dated by the year, not one dated to a day near New Year.
    if (
      daysFrom(value.lo, value.hi) >= 300 &&
      !reviewed.some((r) => r.kind === 'date' && daysFrom(r.lo, r.hi) >= 150)
    ) {
      return 'a whole year, and the fact is dated more finely';
    }
    return null;
  }
  return null;
}

function daysApart(a: ClaimValue & { kind: 'date' }, b: ClaimValue & { kind: 'date' }): number {
  if (a.lo <= b.hi && b.lo <= a.hi) return 0;
  return a.hi < b.lo ? dayOf(b.lo) - dayOf(a.hi) : dayOf(a.lo) - dayOf(b.hi);
}

function dayOf(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}
