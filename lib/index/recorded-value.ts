// The value a reviewer records for a claim, as written in facts.json: `[lo, hi]` for amounts (null for an
// open upper end), `["YYYY-MM-DD", "YYYY-MM-DD"]` for dates, a plain string for statuses and attributions.
import type { ClaimValue, RuntimeFact } from '../story/runtime-types';
import { UNBOUNDED } from '../quantity/hedges';
import { isIsoDate } from '../quantity/calendar';
import { fail, type Place } from './read-fields';

/** The recorded value as a ClaimValue, or undefined (with an error) when it has the wrong shape for the kind. */
export function readRecordedValue(
  at: Place,
  raw: unknown,
  kind: RuntimeFact['kind'],
  unit: string | null,
): ClaimValue | undefined {
  if (kind === 'status' || kind === 'attribution') {
    if (typeof raw === 'string' && raw.trim() !== '') return { kind: 'statement', value: raw };
    return void fail(at, `a ${kind} claim's "value" must be the reviewer's statement, a non-empty string`);
  }
  if (!Array.isArray(raw) || raw.length !== 2) {
    return void fail(at, `"value" must be [lo, hi]${kind === 'date' ? ' as YYYY-MM-DD days' : ''}`);
  }
  const [lo, hi] = raw as [unknown, unknown];
  if (kind === 'date') {
    if (typeof lo !== 'string' || typeof hi !== 'string' || !isIsoDate(lo) || !isIsoDate(hi)) {
      return void fail(at, `"value" must be two YYYY-MM-DD calendar days, not ${JSON.stringify(raw)}`);
    }
    if (lo > hi) return void fail(at, `"value" runs backwards: ${lo} after ${hi}`);
    return { kind: 'date', lo, hi };
  }
  if (
    typeof lo !== 'number' ||
    !Number.isFinite(lo) ||
    (hi !== null && (typeof hi !== 'number' || !Number.isFinite(hi)))
  ) {
    return void fail(at, '"value" must be two numbers (null for an open upper end)');
  }
  const top = hi === null ? UNBOUNDED : hi;
  if (lo > top) return void fail(at, `"value" runs backwards: ${lo} above ${top}`);
  return { kind: 'quantity', lo, hi: top, unit: unit ?? '' };
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
