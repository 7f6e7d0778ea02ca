// Whether two values can both be true, and when two values are the same reading.
import { describe, expect, test } from 'vitest';
import type { ClaimValue } from '../../../lib/story/runtime-types';
import { compatible, sameValue, valueKey } from '../../../lib/disputes/compatible';

const q = (lo: number, hi = lo, unit = 'people'): ClaimValue => ({ kind: 'quantity', lo, hi, unit });
const d = (lo: string, hi = lo): ClaimValue => ({ kind: 'date', lo, hi });
const s = (value: string): ClaimValue => ({ kind: 'statement', value });

describe('compatible', () => {
  test.each<[string, ClaimValue, ClaimValue, boolean]>([
    ['touching intervals', q(3600, 4000), q(4000), true],
    ['nested intervals', q(200, 999), q(200, 900), true],
    ['disjoint intervals', q(3600, 4000), q(3150), false],
    ['just apart', q(10, 20), q(21, 30), false],
    ['dates overlapping by one day', d('2013-03-01', '2013-03-31'), d('2013-02-13', '2013-03-01'), true],
    ['adjacent days', d('2013-02-05'), d('2013-02-06'), false],
    ['dates across a year boundary', d('2012-12-20', '2013-01-05'), d('2013-01-05', '2013-01-31'), true],
    ['equal statements', s('under French control'), s('under French control'), true],
    ['statements differing in case and spacing only', s('Under  French control '), s('under french control'), true],
    ['statements with curly and straight quotes', s('the “maximum level”'), s('the "maximum level"'), true],
    ['different statements', s('under French control'), s('under the grip of militants'), false],
    ['an ISO-day statement against a date span that holds it', s('2013-02-05'), d('2013-02-01', '2013-02-10'), true],
    ['an ISO-day statement against another day', d('2013-02-06'), s('2013-02-05'), false],
  ])('%s', (_label, a, b, expected) => {
    expect(compatible(a, b)).toBe(expected);
    expect(compatible(b, a)).toBe(expected); // symmetric
  });

  test('values in different units or of different kinds cannot be compared', () => {
    expect(() => compatible(q(80, 80, 'km'), q(50, 50, 'miles'))).toThrow(/"km".*"miles"/);
    expect(() => compatible(q(1), d('2013-02-05'))).toThrow(/quantity.*date/);
    expect(() => compatible(q(1), s('one'))).toThrow(TypeError);
  });
});

describe('sameValue and valueKey', () => {
  test('equal readings are the same and share a key; overlapping ones are not', () => {
    expect(sameValue(q(3600, 4000), q(3600, 4000))).toBe(true);
    expect(sameValue(q(3600, 4000), q(4000))).toBe(false);
    expect(sameValue(q(1, 1, 'days'), q(1, 1, 'people'))).toBe(false);
    expect(sameValue(s('Under French control'), s('under french control'))).toBe(true);
    expect(sameValue(d('2013-02-05'), d('2013-02-05', '2013-02-06'))).toBe(false);
    expect(valueKey(s('Under French control'))).toBe(valueKey(s('under  french control')));
    expect(valueKey(q(4000))).not.toBe(valueKey(q(4000, 4000, 'km')));
    expect(valueKey(d('2013-02-05'))).not.toBe(valueKey(s('2013-02-05')));
  });
});
