// The value a reviewer records for a claim, as written in facts.json: `[lo, hi]` for amounts (null for an
// open upper end), `["YYYY-MM-DD", "YYYY-MM-DD"]` for dates, a plain string for statuses and attributions.
import type { ClaimValue, RuntimeFact } from './runtime-types';
import { UNBOUNDED } from '../quantity/hedges';
import { fail, isIsoDay, type Place } from './read-fields';

/**
 * Reviewers may round amounts to two decimals (a month is 30.436875 days): recorded and parsed amounts agree
 * when they differ by less than this.
 */
export const AMOUNT_TOLERANCE = 0.005;

/** The recorded value as a ClaimValue, or undefined (with an error) when it has the wrong shape for the kind. */
export function readRecordedValue(at: Place, raw: unknown, kind: RuntimeFact['kind'], unit: string | null): ClaimValue | undefined {
  if (kind === 'status' || kind === 'attribution') {
    if (typeof raw === 'string' && raw.trim() !== '') return { kind: 'statement', value: raw };
    return void fail(at, `a ${kind} claim's "value" must be the reviewer's statement, a non-empty string`);
  }
  if (!Array.isArray(raw) || raw.length !== 2) {
    return void fail(at, `"value" must be [lo, hi]${kind === 'date' ? ' as YYYY-MM-DD days' : ''}`);
  }
  const [lo, hi] = raw as [unknown, unknown];
  if (kind === 'date') {
    if (typeof lo !== 'string' || typeof hi !== 'string' || !isIsoDay(lo) || !isIsoDay(hi)) {
      return void fail(at, '"value" must be two YYYY-MM-DD days');
    }
    if (lo > hi) return void fail(at, `"value" runs backwards: ${lo} after ${hi}`);
    return { kind: 'date', lo, hi };
  }
  if (typeof lo !== 'number' || !Number.isFinite(lo) || (hi !== null && (typeof hi !== 'number' || !Number.isFinite(hi)))) {
    return void fail(at, '"value" must be two numbers (null for an open upper end)');
  }
  const top = hi === null ? UNBOUNDED : hi;
  if (lo > top) return void fail(at, `"value" runs backwards: ${lo} above ${top}`);
  return { kind: 'quantity', lo, hi: top, unit: unit ?? '' };
}

/** Whether a parsed value is the recorded one (amounts to within AMOUNT_TOLERANCE, same unit). */
export function sameValue(parsed: ClaimValue, recorded: ClaimValue): boolean {
  if (parsed.kind === 'quantity' && recorded.kind === 'quantity') {
    const near = (a: number, b: number) => a === b || Math.abs(a - b) < AMOUNT_TOLERANCE;
    return parsed.unit === recorded.unit && near(parsed.lo, recorded.lo) && near(parsed.hi, recorded.hi);
  }
  if (parsed.kind === 'date' && recorded.kind === 'date') return parsed.lo === recorded.lo && parsed.hi === recorded.hi;
  if (parsed.kind === 'statement' && recorded.kind === 'statement') return parsed.value === recorded.value;
  return false;
}

/** The value as a reviewer would write it in facts.json, for error messages. */
export function showValue(value: ClaimValue): string {
  switch (value.kind) {
    case 'statement':
      return JSON.stringify(value.value);
    case 'date':
      return JSON.stringify([value.lo, value.hi]);
    case 'quantity': {
      const round = (n: number) => Math.round(n * 100) / 100;
      const hi = value.hi >= UNBOUNDED ? null : round(value.hi);
      return `${JSON.stringify([round(value.lo), hi])} ${value.unit}`;
    }
  }
}
