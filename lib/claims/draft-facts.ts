// Drafting a story's facts from its articles alone: every claim of every text, grouped with the claims of other
// texts (and of its own) that report the same thing, by the same features alignment uses. The result is a draft:
// labels are proposals, groups are guesses, and every fact is marked for a reviewer to check.
import { extractClaims } from './extract-claims';
import { featuresOf, type Features } from './features';
import { samePlace } from './lexicon';
import { similarity } from './score-fact';
import type { Claim } from './types';

/** One text to draft from. */
export interface DraftArticle {
  id: string;
  text: string;
  /** The day relative dates are read from, or null. */
  published: string | null;
}

/** A drafted fact: the claims grouped as one, and a proposed label. */
export interface DraftFact {
  id: string;
  label: string;
  kind: Claim['kind'];
  claims: { article: string; claim: Claim }[];
}

/** Grouping thresholds (see lib/claims/README.md for the figures they were chosen from). */
export const DRAFT_THRESHOLDS = {
  /** Least average similarity between two groups for them to merge. */
  merge: 0.42,
  /** Two claims of one text are one fact only when they are this alike (a text repeats a figure in other words). */
  sameText: 0.6,
} as const;

interface Item {
  article: string;
  claim: Claim;
  features: Features;
}

const KINDS = new Set(['count', 'date', 'duration', 'distance', 'attribution']);

/** Extracts every text's claims and groups them into draft facts, largest groups first. */
export function draftFacts(articles: readonly DraftArticle[]): DraftFact[] {
  const items: Item[] = [];
  for (const a of articles) {
    for (const claim of extractClaims(a.text, { published: a.published })) {
      if (!KINDS.has(claim.kind) || claim.value === null) continue;
      items.push({ article: a.id, claim, features: featuresOf(claim) });
    }
  }
  const idf = claimIdf(items);
  const sim = pairSimilarities(items, idf);
  const groups = cluster(items, sim);
  const used = new Set<string>();
  return groups
    .sort((a, b) => b.length - a.length || firstStart(items, a) - firstStart(items, b))
    .map((group) => {
      const members = group.map((i) => items[i]!);
      const label = proposeLabel(members);
      return { id: uniqueId(slug(label), used), label, kind: members[0]!.claim.kind, claims: members.map((m) => ({ article: m.article, claim: m.claim })) };
    });
}

function firstStart(items: readonly Item[], group: readonly number[]): number {
  return Math.min(...group.map((i) => items[i]!.claim.figure.start));
}

function claimIdf(items: readonly Item[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const it of items) for (const s of it.features.bag.keys()) df.set(s, (df.get(s) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [s, d] of df) idf.set(s, Math.log(1 + items.length / d));
  return idf;
}

// Pairwise similarity, 0 for pairs that cannot be one fact (other kind, other people's, far-apart values).
function pairSimilarities(items: readonly Item[], idf: Map<string, number>): Float64Array {
  const n = items.length;
  const sim = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = pairSimilarity(items[i]!, items[j]!, idf);
      sim[i * n + j] = s;
      sim[j * n + i] = s;
    }
  }
  return sim;
}

function pairSimilarity(a: Item, b: Item, idf: Map<string, number>): number {
  if (a.claim.kind !== b.claim.kind) return 0;
  if (a.claim.kind === 'count' && (!a.features.head || !b.features.head || a.features.head !== b.features.head)) return 0;
  if (properConflict(a.features, b.features)) return 0;
  if (!valuesNear(a.claim, b.claim)) return 0;
  const s = similarity(a.features, b.features, idf);
  if (a.article === b.article) return s >= DRAFT_THRESHOLDS.sameText ? s : 0;
  return s;
}

function properConflict(a: Features, b: Features): boolean {
  const whose = (f: Features) => (f.proper.length > 0 ? f.proper : f.nearNames);
  const x = whose(a);
  const y = whose(b);
  if (x.length === 0 || y.length === 0) return false;
  return !x.some((p) => y.some((q) => samePlace(p, q)));
}

// Two figures of one fact are rarely an order of magnitude (or more than three months) apart.
function valuesNear(a: Claim, b: Claim): boolean {
  const x = a.value;
  const y = b.value;
  if (!x || !y || x.kind !== y.kind) return true;
  if (x.kind === 'quantity' && y.kind === 'quantity') return x.lo <= y.hi * 4 && y.lo <= x.hi * 4;
  if (x.kind === 'date' && y.kind === 'date') {
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    const gap = x.lo <= y.hi && y.lo <= x.hi ? 0 : Math.min(Math.abs(day(x.lo) - day(y.hi)), Math.abs(day(y.lo) - day(x.hi)));
    return gap <= 31;
  }
  return true;
}

// Average-linkage agglomerative clustering: merge the two most alike groups while they are alike enough.
function cluster(items: readonly Item[], sim: Float64Array): number[][] {
  const n = items.length;
  let groups = items.map((_, i) => [i]);
  for (;;) {
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const s = linkage(groups[i]!, groups[j]!, sim, n);
        if (s > best) [best, bi, bj] = [s, i, j];
      }
    }
    if (best < DRAFT_THRESHOLDS.merge || bi < 0) return groups;
    const merged = [...groups[bi]!, ...groups[bj]!];
    groups = groups.filter((_, k) => k !== bi && k !== bj);
    groups.push(merged);
  }
}

function linkage(a: readonly number[], b: readonly number[], sim: Float64Array, n: number): number {
  let total = 0;
  for (const i of a) {
    for (const j of b) {
      const s = sim[i * n + j]!;
      if (s === 0) return 0; // one pair that cannot be one fact keeps the groups apart
      total += s;
    }
  }
  return total / (a.length * b.length);
}

// "French troops", "in March (withdrawing its troops)": the commonest counted phrase, or what the date is of.
function proposeLabel(members: readonly Item[]): string {
  const first = members[0]!.claim;
  const phrases = new Map<string, number>();
  for (const m of members) {
    const text = m.claim.kind === 'attribution' ? `Who said: ${m.claim.sentence.text.slice(0, 60)}` : m.claim.concept.text;
    if (text) phrases.set(text, (phrases.get(text) ?? 0) + 1);
  }
  const phrase = [...phrases].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]?.[0] ?? first.figure.text;
  switch (first.kind) {
    case 'count': return capitalise(phrase);
    case 'date': return `When: ${phrase}`;
    case 'duration': return `How long: ${phrase}`;
    case 'distance': return `Distance: ${phrase}`;
    default: return phrase;
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function slug(label: string): string {
  return label.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').split('-').slice(0, 6).join('-') || 'fact';
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
