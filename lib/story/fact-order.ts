// The one order facts are shown in, everywhere: the sidebar's cards and table, `npm run facts`, the built index.
// A pure function of the data: whether the page reports the fact, its status, its weight, how widely it is reported.
import type { FactStatus, RuntimeFact } from './runtime-types';

/** The lightest and heaviest weight a reviewer may give a fact in facts.json. */
export const WEIGHT_MIN = 1;
export const WEIGHT_MAX = 5;

/**
 * Weight of a fact no reviewer weighed, by kind: how many people, troops or casualties comes before a place's
 * status or a span of time, which come before the day something was said or who said it.
 */
export const KIND_WEIGHT: Readonly<Record<RuntimeFact['kind'], number>> = Object.freeze({
  count: 4,
  status: 3,
  duration: 3,
  distance: 3,
  date: 2,
  attribution: 2,
});

const STATUS_RANK: Record<FactStatus, number> = { disputed: 0, consistent: 1, 'single-source': 2 };

/** What the order reads from a fact (a runtime fact fits; so does a fact aligned automatically on an event page). */
export interface OrderableFact {
  id: string;
  label: string;
  kind: RuntimeFact['kind'];
  status: FactStatus;
  /** A reviewer's weight, WEIGHT_MIN–WEIGHT_MAX; absent when none was given. */
  weight?: number | null;
  claims: readonly { article: string }[];
}

/** Whether a value is a weight a reviewer may write: a whole number from WEIGHT_MIN to WEIGHT_MAX. */
export function isWeight(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= WEIGHT_MIN && value <= WEIGHT_MAX;
}

/** The weight the order uses: the reviewer's when valid, else the kind's (an unknown kind weighs least). */
export function factWeight(fact: Pick<OrderableFact, 'kind' | 'weight'>): number {
  return isWeight(fact.weight) ? fact.weight : (KIND_WEIGHT[fact.kind] ?? WEIGHT_MIN);
}

/** Ids of the facts an article makes a claim about: what "this article reports" means for an indexed page. */
export function factsReportedBy(facts: readonly OrderableFact[], articleId: string | null): Set<string> {
  return new Set(facts.filter((f) => f.claims.some((c) => c.article === articleId)).map((f) => f.id));
}

// Code-unit order, never the locale's: the same on every machine and in every browser.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function reportingArticles(fact: OrderableFact): number {
  return new Set(fact.claims.map((c) => c.article)).size;
}

/**
 * Compares two facts for display: those the page reports first (when `reported` is given), then disputed,
 * consistent, single-source; then heavier first; then reported by more articles; then by label and id.
 */
export function compareFacts(a: OrderableFact, b: OrderableFact, reported?: ReadonlySet<string> | null): number {
  const here = reported ? Number(reported.has(b.id)) - Number(reported.has(a.id)) : 0;
  return (
    here ||
    (STATUS_RANK[a.status] ?? 3) - (STATUS_RANK[b.status] ?? 3) ||
    factWeight(b) - factWeight(a) ||
    reportingArticles(b) - reportingArticles(a) ||
    compareText(a.label, b.label) ||
    compareText(a.id, b.id)
  );
}

/** The facts in display order (a new array); `reported` holds the ids of the facts the page reports. */
export function orderFacts<T extends OrderableFact>(facts: readonly T[], reported?: ReadonlySet<string> | null): T[] {
  return [...facts].sort((a, b) => compareFacts(a, b, reported));
}

/** Why a fact sits where it does, in words for `npm run facts`: "reported here, disputed, weight 4 (count)". */
export function orderReason(fact: OrderableFact, reported?: ReadonlySet<string> | null): string {
  const parts: string[] = [];
  if (reported) parts.push(reported.has(fact.id) ? 'reported here' : 'not reported here');
  parts.push(fact.status);
  parts.push(`weight ${factWeight(fact)} (${isWeight(fact.weight) ? 'reviewer' : fact.kind})`);
  parts.push(`${reportingArticles(fact)} article${reportingArticles(fact) === 1 ? '' : 's'}`);
  return parts.join(', ');
}
