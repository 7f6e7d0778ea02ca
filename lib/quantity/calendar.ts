// Calendar arithmetic on ISO `YYYY-MM-DD` days, in UTC and without the clock or the locale, so that figure
// parsing gives the same answer on every machine and in every time zone.

const MS_PER_DAY = 86_400_000;

/** Mean Gregorian year in days. */
export const DAYS_PER_YEAR = 365.2425;
/** Mean Gregorian month in days (30.44): a month in news copy is "about 30 days", whichever month it is. */
export const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

/** English month names, January first; abbreviations are their first three letters. */
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** The English name of month 1–12 as written in a sentence ("January"). */
export function monthName(month: number): string {
  const name = MONTH_NAMES[month - 1] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** English weekday names, Sunday first (the order of `Date#getUTCDay`). */
export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** Month number (1–12) of a month name or its usual abbreviation ("jan", "sept"), or null. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  if (w === 'sept') return 9;
  const i = MONTH_NAMES.findIndex((name) => name === w || (w.length === 3 && name.startsWith(w)));
  return i < 0 ? null : i + 1;
}

/** Weekday number (0 = Sunday) of a weekday name, or null. */
export function weekdayNumber(word: string): number | null {
  const i = WEEKDAY_NAMES.indexOf(word.toLowerCase() as (typeof WEEKDAY_NAMES)[number]);
  return i < 0 ? null : i;
}

/** Whether a string is a real calendar day written `YYYY-MM-DD` (years 1000–9999). */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= 1000 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Days since 1970-01-01 of an ISO day (throws on a malformed one). */
export function dayNumber(iso: string): number {
  if (!isIsoDate(iso)) throw new RangeError(`not an ISO calendar day: "${iso}"`);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** Days from one ISO day to another (NaN, not an error, for what is no date: callers' spans may be open or unread). */
export function daysFrom(lo: string, hi: string): number {
  return (Date.parse(hi) - Date.parse(lo)) / MS_PER_DAY;
}

/** The earliest and latest days a date interval may name: the open side of "more than three weeks ago". */
export const EARLIEST_DAY = '1000-01-01';
export const LATEST_DAY = '9999-12-31';

/** ISO day of a day number (inverse of `dayNumber`); a day outside years 1000–9999 or not a number is a RangeError. */
export function isoFromDayNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a day number: ${n}`);
  const date = new Date(Math.round(n) * MS_PER_DAY);
  const year = date.getUTCFullYear();
  if (Number.isNaN(year) || year < 1000 || year > 9999)
    throw new RangeError(`day number ${n} is outside years 1000–9999`);
  return isoOf(year, date.getUTCMonth() + 1, date.getUTCDate());
}

/** ISO day from year, month (1–12) and day. */
export function isoOf(year: number, month: number, day: number): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The ISO day `n` days after `iso` (before, when negative). */
export function addDays(iso: string, n: number): string {
  return isoFromDayNumber(dayNumber(iso) + n);
}

/** The same day `n` years later (earlier, when negative); 29 February becomes the 28th in a common year. */
export function addYears(iso: string, n: number): string {
  const { year, month, day } = partsOf(iso);
  return isoOf(year + n, month, Math.min(day, daysInMonth(year + n, month)));
}

/** Weekday (0 = Sunday) of an ISO day. */
export function weekdayOf(iso: string): number {
  return new Date(dayNumber(iso) * MS_PER_DAY).getUTCDay();
}

/** Year, month and day of an ISO day. */
export function partsOf(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** First and last day of a month, shifted by `offset` months (−1 = the month before). */
export function monthSpan(year: number, month: number, offset = 0): { lo: string; hi: string } {
  const index = year * 12 + (month - 1) + offset;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { lo: isoOf(y, m, 1), hi: isoOf(y, m, daysInMonth(y, m)) };
}

/** Monday-to-Sunday week containing `iso`, shifted by `offset` weeks: news weeks are ISO weeks. */
export function weekSpan(iso: string, offset = 0): { lo: string; hi: string } {
  const sinceMonday = (weekdayOf(iso) + 6) % 7;
  const monday = addDays(iso, -sinceMonday + offset * 7);
  return { lo: monday, hi: addDays(monday, 6) };
}
