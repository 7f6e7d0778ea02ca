// The sidebar's rendering of values: fixed English formatting, comma groups, en dashes, no locale.
import { describe, expect, test } from 'vitest';
import type { ClaimValue } from '../../../lib/story/runtime-types';
import { formatNumber, formatValue } from '../../../lib/quantity/format-value';
import { UNBOUNDED } from '../../../lib/quantity/hedges';
import { parseFigure } from '../../../lib/quantity/parse-figure';

const q = (lo: number, hi: number, unit = 'people'): ClaimValue => ({ kind: 'quantity', lo, hi, unit });
const d = (lo: string, hi = lo): ClaimValue => ({ kind: 'date', lo, hi });

describe('formatValue', () => {
  test.each([
    [q(4000, 4000), '4,000'],
    [q(3600, 4000), '3,600–4,000'],
    [q(200, 999), '200–999'],
    [q(1_500_000, 1_500_000), '1,500,000'],
    [q(25, 27, 'days'), '25–27 days'],
    [q(1, 1, 'days'), '1 day'],
    [q(9.5, 10.97, 'months'), '9.5–10.97 months'],
    [q(80, 80, 'km'), '80 km'],
    [q(4001, UNBOUNDED), '4,001 or more'],
    [q(0, 3999), 'up to 3,999'],
    [d('2013-01-11'), '11 Jan 2013'],
    [d('2013-03-01', '2013-03-31'), 'Mar 2013'],
    [d('2013-03-01', '2013-04-30'), 'Mar–Apr 2013'],
    [d('2012-12-01', '2013-01-31'), 'Dec 2012 – Jan 2013'],
    [d('2012-01-01', '2012-12-31'), '2012'],
    [d('2013-01-28', '2013-02-03'), '28 Jan – 3 Feb 2013'],
    [d('2013-03-11', '2013-03-20'), '11–20 Mar 2013'],
    [d('2012-12-30', '2013-01-02'), '30 Dec 2012 – 2 Jan 2013'],
    [{ kind: 'statement', value: 'under French control' } as ClaimValue, 'under French control'],
  ])('%j → %s', (value, text) => {
    expect(formatValue(value)).toBe(text);
  });

  test('renders parsed seed figures the way the sidebar shows them', () => {
    const count = { published: '2013-02-06', kind: 'count', unit: 'people' } as const;
    expect(formatValue(parseFigure('nearly 4,000', count))).toBe('3,600–4,000');
    expect(formatValue(parseFigure('2,150 soldiers in Mali and 1,000 more', count))).toBe('3,150');
    expect(formatValue(parseFigure('26-day', { published: '2013-02-05', kind: 'duration', unit: 'days' }))).toBe(
      '25–27 days',
    );
    expect(formatValue(parseFigure('from March', { published: '2013-02-05', kind: 'date', unit: 'days' }))).toBe(
      'Mar 2013',
    );
  });
});

describe('formatNumber', () => {
  test.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [3150, '3,150'],
    [1234567, '1,234,567'],
    [80.467, '80.47'],
    [9.5, '9.5'],
    [-1200, '-1,200'],
  ])('%d → %s', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });
});
