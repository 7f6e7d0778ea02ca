// A fact's computed status and flags from its claims. The rules, and why:
// - `single-source`: every claim comes from one outlet. Revisions of one article are one outlet: CNN
//   saying something twice is still one source.
// - `disputed`: some two claims from different outlets cannot both be true. Every revision's claims count,
//   each on its own: a superseded revision was published and read, the reader may be looking at it (the
//   same address served both), and its figure is what the sidebar shows that reader. A correction that
//   brings a late revision into line is told by `changedBetweenRevisions`; a reviewer who judges the old
//   figure retracted can override the status with a written reason.
// - Revisions of one article disagreeing with each other do not make a dispute: that is a revision
//   change, reported in `changedBetweenRevisions`.
// - `consistent`: several outlets, and no two of their claims conflict.
// Id lists are sorted and deduplicated so the built index is byte-for-byte reproducible.
import type { ClaimValue, FactFlags, FactKind, FactStatus } from './values';
import { compatible, valueKey } from './compatible';

export { compatible, sameValue } from './compatible';

/** One claim, with what the assessment needs to know about where it comes from. */
export interface ClaimForAssessment {
  article: string;
  /** Outlet identity: claims of revisions of one article share it (e.g. 'cnn:mali-conflict'); other articles differ. */
  outlet: string;
  /** Revision within the outlet's article, or null. */
  revision: number | null;
  value: ClaimValue;
}

/** Computes a fact's status and flags from its claims. */
export function assessFact(kind: FactKind, claims: ClaimForAssessment[]): { status: FactStatus; flags: FactFlags } {
  for (const c of claims) checkKind(kind, c);
  const flags: FactFlags = {
    changedBetweenRevisions: changedRevisions(claims),
    selfContradictions: selfContradictions(claims),
  };
  const outlets = new Set(claims.map((c) => c.outlet));
  if (outlets.size <= 1) return { status: 'single-source', flags };
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i]!;
      const b = claims[j]!;
      if (a.outlet !== b.outlet && !compatible(a.value, b.value)) return { status: 'disputed', flags };
    }
  }
  return { status: 'consistent', flags };
}

// Articles (revisions of one outlet's article) whose set of values differs from another revision's.
function changedRevisions(claims: ClaimForAssessment[]): string[] {
  const byOutlet = new Map<string, Map<number, { articles: Set<string>; values: Set<string> }>>();
  for (const c of claims) {
    if (c.revision === null) continue;
    const revisions = byOutlet.get(c.outlet) ?? new Map<number, { articles: Set<string>; values: Set<string> }>();
    byOutlet.set(c.outlet, revisions);
    const entry = revisions.get(c.revision) ?? { articles: new Set<string>(), values: new Set<string>() };
    revisions.set(c.revision, entry);
    entry.articles.add(c.article);
    entry.values.add(valueKey(c.value));
  }
  const changed = new Set<string>();
  for (const revisions of byOutlet.values()) {
    const list = [...revisions.values()];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (!sameSet(list[i]!.values, list[j]!.values)) {
          for (const a of [...list[i]!.articles, ...list[j]!.articles]) changed.add(a);
        }
      }
    }
  }
  return [...changed].sort();
}

// Articles that make two claims about the fact that cannot both be true.
function selfContradictions(claims: ClaimForAssessment[]): string[] {
  const byArticle = new Map<string, ClaimValue[]>();
  for (const c of claims) byArticle.set(c.article, [...(byArticle.get(c.article) ?? []), c.value]);
  const found: string[] = [];
  for (const [article, values] of byArticle) {
    if (values.some((v, i) => values.slice(i + 1).some((w) => !compatible(v, w)))) found.push(article);
  }
  return found.sort();
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

// A claim whose value is of the wrong sort for the fact is a data error: fail with the article named.
function checkKind(kind: FactKind, c: ClaimForAssessment): void {
  const expected =
    kind === 'date'
      ? ['date', 'statement']
      : kind === 'status' || kind === 'attribution'
        ? ['statement']
        : ['quantity'];
  if (!expected.includes(c.value.kind)) {
    throw new TypeError(`claim of article "${c.article}" has a ${c.value.kind} value but the fact is a ${kind}`);
  }
}
