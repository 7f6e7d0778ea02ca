// Phrases built from the grammar itself, not only random characters: every hedge × every number form × every unit,
// and every relative date × every publication day, in sentence frames. Reading them never throws, and no figure or
// claim ever carries an invalid value: numbers are finite, dates are real calendar days (or months, or years).
import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../../lib/claims/extract-claims';
import { readFigures } from '../../../lib/claims/read-figures';
import { isIsoDate } from '../../../lib/quantity/calendar';

const HEDGES = ['', 'about ', 'nearly ', 'more than ', 'up to ', 'at least ', 'some ', 'just over ', 'fewer than '];
const NUMBERS = [
  '4,000',
  '4000',
  '4 000',
  '1.5 million',
  '4.2M',
  'twenty-three',
  'three to four thousand',
  'between 41 and 45',
  'dozens of',
  'tens of thousands of',
  'a quarter of a million',
  'two-thirds of',
  '-5',
  'several hundred',
  '2-3',
  'a dozen',
  'one in five',
  '100+',
  '0',
  '999999999999999999999999',
  '.5',
  '3/71',
  'nine in 10',
  'four and a half',
  'a couple of',
  '1.8-billion-',
];
const UNITS = [
  '',
  ' people',
  '%',
  ' percentage points',
  ' km',
  ' miles',
  'kg',
  ' mph',
  'C',
  ' degrees',
  ' days',
  '-year-old',
  ' dollars',
  ' cents',
  'km/h',
  'hr 15min 9sec',
];
const CURRENCIES = ['', '$', '£', 'US$', 'A$', 'Rs '];
const DATES = [
  'three weeks ago',
  'more than three weeks ago',
  'nearly a year ago',
  'early next month',
  'last Tuesday night',
  'next Friday',
  'in the next few weeks',
  'by the end of March',
  'this weekend',
  'last winter',
  'the first quarter of 2009',
  'a year earlier',
  'in 5000 years',
  'more than 100000 years ago',
  'in more than 99999999 days',
  'the 1950s',
  'May 4 to 10',
  'February 30',
  'December 32',
  'on the 31st',
  '7/8/07',
  '13/13/13',
  'between April and June',
  'from 1980 to 2012',
  '2029-30',
  'between Wednesday and Friday',
  'spring 2027',
  'mid-2011',
  'this past week',
  'the second half of February',
  'the first half of February 2025',
  'the year to February',
  'the week ending February 29',
  'the week ending February 30',
  'March or April of 2005',
  "the 80's",
  'the sixties',
  'until at least Friday',
  'this Friday',
];
const PUBLISHED = ['2013-02-06', '2024-02-29', '1999-12-31', '2013-02-06T10:00:00Z', null];
const CHANGES = new Set(['=', '~', '>', '<', 'up', 'down']);

function validDay(v: unknown): boolean {
  return (
    typeof v === 'string' && (/^\d{4}$/.test(v) || (/^\d{4}-\d\d$/.test(v) && isIsoDate(`${v}-01`)) || isIsoDate(v))
  );
}

function validValue(v: unknown): boolean {
  if (v === null) return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v === 'string') return validDay(v);
  return Array.isArray(v) && v.length === 2 && v.every((x) => x === null || validValue(x));
}

function check(text: string, published: string | null): number {
  const figures = readFigures(text, { published });
  for (const f of figures) {
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(validValue(f.value), `${text} → ${JSON.stringify(f)}`).toBe(true);
    expect(f.interval === null || validValue(f.interval), `${text} → ${JSON.stringify(f)}`).toBe(true);
    expect(CHANGES.has(f.change)).toBe(true);
  }
  for (const c of extractClaims(text, { published })) {
    for (const r of c.readings) {
      if (r.value?.kind === 'date') expect(isIsoDate(r.value.lo) && isIsoDate(r.value.hi), text).toBe(true);
      if (r.value?.kind === 'quantity')
        expect(Number.isFinite(r.value.lo) && !Number.isNaN(r.value.hi), text).toBe(true);
    }
  }
  return figures.length;
}

describe('grammar-built phrases', () => {
  test('every hedge × number form × unit, with and without a currency', () => {
    let found = 0;
    for (const hedge of HEDGES)
      for (const n of NUMBERS)
        for (const unit of UNITS) {
          const currency = CURRENCIES[(hedge.length + n.length + unit.length) % CURRENCIES.length]!;
          found += check(`Officials said ${hedge}${currency}${n}${unit} were counted on Tuesday.`, '2013-02-06');
          found += check(`${hedge}${n}${unit}`.trim(), null);
        }
    expect(found).toBeGreaterThan(HEDGES.length * NUMBERS.length);
  }, 60_000);

  test('every relative date × every publication day, hedged or not', () => {
    let found = 0;
    for (const date of DATES)
      for (const published of PUBLISHED)
        for (const hedge of ['', 'more than ', 'nearly ', 'by '])
          found += check(`The talks began ${hedge}${date}, and 12 people were hurt ${date}.`, published);
    expect(found).toBeGreaterThan(DATES.length * PUBLISHED.length);
  }, 60_000);
});
