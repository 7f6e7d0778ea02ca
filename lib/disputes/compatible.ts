// Whether two reported values can both be true, and whether they are the same value: the two comparisons
// every status and flag of a fact is built from.
import type { ClaimValue } from './values';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether two values can both be true (intervals overlap, dates overlap, statements equal). */
export function compatible(a: ClaimValue, b: ClaimValue): boolean {
  const [x, y] = comparable(a, b);
  if (x.kind === 'statement' && y.kind === 'statement') return normalStatement(x.value) === normalStatement(y.value);
  if (x.kind === 'quantity' && y.kind === 'quantity') {
    if (x.unit !== y.unit) throw new TypeError(`cannot compare a value in "${x.unit}" with one in "${y.unit}"`);
    return x.lo <= y.hi && y.lo <= x.hi;
  }
  if (x.kind === 'date' && y.kind === 'date') return x.lo <= y.hi && y.lo <= x.hi; // ISO days sort as text
  throw new TypeError(`cannot compare a ${a.kind} value with a ${b.kind} value`);
}

/** Whether two values are the same reading (equal intervals in one unit, or equal statements). */
export function sameValue(a: ClaimValue, b: ClaimValue): boolean {
  const [x, y] = comparable(a, b);
  if (x.kind === 'statement' && y.kind === 'statement') return normalStatement(x.value) === normalStatement(y.value);
  if (x.kind === 'quantity' && y.kind === 'quantity') return x.unit === y.unit && x.lo === y.lo && x.hi === y.hi;
  if (x.kind === 'date' && y.kind === 'date') return x.lo === y.lo && x.hi === y.hi;
  return false;
}

/** A key equal for equal values: lets callers group claims by value. */
export function valueKey(v: ClaimValue): string {
  switch (v.kind) {
    case 'statement':
      return `s:${normalStatement(v.value)}`;
    case 'date':
      return `d:${v.lo}/${v.hi}`;
    case 'quantity':
      return `q:${v.lo}/${v.hi}/${v.unit}`;
  }
}

// A reviewer may record a day as the statement "2013-02-05" where another claim has a parsed date: the
// statement is that one day, so the two still compare.
function comparable(a: ClaimValue, b: ClaimValue): [ClaimValue, ClaimValue] {
  return [asDay(a, b), asDay(b, a)];
}

function asDay(v: ClaimValue, other: ClaimValue): ClaimValue {
  return v.kind === 'statement' && other.kind === 'date' && ISO_DAY.test(v.value.trim())
    ? { kind: 'date', lo: v.value.trim(), hi: v.value.trim() }
    : v;
}

// Statements are the reviewer's normalised words: compare without case, spacing or quote-style noise.
function normalStatement(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
