// Rendering a parsed value for the sidebar, the same on every machine: digits grouped with commas and
// English month abbreviations written out here, never through the locale.
import type { ClaimValue } from '../story/runtime-types';
import { daysInMonth, EARLIEST_DAY, LATEST_DAY, partsOf } from './calendar';
import { UNBOUNDED } from './hedges';
import { wordTable } from './word-table';

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Units shown after the number; any other unit is a count noun ("people", "troops") the label already names.
const SHOWN_UNITS = wordTable<[string, string]>({
  day: ['day', 'days'],
  hour: ['hour', 'hours'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  year: ['year', 'years'],
  km: ['km', 'km'],
  mile: ['mile', 'miles'],
  m: ['m', 'm'],
  percent: ['%', '%'],
});

/**
 * Human-readable rendering of a value for the sidebar: "4,000", "3,600–4,000", "200–999", "25–27 days", "11 Jan
 * 2013", "Mar 2013".
 */
export function formatValue(value: ClaimValue): string {
  switch (value.kind) {
    case 'statement':
      return value.value;
    case 'date':
      return formatDays(value.lo, value.hi);
    case 'quantity':
      return formatQuantity(value.lo, value.hi, value.unit);
  }
}

/** A number with comma thousands separators and at most two decimals: 3150 → "3,150", 80.467 → "80.47". */
export function formatNumber(n: number): string {
  const negative = n < 0;
  const [whole, fraction] = Math.abs(Math.round(n * 100) / 100)
    .toFixed(2)
    .split('.') as [string, string];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const decimals = fraction.replace(/0+$/, '');
  return `${negative ? '-' : ''}${grouped}${decimals ? `.${decimals}` : ''}`;
}

function formatQuantity(lo: number, hi: number, unit: string): string {
  const names = SHOWN_UNITS[unit.toLowerCase()] ?? SHOWN_UNITS[unit.toLowerCase().replace(/s$/, '')];
  const suffix = (plural: boolean) => (names ? (names[0] === '%' ? '%' : ` ${plural ? names[1] : names[0]}`) : '');
  if (hi >= UNBOUNDED) return `${formatNumber(lo)}${suffix(lo !== 1)} or more`;
  if (lo === hi) return `${formatNumber(lo)}${suffix(lo !== 1)}`;
  if (lo === 0) return `up to ${formatNumber(hi)}${suffix(hi !== 1)}`;
  return `${formatNumber(lo)}–${formatNumber(hi)}${suffix(true)}`;
}

// "11 Jan 2013"; whole months as "Mar 2013" or "Mar–Apr 2013"; a whole year as "2013"; other spans by day.
function formatDays(lo: string, hi: string): string {
  // An open side ("more than three weeks ago") is the calendar's end: say which side is bounded.
  if (lo === EARLIEST_DAY && hi !== LATEST_DAY) return `${formatDays(hi, hi)} or before`;
  if (hi === LATEST_DAY && lo !== EARLIEST_DAY) return `${formatDays(lo, lo)} or after`;
  const a = partsOf(lo);
  const b = partsOf(hi);
  const day = (p: { year: number; month: number; day: number }, withYear = true) =>
    `${p.day} ${MONTHS_SHORT[p.month - 1]}${withYear ? ` ${p.year}` : ''}`;
  if (lo === hi) return day(a);
  const wholeMonths = a.day === 1 && b.day === daysInMonth(b.year, b.month);
  if (wholeMonths && a.month === 1 && b.month === 12) {
    return a.year === b.year ? `${a.year}` : `${a.year}–${b.year}`;
  }
  if (wholeMonths) {
    const month = (p: { year: number; month: number }) => MONTHS_SHORT[p.month - 1]!;
    if (a.year === b.year && a.month === b.month) return `${month(a)} ${a.year}`;
    if (a.year === b.year) return `${month(a)}–${month(b)} ${a.year}`;
    return `${month(a)} ${a.year} – ${month(b)} ${b.year}`;
  }
  if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${MONTHS_SHORT[a.month - 1]} ${a.year}`;
  if (a.year === b.year) return `${day(a, false)} – ${day(b)}`;
  return `${day(a)} – ${day(b)}`;
}
