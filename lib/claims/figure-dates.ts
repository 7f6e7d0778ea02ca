// The days a date phrase names, as the figures command reports them (tests/fixtures/quantities/README.md): a day,
// a month, a year, or the first and last day of a span: the named periods of a year (figure-periods.ts), weekends,
// decades, the start or end of a span, ranges ("May 4 to 10", "between April and June"), "N weeks ago" as a day, "N
// months ago" as a month. What these rules do not cover is read by lib/quantity/parse-date.ts.
import {
  addDays,
  daysInMonth,
  isIsoDate,
  isoOf,
  monthNumber,
  monthSpan,
  partsOf,
  weekdayNumber,
  weekdayOf,
  weekSpan,
} from '../quantity/calendar';
import { normaliseFigure } from '../quantity/normalise-figure';
import { type DaySpan, readDate } from '../quantity/parse-date';
import { amountWord, coming, type DateContext, MONTH, one, relativeYear, yearByTense } from './date-context';
import { periodOf } from './figure-periods';
import { wholeVagueAgo, yearsWritten } from './date-years';
import { wordTable } from '../quantity/word-table';

export type { DateContext } from './date-context';

const DECADE_WORDS = wordTable<string>({
  twenties: '2',
  thirties: '3',
  forties: '4',
  fifties: '5',
  sixties: '6',
  seventies: '7',
  eighties: '8',
  nineties: '9',
});

/** The days a date phrase names, or null when it names none this reader or parse-date.ts knows. */
export function resolveDate(phrase: string, ctx: DateContext, hedged = false): DaySpan | null {
  const pubYear = partsOf(ctx.published).year;
  const s = normaliseFigure(phrase)
    .replace(/\.(?!\d)/g, ' ')
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    // "August or September of this year", "September last year", "April 2 last year": the month's year.
    .replace(
      new RegExp(`\\b${MONTH}( \\d{1,2})? (?:of )?(this|last|next) year$`),
      (_m, month: string, day: string | undefined, w: string) =>
        `${month}${day ?? ''} ${w === 'last' ? pubYear - 1 : w === 'next' ? pubYear + 1 : pubYear}`,
    )
    // "April of 2005".
    .replace(new RegExp(`\\b${MONTH} of ((?:1[0-9]|20)\\d\\d)\\b`, 'g'), '$1 $2')
    // "March 17-18": from one day of the month to another.
    .replace(new RegExp(`\\b${MONTH} (\\d{1,2})-(\\d{1,2})\\b`), '$1 $2 to $3')
    // "earlier in the week", "the rest of the year": as "earlier this week", "later this year".
    .replace(/\b(earlier|later) in the (week|month|year)$/, '$1 this $2')
    .replace(/^(?:the )?(?:remainder|rest) of the (week|month|year)$/, 'later this $1')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/^final quarter\b/, 'fourth quarter')
    .replace(/^(first|second|third|fourth)-quarter (\d{4})$/, '$1 quarter $2')
    // "the May-to-July period": from one month to the other.
    .replace(new RegExp(`^${MONTH}-to-${MONTH}$`), '$1 to $2')
    .replace(/^fall (?:of )?(\d{4})$/, 'autumn $1')
    // "two-years-ago": as if written with spaces; "a decade ago", "two decades ago": ten years a decade.
    .replace(/^(\S+)-(days|weeks|months|years)-ago$/, '$1 $2 ago')
    .replace(
      /^(a|one|two|three) decades? ago$/,
      (_m, n: string) => `${n === 'two' ? 20 : n === 'three' ? 30 : 10} years ago`,
    )
    // "a couple of years ago", "a couple of months back": two, loosely.
    .replace(/^a couple of ((?:day|week|month|year)s) (?:ago|back)$/, '2 $1 ago')
    // "July Fourth", "the Fourth of July": the day.
    .replace(/^(?:july fourth|fourth of july)$/, 'july 4')
    // "the 18th of July".
    .replace(new RegExp(`^(\\d{1,2})(?:st|nd|rd|th) of ${MONTH}( \\d{4})?$`), '$2 $1$3')
    // "Tuesday, July 26, 2016": the written day says it; its weekday only names it.
    .replace(/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?=\S+ \d)/, '');
  // Years and spans of years by their own shape ("'79", "the early '80s", "in 1659", "year-to-date").
  const years = yearsWritten(phrase, s, ctx.published);
  if (years !== undefined) return years;
  try {
    // A hedged phrase ("more than three weeks ago") is read with its hedge, by parse-date's rules.
    const read = (hedged ? null : own(s, ctx)) ?? readDate(s, ctx.published);
    const span = read && isIsoDate(read.lo) && isIsoDate(read.hi) ? wholeVagueAgo(s, read) : read;
    return span && isIsoDate(span.lo) && isIsoDate(span.hi) && span.lo <= span.hi ? span : null;
  } catch {
    return null;
  }
}

function own(s: string, ctx: DateContext): DaySpan | null {
  const pub = partsOf(ctx.published);
  const yearSpan = (y: number): DaySpan => ({ lo: isoOf(y, 1, 1), hi: isoOf(y, 12, 31) });
  // "7/8/07": a numeric date, month first.
  const numeric = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(s);
  if (numeric) {
    const y = numeric[3]!.length === 2 ? 2000 + Number(numeric[3]) : Number(numeric[3]);
    const [m, d] = [Number(numeric[1]), Number(numeric[2])];
    return m <= 12 && d <= daysInMonth(y, m) ? one(isoOf(y, m, d)) : null;
  }
  // "the 1950s".
  // "the 80's", "the sixties": a decade of the twentieth century.
  const short = /^['\u2019]?([2-9])0['\u2019 ]?s$/.exec(s)?.[1] ?? DECADE_WORDS[s];
  if (short) return { lo: isoOf(1900 + Number(short) * 10, 1, 1), hi: isoOf(1909 + Number(short) * 10, 12, 31) };
  // "the late 1980s": the decade's last third, as "late 2016" is the year's.
  const decade = /^(?:(mid-|early |late ))?((?:1[0-9]|20)\d)0['\u2019 ]?s$/.exec(s);
  if (decade) {
    const start = Number(decade[2]) * 10;
    const [a, b] =
      decade[1] === 'early ' ? [0, 2] : decade[1] === 'mid-' ? [3, 6] : decade[1] === 'late ' ? [7, 9] : [0, 9];
    return { lo: isoOf(start + a, 1, 1), hi: isoOf(start + b, 12, 31) };
  }
  // "2029-30" (a financial year), "2002-2003", "2000 - 2050", "from 1980 to 2012", "between 1973 and 1990".
  const years = /^(?:between |from )?((?:1[0-9]|20)\d\d) ?(?:-|to|and|until|through) ?(\d{2}|(?:1[0-9]|20)\d\d)$/.exec(
    s,
  );
  if (years) {
    const a = Number(years[1]);
    if (years[2]!.length === 2) {
      const b = Math.floor(a / 100) * 100 + Number(years[2]);
      if (b === a + 1) return { lo: isoOf(a, 4, 1), hi: isoOf(b, 3, 31) };
      return null;
    }
    return Number(years[2]) >= a ? { lo: isoOf(a, 1, 1), hi: isoOf(Number(years[2]), 12, 31) } : null;
  }
  // Ranges of days and months: "May 4 to 10", "April 11 to 14", "December 1 and 2, 2004", "from November 20 to
  // December 11", "between April and June", "February or March 2005", "between July 2003 and December 2004".
  const range = /^(?:between |from )?(.+?) (?:to|through|until|till|and|or|-) (.+)$/.exec(s);
  if (range && /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day$/.test(range[1]!)) {
    const second = own(range[2]!, ctx) ?? readDate(range[2]!, ctx.published);
    const monthOf2 = new RegExp(`^${MONTH}\\b`).exec(range[2]!);
    const yearOf2 = /\b((?:1[0-9]|20)\d\d)$/.exec(range[2]!)?.[1];
    let firstText = range[1]!;
    if (/^\d{1,2}$/.test(firstText) && monthOf2) firstText = `${monthOf2[1]} ${firstText}`;
    if (yearOf2 && !/\b(1[0-9]|20)\d\d\b/.test(firstText)) firstText = `${firstText} ${yearOf2}`;
    // "May 4 to 10": the second day takes the first's month.
    const dayOnly = /^(\d{1,2})(?:,? ((?:1[0-9]|20)\d\d))?$/.exec(range[2]!);
    const first = own(firstText, ctx) ?? readDate(firstText, ctx.published);
    if (first && dayOnly) {
      const { year: y, month: m } = partsOf(first.lo);
      const d = Number(dayOnly[1]);
      const y2 = dayOnly[2] ? Number(dayOnly[2]) : y;
      const fixed = dayOnly[2] ? (own(`${firstText.replace(/,? \d{4}$/, '')} ${y2}`, ctx) ?? first) : first;
      if (d <= daysInMonth(y2, m) && isoOf(y2, m, d) >= fixed.lo) return { lo: fixed.lo, hi: isoOf(y2, m, d) };
    }
    if (first && second && second.hi >= first.lo) return { lo: first.lo, hi: second.hi };
  }
  const period = periodOf(s, ctx);
  if (period) return period;
  // "the previous year", "the current month": counted from publication, as "last year" and "this month".
  const counted = /^(previous|current|present) (week|month|year)$/.exec(s);
  if (counted) {
    const back = counted[1] === 'previous' ? -1 : 0;
    if (counted[2] === 'week') return weekSpan(ctx.published, back);
    if (counted[2] === 'year') return yearSpan(pub.year + back);
    const m = pub.month + back;
    return m < 1 ? monthSpan(pub.year - 1, 12) : monthSpan(pub.year, m);
  }
  // Weekends: Saturday and Sunday.
  const weekend = /^(?:(last|this|next|past|coming) )?weekend$/.exec(s);
  if (weekend) {
    const offset = weekend[1] === 'last' || weekend[1] === 'past' ? -1 : weekend[1] === 'next' ? 1 : 0;
    let week = weekSpan(ctx.published, offset);
    // "the weekend" alone in past copy: the one before publication; written on a Friday and not in the past tense,
    // the one about to begin.
    const eve = weekdayOf(ctx.published) === 5 && ctx.tense !== 'past';
    if ((!weekend[1] || weekend[1] === 'this') && addDays(week.lo, 5) > ctx.published && !coming(ctx) && !eve)
      week = weekSpan(ctx.published, -1);
    return { lo: addDays(week.lo, 5), hi: week.hi };
  }
  // "start of this year", "the end of last month", "year end", "the beginning of the year", "middle of the century".
  if (/^(year[- ]end|end of the year|the end of the year)$/.test(s)) return one(isoOf(pub.year, 12, 31));
  if (/^(beginning|start) of the year$/.test(s)) return one(isoOf(pub.year, 1, 1));
  if (/^end of the month$/.test(s)) return one(monthSpan(pub.year, pub.month).hi);
  if (/^(beginning|start) of the month$/.test(s)) return one(monthSpan(pub.year, pub.month).lo);
  if (/^(middle|mid) of the century$|^mid-century$/.test(s)) {
    const c = Math.floor(pub.year / 100) * 100;
    return { lo: isoOf(c + 34, 1, 1), hi: isoOf(c + 66, 12, 31) };
  }
  const edge = /^(start|beginning|end) of (.+)$/.exec(s);
  if (edge) {
    const inner = own(edge[2]!, ctx) ?? readDate(edge[2]!, ctx.published);
    if (inner) return one(edge[1] === 'end' ? inner.hi : inner.lo);
  }
  // "second half of December".
  const halfMonth = new RegExp(`^(first|second) half of ${MONTH}(?: (\\d{4}))?$`).exec(s);
  if (halfMonth) {
    const m = monthNumber(halfMonth[2]!)!;
    const span = monthSpan(halfMonth[3] ? Number(halfMonth[3]) : yearByTense(m, null, ctx), m);
    return halfMonth[1] === 'first'
      ? { lo: span.lo, hi: addDays(span.lo, 14) }
      : { lo: addDays(span.lo, 15), hi: span.hi };
  }
  // "the year to March": the twelve months ending with it; "the week ending August 31": the seven days.
  const yearTo = /^year to (.+)$/.exec(s);
  if (yearTo) {
    const end = own(yearTo[1]!, { ...ctx, tense: 'past' }) ?? readDate(yearTo[1]!, ctx.published);
    if (end) return { lo: monthSpan(partsOf(end.hi).year, partsOf(end.hi).month, -11).lo, hi: end.hi };
  }
  const weekEnding = /^week (?:ending|to) (.+)$/.exec(s);
  if (weekEnding) {
    const end = own(weekEnding[1]!, ctx);
    if (end && end.lo === end.hi) return { lo: addDays(end.hi, -6), hi: end.hi };
  }
  if (s === 'this past week') return weekSpan(ctx.published, -1);
  const lastWeek = new RegExp(`^(first|last) week of ${MONTH}(?: (\\d{4}))?$`).exec(s);
  if (lastWeek) {
    const m = monthNumber(lastWeek[2]!)!;
    const span = monthSpan(lastWeek[3] ? Number(lastWeek[3]) : yearByTense(m, null, ctx), m);
    return lastWeek[1] === 'first'
      ? { lo: span.lo, hi: addDays(span.lo, 6) }
      : { lo: addDays(span.hi, -6), hi: span.hi };
  }
  // "N weeks ago" is a day, "N months ago" a month, "N years ago" a year.
  const ago = /^(?:.*? )?(\S+) (day|week|month|year)s? ago$/.exec(s);
  if (ago) {
    const n = amountWord(ago[1]!);
    if (n !== null) {
      if (ago[2] === 'day' || ago[2] === 'week') return one(addDays(ctx.published, -n * (ago[2] === 'week' ? 7 : 1)));
      if (ago[2] === 'month') return monthSpan(pub.year, pub.month, -n);
      return yearSpan(pub.year - n);
    }
  }
  // "last Aug. 17", "last April 21": the latest such day before publication.
  const lastDay = new RegExp(`^last ${MONTH} (\\d{1,2})$`).exec(s);
  if (lastDay) {
    const m = monthNumber(lastDay[1]!)!;
    const d = Number(lastDay[2]);
    const y = d <= daysInMonth(pub.year, m) && isoOf(pub.year, m, d) < ctx.published ? pub.year : pub.year - 1;
    return d <= daysInMonth(y, m) ? one(isoOf(y, m, d)) : null;
  }
  // "last September" (the one before this month), "September last year".
  const lastMonth = new RegExp(`^(?:(last|next|this) ${MONTH}|${MONTH},? (last|next|this) year)$`).exec(s);
  if (lastMonth) {
    const m = monthNumber((lastMonth[2] ?? lastMonth[3])!)!;
    const which = lastMonth[1] ?? lastMonth[4];
    if (lastMonth[4]) return monthSpan(relativeYear(`${which} year`, pub.year), m);
    if (which === 'last') return monthSpan(pub.year - 1, m);
    if (which === 'next') return monthSpan(m > pub.month ? pub.year : pub.year + 1, m);
    return monthSpan(pub.year, m);
  }
  if (/^last night$/.test(s)) return one(addDays(ctx.published, -1));
  // A month, with or without a day, and no year: the year of publication ("a date without its year takes the year
  // of the article").
  const md = new RegExp(`^${MONTH}(?: (\\d{1,2})(?:st|nd|rd|th)?)?$`).exec(s);
  const dm = md ? null : new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH}$`).exec(s);
  if (md || dm) {
    const m = monthNumber((md ? md[1] : dm![2])!)!;
    const day = md ? md[2] : dm![1];
    const y = yearByTense(m, day ? Number(day) : null, ctx);
    if (!day) return monthSpan(y, m);
    const d = Number(day);
    return d <= daysInMonth(y, m) ? one(isoOf(y, m, d)) : null;
  }
  // "the 29th": a day of the publication month.
  const nth = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(s);
  if (nth) {
    const d = Number(nth[1]);
    return d >= 1 && d <= daysInMonth(pub.year, pub.month) ? one(isoOf(pub.year, pub.month, d)) : null;
  }
  // "Tuesday and Wednesday": the first read as a weekday, the second the day after it.
  const pair =
    /^(.*\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)) and (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.exec(
      s,
    );
  if (pair) {
    const first = own(pair[1]!, ctx);
    return first && first.lo === first.hi ? { lo: first.lo, hi: addDays(first.lo, 1) } : null;
  }
  // A weekday: the nearest one before publication in past copy, after it in copy about what is coming.
  const wd =
    /^(?:(last|next|this|this coming|coming) )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?(?: (?:night|morning|afternoon|evening))?$/.exec(
      s,
    );
  if (wd) {
    const target = weekdayNumber(wd[2]!)!;
    const today = weekdayOf(ctx.published);
    const modifier = wd[1];
    let offset: number;
    if (modifier === 'last') offset = -((today - target + 7) % 7 || 7);
    else if (modifier === 'next') offset = (target - today + 7) % 7 || 7;
    else if (modifier === 'this') {
      offset = ((target + 6) % 7) - ((today + 6) % 7);
      // "He was released from custody this Friday", written on a Wednesday: the Friday just gone.
      if (offset > 0 && ctx.tense === 'past') offset -= 7;
    } else if (modifier || coming(ctx)) offset = (target - today + 7) % 7;
    else offset = -((today - target + 7) % 7);
    return one(addDays(ctx.published, offset));
  }
  return null;
}
