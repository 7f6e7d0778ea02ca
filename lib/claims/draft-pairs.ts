// How alike two drafted claims are, for grouping them into facts (draft-facts.ts): the words beside their figures,
// their sentences and whether their values can both be true; 0 for two claims that can never be one fact.
import { compatible } from '../disputes/compatible';
import { SPEECH_DATE, type Features } from './features';
import { samePlace } from './lexicon';
import { bagNorm, similarityOfNorms } from './score-fact';
import { otherActions, otherAges, otherHappenings, otherOwners, otherStatements } from './draft-owners';
import type { Claim } from './types';

const WEIGHTS = { local: 0.6, sentence: 0.25, value: 0.15 } as const;
const STATEMENT_WEIGHTS = { local: 0.15, sentence: 0.65, value: 0.2 } as const;
// Two statements are one fact when at least half of the figures beside them are.
const BESIDE_SHARE = 0.5;

// How alike the words beside two figures must be for figures that cannot both be true to be one (disputed) fact;
// for two days to date the same thing; and how alike two statements must be for one speaker fact.
const DISPUTED_LOCAL = 0.3;
const DATE_LOCAL = 0.05;
const SAME_STATEMENT = 0.5;

// Compatible claims are never quite 0 alike (0 means "cannot be one fact").
const MIN_SIMILARITY = 1e-6;

/** A claim being drafted, with what grouping and the pairs read of it. */
export interface DraftItem {
  article: string;
  claim: Claim;
  features: Features;
  /** Figure groups with a claim in the same sentence (set once figures are grouped; speakers are grouped by them). */
  beside: Set<number>;
  /** The person the figure is given for, when its sentence says (draft-owners.ts). */
  owner: string | null;
  /** The weighted norm of its bag under the claims' idf (`measureItem`), read by every pair it is in. */
  norm: number;
  /** Its features without the saying (`said`) and their norm, once a pair has asked for them. */
  said: { features: Features; norm: number } | null;
  /** A date's first and last day as day numbers, or null. */
  days: [number, number] | null;
}

/** What `measureItem` fills in, before it has. */
export const UNMEASURED = { norm: 0, said: null, days: null } as const;

/** Fills in what every pair of a claim reads of it: the norm of its bag under `idf`, a date's days. */
export function measureItem(it: DraftItem, idf: Map<string, number>): void {
  it.norm = bagNorm(it.features, idf);
  const value = it.claim.value;
  if (value?.kind === 'date') it.days = [dayNumber(value.lo), dayNumber(value.hi)];
}

function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

/** How telling each stem is among the claims: log(1 + claims / claims with it). */
export function claimIdf(items: readonly DraftItem[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const it of items) for (const s of it.features.bag.keys()) df.set(s, (df.get(s) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [s, d] of df) idf.set(s, Math.log(1 + items.length / d));
  return idf;
}

/**
 * Pairwise similarity of the members, written into `sim` (n × n over every item, both ways); 0 for pairs that cannot
 * be one fact (other kind, other people's, far-apart values).
 */
export function pairSimilarities(
  items: readonly DraftItem[],
  members: readonly number[],
  idf: Map<string, number>,
  sim: Float64Array,
): Float64Array {
  const n = items.length;
  // Claims of different kinds (and counts of different things) are never one fact: only pairs within one kind and
  // counted noun are compared, and the others stay 0.
  const kinds = new Map<string, number[]>();
  for (const i of members) {
    const it = items[i]!;
    const key = it.claim.kind === 'count' ? `count:${it.features.head ?? ''}` : it.claim.kind;
    if (it.claim.kind === 'count' && !it.features.head) continue;
    const same = kinds.get(key);
    if (same) same.push(i);
    else kinds.set(key, [i]);
  }
  for (const same of kinds.values()) {
    for (let x = 0; x < same.length; x++) {
      for (let y = x + 1; y < same.length; y++) {
        const i = same[x]!;
        const j = same[y]!;
        const s = pairSimilarity(items[i]!, items[j]!, idf);
        sim[i * n + j] = s;
        sim[j * n + i] = s;
      }
    }
  }
  return sim;
}

// How alike two claims are: the words beside their figures most, their sentences next, and whether their values
// can both be true.
function pairSimilarity(a: DraftItem, b: DraftItem, idf: Map<string, number>): number {
  if (!compatibleItems(a, b)) return 0;
  // Speakers and the days they spoke: mostly the same figures beside them, or (when one has none) the same words said.
  const statement = a.claim.kind === 'attribution' || a.claim.datesStatement;
  if (statement && a.beside.size > 0 && b.beside.size > 0) {
    const shared = [...a.beside].filter((g) => b.beside.has(g)).length;
    const jaccard = shared / Math.min(a.beside.size || 1, b.beside.size || 1);
    if (jaccard < BESIDE_SHARE) return 0;
    if (a.claim.kind === 'attribution') return Math.max(jaccard, alike(a, b, idf));
  } else if (a.claim.kind === 'attribution') {
    // A speaker beside no figure is one fact with another only for the same words said, not the same "police said".
    const said = alike(a, b, idf);
    return said < SAME_STATEMENT ? MIN_SIMILARITY : said;
  }
  // A date of a statement is told apart by what was said (its sentence), not by who said it (the words beside it).
  const w = a.claim.datesStatement ? STATEMENT_WEIGHTS : WEIGHTS;
  const local = weightedJaccard(a.features.local, b.features.local, idf);
  const value = agree(a, b) ? 1 : 0;
  // Figures that cannot both be true are one fact only when reported in the same words (a real dispute, "4,000
  // French troops" and "2,150 French troops"); otherwise they are two things of one kind ("one victim", "two victims").
  if (value === 0 && local < DISPUTED_LOCAL) return MIN_SIMILARITY;
  // Two days are one fact when they date the same thing: some word of what happened is beside both.
  if (a.claim.kind === 'date' && !a.claim.datesStatement && local < DATE_LOCAL) return MIN_SIMILARITY;
  // The sentences are compared last: most pairs are decided by the words beside their figures and their values.
  const sentence = a.claim.datesStatement ? saidAlike(a, b, idf) : alike(a, b, idf);
  return Math.max(MIN_SIMILARITY, w.local * local + w.sentence * sentence + w.value * value);
}

// The similarity of two claims' features (score-fact.ts), with the norms worked out once per claim.
function alike(a: DraftItem, b: DraftItem, idf: Map<string, number>): number {
  return similarityOfNorms(a.features, a.norm, b.features, b.norm, idf);
}

// How alike two statements' dates are in what was said (their features without the saying).
function saidAlike(a: DraftItem, b: DraftItem, idf: Map<string, number>): number {
  const x = saidOf(a, idf);
  const y = saidOf(b, idf);
  return similarityOfNorms(x.features, x.norm, y.features, y.norm, idf);
}

// A claim's features without the saying and their norm, worked out on the first pair that asks.
function saidOf(item: DraftItem, idf: Map<string, number>): { features: Features; norm: number } {
  if (!item.said) {
    const features = said(item);
    item.said = { features, norm: bagNorm(features, idf) };
  }
  return item.said;
}

// The features of a statement's date without the saying: no speech verb, no speaker's name.
function said(item: DraftItem): Features {
  const names = new Set(item.claim.names.people.flatMap((p) => p.toLowerCase().split(/[\s-]+/)));
  const bag = new Map([...item.features.bag].filter(([s]) => s !== 'say' && s !== SPEECH_DATE && !names.has(s)));
  return { ...item.features, bag };
}

// Weighted Jaccard of two sets of stems; the union is visited in the order of `new Set([...a, ...b])`, so the sums
// add up in the same order whatever the sets.
function weightedJaccard(a: ReadonlySet<string>, b: ReadonlySet<string>, idf: Map<string, number>): number {
  let shared = 0;
  let all = 0;
  for (const s of a) {
    const w = idf.get(s) ?? 1;
    all += w;
    if (b.has(s)) shared += w;
  }
  for (const s of b) if (!a.has(s)) all += idf.get(s) ?? 1;
  return all === 0 ? 0 : shared / all;
}

// Whether two claims could be one fact at all: one kind; for counts the same counted noun and the same owner; for
// statuses the same place; values no further apart than two outlets' reports of one thing ever are.
function compatibleItems(a: DraftItem, b: DraftItem): boolean {
  if (a.claim.kind !== b.claim.kind) return false;
  if (a.claim.kind === 'count' && (!a.features.head || a.features.head !== b.features.head)) return false;
  if (
    a.claim.kind === 'status' &&
    !(a.claim.subject && b.claim.subject && samePlace(fold(a.claim.subject), fold(b.claim.subject)))
  )
    return false;
  if (a.claim.kind === 'count' && properConflict(a.features, b.features)) return false;
  // Another person's age or count ("4-year-old Olivia", "6-year-old Onya"), another action (killed, wounded).
  if ((a.claim.kind === 'count' || a.claim.kind === 'duration') && otherOwners(a.owner, b.owner)) return false;
  if (a.claim.kind === 'duration' && otherAges(a.claim, b.claim, a.owner, b.owner)) return false;
  if (a.claim.kind === 'count' && otherActions(a.features, b.features)) return false;
  // A date of a statement ("said on Tuesday") is never one fact with the date of an event ("from March").
  if (a.claim.kind === 'date' && a.claim.datesStatement !== b.claim.datesStatement) return false;
  if (a.claim.kind === 'date' && !a.claim.datesStatement && otherHappenings(a.features, b.features)) return false;
  // Two speakers who share no word ("Krzykowski" and "News-Herald Media"), or two statements about other people
  // ("Police said Peter Noack was hunting", "Police say Cheyanne Green was hunting"), are two statements.
  if (a.claim.kind === 'attribution' && otherStatements(a.claim, b.claim)) return false;
  // One sentence does not give one fact twice with two values: "one man was killed and three were wounded", "shot
  // on Sept. 3, died on Saturday" are two facts.
  if (a.article === b.article && a.claim.sentence.index === b.claim.sentence.index && !bothTrue(a, b)) return false;
  return valuesNear(a, b);
}

// Whether two claims' values can both be true: a claim with no value (a status, a speaker) is no other value.
function bothTrue(a: DraftItem, b: DraftItem): boolean {
  return !a.claim.value || !b.claim.value || agree(a, b);
}

// Whether two claims have values and both can be true: of one kind and, for amounts, one unit ("$350 million" and
// "60%", "5 feet" and "180 pounds" are never the same figure, and values in different units are not compared).
function agree(a: DraftItem, b: DraftItem): boolean {
  const x = a.claim.value;
  const y = b.claim.value;
  if (!x || !y || x.kind !== y.kind) return false;
  if (x.kind === 'quantity' && y.kind === 'quantity' && x.unit !== y.unit) return false;
  return compatible(x, y);
}

function fold(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

// Two counts are of different owners when both name whose they are and the names differ ("French" and "African").
function properConflict(a: Features, b: Features): boolean {
  if (a.proper.length === 0 || b.proper.length === 0) return false;
  return !a.proper.some((p) => b.proper.some((q) => samePlace(p, q)));
}

// Two figures of one fact are rarely an order of magnitude (or more than three months) apart.
function valuesNear(a: DraftItem, b: DraftItem): boolean {
  const x = a.claim.value;
  const y = b.claim.value;
  if (!x || !y || x.kind !== y.kind) return true;
  if (x.kind === 'quantity' && y.kind === 'quantity') return x.lo <= y.hi * 4 && y.lo <= x.hi * 4;
  if (x.kind === 'date' && y.kind === 'date') {
    const [xLo, xHi] = a.days!;
    const [yLo, yHi] = b.days!;
    const gap = x.lo <= y.hi && y.lo <= x.hi ? 0 : Math.min(Math.abs(xLo - yHi), Math.abs(yLo - xHi));
    return gap <= 31;
  }
  return true;
}
