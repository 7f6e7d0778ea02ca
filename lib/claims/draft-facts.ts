// Drafting a story's facts from its articles alone: every claim of every text, grouped with the claims of other
// texts (and of its own) that report the same thing, by the same features alignment uses. The result is a draft:
// labels are proposals, groups are guesses, and every fact is marked for a reviewer to check.
import { extractClaims } from './extract-claims';
import { featuresOf } from './features';
import { cluster, cohesion } from './draft-cluster';
import { ownerOf } from './draft-owners';
import { claimIdf, type DraftItem as Item, measureItem, pairSimilarities, UNMEASURED } from './draft-pairs';
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
  /**
   * How alike its claims from different texts are, on average (the similarity they were grouped by), or null when
   * only one text reports it: how sure the grouping is.
   */
  cohesion: number | null;
}

/** Grouping thresholds (see lib/claims/README.md for the figures they were chosen from). */
export const DRAFT_THRESHOLDS: { merge: number; sameText: number } = {
  /** Least average similarity between two groups for them to merge. */
  merge: 0.17,
  /** Two claims of one text alone are one fact only when they are this alike (a text repeating a figure). */
  sameText: 0.6,
};

const KINDS = new Set(['count', 'date', 'duration', 'distance', 'attribution', 'status']);

/** Extracts every text's claims and groups them into draft facts, largest groups first. */
export function draftFacts(articles: readonly DraftArticle[]): DraftFact[] {
  const items: Item[] = [];
  for (const a of articles) {
    for (const claim of extractClaims(a.text, { published: a.published })) {
      if (!KINDS.has(claim.kind) || (claim.value === null && claim.kind !== 'status')) continue;
      const features = featuresOf(claim);
      items.push({ article: a.id, claim, features, beside: new Set(), owner: ownerOf(claim), ...UNMEASURED });
    }
  }
  const idf = claimIdf(items);
  for (const it of items) measureItem(it, idf);
  // The claims of each sentence, in order: what is beside a claim.
  const bySentence = new Map<string, Item[]>();
  const sentenceOf = (it: Item) => `${it.article}\u0000${it.claim.sentence.index}`;
  for (const it of items) {
    const same = bySentence.get(sentenceOf(it));
    if (same) same.push(it);
    else bySentence.set(sentenceOf(it), [it]);
  }
  // Figures first; then the dates of statements and the speakers, each grouped by the figures beside them ("who
  // gave the toll" speaks in the sentences whose figures are the toll, and so does the day the toll was given).
  const isStatement = (it: Item) =>
    it.claim.kind === 'attribution' || (it.claim.kind === 'date' && it.claim.datesStatement);
  // One matrix of similarities, each block filled when its claims are grouped: pairs of other kinds are 0 (never one
  // fact), and a pair's similarity depends only on what is known when its block is filled.
  const sims = new Float64Array(items.length * items.length);
  const figures = items.map((_, i) => i).filter((i) => !isStatement(items[i]!));
  const figureGroups = cluster(items, figures, pairSimilarities(items, figures, idf, sims), DRAFT_THRESHOLDS);
  figureGroups.forEach((group, g) => {
    for (const i of group) for (const other of bySentence.get(sentenceOf(items[i]!))!) other.beside.add(g);
  });
  const dates = items.map((_, i) => i).filter((i) => items[i]!.claim.kind === 'date' && isStatement(items[i]!));
  const dateGroups = cluster(items, dates, pairSimilarities(items, dates, idf, sims), DRAFT_THRESHOLDS);
  dateGroups.forEach((group, g) => {
    for (const i of group) {
      for (const other of bySentence.get(sentenceOf(items[i]!))!)
        if (other.claim.kind === 'attribution') other.beside.add(figureGroups.length + g);
    }
  });
  const speakers = items.map((_, i) => i).filter((i) => items[i]!.claim.kind === 'attribution');
  const speakerGroups = cluster(items, speakers, pairSimilarities(items, speakers, idf, sims), DRAFT_THRESHOLDS);
  const groups = [...figureGroups, ...dateGroups, ...speakerGroups];
  const used = new Set<string>();
  return groups
    .sort((a, b) => b.length - a.length || firstStart(items, a) - firstStart(items, b))
    .map((group) => {
      const members = group.map((i) => items[i]!);
      const label = proposeLabel(members);
      return {
        id: uniqueId(slug(label), used),
        label,
        kind: members[0]!.claim.kind,
        claims: members.map((m) => ({ article: m.article, claim: m.claim })),
        cohesion: cohesion(group, items, sims),
      };
    });
}

function firstStart(items: readonly Item[], group: readonly number[]): number {
  return Math.min(...group.map((i) => items[i]!.claim.figure.start));
}

// "French troops", "in March (withdrawing its troops)": the commonest counted phrase, or what the date is of.
function proposeLabel(members: readonly Item[]): string {
  const first = members[0]!.claim;
  const phrases = new Map<string, number>();
  for (const m of members) {
    const text =
      m.claim.kind === 'attribution' ? `Who said: ${m.claim.sentence.text.slice(0, 60)}` : m.claim.concept.text;
    if (text) phrases.set(text, (phrases.get(text) ?? 0) + 1);
  }
  const phrase = [...phrases].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]?.[0] ?? first.figure.text;
  switch (first.kind) {
    case 'count':
      return capitalise(phrase);
    case 'date':
      return `When: ${phrase}`;
    case 'duration':
      // An age is read as years but is no span of time: "Age: boy", not "How long: boy".
      return members.every((m) => m.claim.quantity?.kind === 'age') ? `Age: ${phrase}` : `How long: ${phrase}`;
    case 'distance':
      return `Distance: ${phrase}`;
    default:
      return phrase;
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function slug(label: string): string {
  return (
    label
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .split('-')
      .slice(0, 6)
      .join('-') || 'fact'
  );
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
