// The days a date phrase names, as the figures command reports them (tests/fixtures/quantities/README.md): a day,
// a month, a year, or the first and last day of a span: quarters, halves, seasons (southern ones where the outlet
// is), weekends, decades, the start or end of a span, ranges ("May 4 to 10", "between April and June"), "N weeks
// ago" as a day, "N months ago" as a month. What these rules do not cover is read by lib/quantity/parse-date.ts.
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
import { UNITS, TENS } from '../quantity/number-words';
import type { Tense } from './figure-tense';

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const SOUTH = new Set(['au', 'nz', 'za']);
const DECADE_WORDS: Record<string, string> = {
  twenties: '2',
  thirties: '3',
  forties: '4',
  fifties: '5',
  sixties: '6',
  seventies: '7',
  eighties: '8',
  nineties: '9',
};
const SEASONS: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };
const ORDINAL: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};
const FUTURE =
  /\b(will|shall|'ll|going to|set to|due|expected|scheduled|plans? to|is to|are to|next|coming|upcoming|forecast|could|may|might|until|till|starting|begins?|opens?|resumes?)\b/;

// Verbs of a clause that place it in the past.
const PAST =
  /\b(was|were|had|did|said|told|ran|went|came|took|made|gave|found|left|began|won|lost|fell|rose|struck|sold|paid|became|\w{3,}ed)\b/;

/** What a date phrase is read against. */
export interface DateContext {
  published: string;
  country: string | null;
  /** The words of the clause around the phrase: their tense says whether a weekday is past or coming. */
  clause: string;
  /** The whole sentence, lower-cased, when the clause's words do not say the tense. */
  sentence?: string;
  /** The tense of the verb that governs the phrase, when its words say it (figure-tense.ts). */
  tense?: Tense | null;
}

// Whether the phrase speaks of what is coming: by its governing verb, else by any word of its clause.
const coming = (ctx: DateContext) => (ctx.tense ? ctx.tense === 'future' : FUTURE.test(ctx.clause));

/** The days a date phrase names, or null when it names none this reader or parse-date.ts knows. */
export function resolveDate(phrase: string, ctx: DateContext, hedged = false): DaySpan | null {
  const pubYear = partsOf(ctx.published).year;
  const s = normaliseFigure(phrase)
    .replace(/\.(?!\d)/g, ' ')
    .replace(/,/g, ' ')
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
    .replace(/^the /, '');
  try {
    // A hedged phrase ("more than three weeks ago") is read with its hedge, by parse-date's rules.
    const span = (hedged ? null : own(s, ctx)) ?? readDate(s, ctx.published);
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
  // Quarters and halves: "first quarter of 2009", "fourth-quarter 2006", "first half of 2026", "the October-December
  // quarter".
  const quarter =
    /^(first|second|third|fourth|1st|2nd|3rd|4th|q[1-4])[- ]quarter(?: of)?(?: (\d{4}|this year|last year|next year))?$/.exec(
      s,
    );
  if (quarter) {
    const q = quarter[1]!.startsWith('q') ? Number(quarter[1]![1]) : ORDINAL[quarter[1]!]!;
    let y = relativeYear(quarter[2], pub.year);
    // A quarter named without its year that begins months after publication is last year's ("record profits for the
    // fourth quarter" in January), unless the words look ahead; one about to begin is this year's.
    if (!quarter[2] && monthSpan(y, q * 3 - 2).lo > addDays(ctx.published, 92) && !coming(ctx)) y--;
    return { lo: monthSpan(y, q * 3 - 2).lo, hi: monthSpan(y, q * 3).hi };
  }
  // "the last quarter", "the last financial quarter": the calendar quarter before the one of publication;
  // "this quarter", "the current quarter": that one.
  const namedQuarter = /^(last|this|current) (?:financial |fiscal )?quarter$/.exec(s);
  if (namedQuarter) {
    const q = Math.ceil(pub.month / 3) - (namedQuarter[1] === 'last' ? 1 : 0);
    const [y, qq] = q < 1 ? [pub.year - 1, 4] : [pub.year, q];
    return { lo: monthSpan(y, qq * 3 - 2).lo, hi: monthSpan(y, qq * 3).hi };
  }
  const months = new RegExp(`^${MONTH}-${MONTH} quarter$`).exec(s);
  if (months) {
    const [a, b] = [monthNumber(months[1]!)!, monthNumber(months[2]!)!];
    const y = a > pub.month ? pub.year - 1 : pub.year;
    return { lo: monthSpan(y, a).lo, hi: monthSpan(b >= a ? y : y + 1, b).hi };
  }
  // "the previous year", "the current month": counted from publication, as "last year" and "this month".
  const counted = /^(previous|current|present) (week|month|year)$/.exec(s);
  if (counted) {
    const back = counted[1] === 'previous' ? -1 : 0;
    if (counted[2] === 'week') return weekSpan(ctx.published, back);
    if (counted[2] === 'year') return yearSpan(pub.year + back);
    const m = pub.month + back;
    return m < 1 ? monthSpan(pub.year - 1, 12) : monthSpan(pub.year, m);
  }
  // "the first eight months of the year", "the first two months of 2009".
  const firstMonths = /^first (\S+) months of (?:the year|(\d{4}|this year|last year|next year))$/.exec(s);
  const monthCount = firstMonths ? amountWord(firstMonths[1]!) : null;
  if (firstMonths && monthCount !== null && monthCount >= 1 && monthCount <= 12) {
    const y = relativeYear(firstMonths[2], pub.year);
    return { lo: isoOf(y, 1, 1), hi: monthSpan(y, monthCount).hi };
  }
  const half = /^(first|second) half(?: of)?(?: (\d{4}|this year|last year|next year))?$/.exec(s);
  if (half) {
    const y = relativeYear(half[2], pub.year);
    return half[1] === 'first'
      ? { lo: isoOf(y, 1, 1), hi: isoOf(y, 6, 30) }
      : { lo: isoOf(y, 7, 1), hi: isoOf(y, 12, 31) };
  }
  // "early 2016", "early in 2016", "late last year": a third of the year.
  const partYear = /^(early|mid|late)(?: in|-)? ?(\d{4}|this year|last year|next year)$/.exec(s);
  if (partYear) {
    const y = relativeYear(partYear[2], pub.year);
    const [a, b] = partYear[1] === 'early' ? [1, 4] : partYear[1] === 'mid' ? [5, 8] : [9, 12];
    return { lo: monthSpan(y, a).lo, hi: monthSpan(y, b).hi };
  }
  // Seasons: "spring", "last summer", "this winter", "spring of 2003", "the summer of 2012".
  const season =
    /^(?:(last|this|next|this coming|coming|past) )?(spring|summer|autumn|fall|winter)(?: (?:of )?(\d{4}))?$/.exec(s);
  if (season) return seasonSpan(season[2]!, season[1], season[3] ? Number(season[3]) : null, ctx);
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
  // "the September quarter" (in Australian and Indian copy): the three months ending with that month.
  const endingQuarter = /^(march|june|september|december) quarter$/.exec(s);
  if (endingQuarter) {
    const m = monthNumber(endingQuarter[1]!)!;
    const end = monthSpan(yearByTense(m, null, ctx), m);
    return { lo: monthSpan(partsOf(end.lo).year, m, -2).lo, hi: end.hi };
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

// The year of a month or day written without one: the year of publication, unless the words place it in the past and
// that would be after publication ("has made $186.5 million since its release Dec. 22", written on 7 January 2005:
// 2004), or in what is coming and that would be well before it.
function yearByTense(month: number, day: number | null, ctx: DateContext): number {
  const pub = partsOf(ctx.published);
  const lo = isoOf(pub.year, month, 1);
  const hi = monthSpan(pub.year, month).hi;
  const at = day !== null && day <= daysInMonth(pub.year, month) ? isoOf(pub.year, month, day) : null;
  // Where the nearest words do not say, the clause may, or else the sentence: "ran out of funds in December", "the
  // collapse of Lehman Brothers in September", "fell to 7.46 million in December, down from 7.48 million in November"
  // after a verb in the past, with nothing of what is coming.
  const pastIn = (words: string | undefined) => words !== undefined && PAST.test(words) && !FUTURE.test(words);
  // (A day within a month after publication is more likely coming than a year old: "a first stop on November 11"
  // in a text of November 5.)
  const farAhead = (at ?? lo) > addDays(ctx.published, 31);
  const guessed = farAhead && (pastIn(ctx.clause) || (!FUTURE.test(ctx.clause) && pastIn(ctx.sentence)));
  const tense = ctx.tense ?? (guessed ? 'past' : null);
  if (tense === 'past' && (at ?? lo) > ctx.published) return pub.year - 1;
  if (ctx.tense === 'future' && (at ?? hi) < addDays(ctx.published, -31)) return pub.year + 1;
  return pub.year;
}

function one(day: string): DaySpan {
  return { lo: day, hi: day };
}

function relativeYear(words: string | undefined, year: number): number {
  if (!words) return year;
  if (/^\d{4}$/.test(words)) return Number(words);
  return words.startsWith('last') ? year - 1 : words.startsWith('next') ? year + 1 : year;
}

// A small number in digits or words ("three", "10"), or null.
function amountWord(w: string): number | null {
  if (/^\d+$/.test(w)) return Number(w);
  if (w === 'a' || w === 'an' || w === 'one') return 1;
  return UNITS[w] ?? TENS[w] ?? null;
}

// Meteorological seasons, in the southern hemisphere where the outlet is.
function seasonSpan(name: string, which: string | undefined, stated: number | null, ctx: DateContext): DaySpan {
  const start = ((SEASONS[name]! + (SOUTH.has(ctx.country ?? '') ? 6 : 0) - 1) % 12) + 1;
  const span = (y: number): DaySpan => ({ lo: monthSpan(y, start).lo, hi: monthSpan(y, start, 2).hi });
  if (stated !== null) return span(stated);
  const pub = partsOf(ctx.published);
  // The season containing publication, or the one that started this year.
  let y = pub.year;
  if (start > pub.month && start === 12) y = pub.year - 1;
  let current = span(y);
  if (current.lo > ctx.published && start !== 12) current = span(y);
  const inside = current.lo <= ctx.published && ctx.published <= current.hi;
  if (which === 'last' || which === 'past')
    return inside || current.lo > ctx.published ? span(partsOf(current.lo).year - 1) : current;
  if (which === 'next' || which === 'coming' || which === 'this coming')
    return current.hi < ctx.published || inside ? span(partsOf(current.lo).year + 1) : current;
  return current;
}
