// Reading a date as written in news copy ("January 11", "from March", "last month", "on Tuesday night",
// "three weeks ago", "in the next few weeks") into the interval of calendar days it allows, resolved
// against the article's publication day. Rules, each with its reason:
// - A day or month with no year takes the year that puts it nearest the publication day: copy names the
//   year only when it is not the obvious one ("January 11" in February 2013 is 2013-01-11).
// - A month is all its days: "from March"/"starting in March"/"in March" say the start falls in March.
//   "early/mid/late March" are days 1–10, 11–20 and 21–end.
// - "by X", "until X" name a deadline: the event falls between publication and X.
// - A weekday is the most recent one on or before publication ("said on Tuesday" in a Wednesday paper),
//   unless the copy marks it as upcoming ("next", "coming", "to be", "will", "due", "expected",
//   "scheduled"), then the first one on or after publication ("next Tuesday": strictly after).
//   "last Tuesday" is strictly before; "this Tuesday" is the Tuesday of the publication week.
// - Weeks run Monday to Sunday; "last week" is the whole previous week, "last month" the previous
//   calendar month, "last year" the previous calendar year.
// - "in the next few weeks"/"in a few weeks"/"in the coming weeks": one to six weeks after publication
//   ("few" is at least two, but copy also uses it for "soon"; six weeks is where "a couple of months" starts).
// - "N units ago" subtracts the duration N units allows (see parse-amount.ts), "in N units" adds it.
import {
  addDays,
  dayNumber,
  DAYS_PER_MONTH,
  DAYS_PER_YEAR,
  daysInMonth,
  EARLIEST_DAY,
  LATEST_DAY,
  isoOf,
  monthNumber,
  monthSpan,
  partsOf,
  weekdayNumber,
  weekdayOf,
  weekSpan,
} from './calendar';
import { normaliseFigure } from './normalise-figure';
import { UNBOUNDED } from './hedges';
import { readAmount } from './parse-amount';
import { wordTable } from './word-table';

/** An interval of calendar days, ISO `YYYY-MM-DD`, inclusive. */
export interface DaySpan {
  lo: string;
  hi: string;
}

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const UPCOMING = /\b(next|coming|upcoming|to be|will|due|expected|scheduled|set to|planned)\b/;
const DEADLINE = /\b(by|until|till|no later than)\s+$/;
// "next few days" and its kin, in days after publication.
// "the past week": a rolling span back from publication, unlike the calendar "last week".
const ROLLING_DAYS = wordTable<number>({ day: 1, week: 7, month: DAYS_PER_MONTH, year: DAYS_PER_YEAR });
const FEW = wordTable<[number, number]>({ day: [1, 7], week: [7, 42], month: [30, 183] });

/** Whether a figure names a calendar day, month or weekday (then a duration is counted from it). */
export function namesCalendarDay(figure: string): boolean {
  const s = normaliseFigure(figure);
  // "may" is far more often the verb ("may last weeks") than the month.
  return new RegExp(`\\b(${MONTH}|${WEEKDAY}|yesterday|today|\\d{4}-\\d{2}-\\d{2})\\b`).test(
    s.replace(/\bmay\b(?! \d)/g, ''),
  );
}

/** The days a date phrase allows, or null when the figure holds no date phrase this module knows. */
export function readDate(figure: string, published: string): DaySpan | null {
  published = published.slice(0, 10); // a date-time's own calendar day is the publication day
  const s = normaliseFigure(figure)
    .replace(/\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ');
  const pub = partsOf(published);

  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(s);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]), s, iso.index);

  const md = new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4}))?`).exec(s);
  if (md) return day(yearOr(md[3]), monthNumber(md[1]!)!, Number(md[2]), s, md.index, !md[3]);
  const dm = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH}\\b(?: (\\d{4}))?`).exec(s);
  if (dm) return day(yearOr(dm[3]), monthNumber(dm[2]!)!, Number(dm[1]), s, dm.index, !dm[3]);

  const few =
    /\b(?:in|within|over|during) (?:the )?(?:next |coming )?(?:a )?few (day|week|month)s\b|\bin the coming (day|week|month)s\b|\b(?:within|in) (week|month)s\b/.exec(
      s,
    );
  if (few) {
    const [a, b] = FEW[(few[1] ?? few[2] ?? few[3])!]!;
    return { lo: addDays(published, a), hi: addDays(published, b) };
  }

  const ago = /^(.*?)\bago\b/.exec(s);
  if (ago) return shift(published, readAmount(ago[1]!, 'days'), -1);
  const ahead = /\b(in|within) ((?:\S+ ){0,3}?(?:day|week|month|year)s?)\b/.exec(s);
  if (ahead && /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|a|an|several)\b/.test(ahead[2]!)) {
    const span = shift(published, readAmount(ahead[2]!, 'days'), 1);
    // "within two weeks" and "in the next two weeks" run from publication; "in two weeks" is then.
    return ahead[1] === 'within' || /^the (next|coming) /.test(ahead[2]!) ? { lo: published, hi: span.hi } : span;
  }
  const rolling = /\bthe (?:past|last) (day|week|month|year)\b/.exec(s);
  if (rolling) return { lo: addDays(published, -Math.round(ROLLING_DAYS[rolling[1]!]!)), hi: published };
  const past = /\b(?:the )?(?:past|last) ((?:\S+ ){1,2}?(?:day|week|month|year)s)\b/.exec(s);
  if (past) return { lo: shift(published, readAmount(past[1]!, 'days'), -1).lo, hi: published };

  const rel = relative(s, published);
  if (rel) return rel;

  const wd = new RegExp(`\\b(?:(last|next|this coming|coming|this) )?${WEEKDAY}s?\\b`).exec(s);
  if (wd) {
    // Only a cue close before the weekday marks it upcoming: in "who will travel to Gao, said Tuesday" the
    // "will" belongs to another clause.
    const before = s
      .slice(0, wd.index + wd[0].length)
      .split(' ')
      .slice(-6)
      .join(' ');
    return weekday(published, weekdayNumber(wd[2]!)!, wd[1], UPCOMING.test(before));
  }

  const part =
    '(early|mid|late|the end of|end of|the beginning of|beginning of|the start of|start of|the middle of|middle of)';
  const mo = new RegExp(`\\b(?:${part}[ -])?(?:the month of )?${MONTH}\\b(?: (\\d{4}))?`).exec(s);
  if (
    mo &&
    (mo[2] !== 'may' ||
      mo[1] ||
      mo[3] ||
      /\b(in|from|since|by|until|of|starting|beginning)\s+$/.test(s.slice(0, mo.index)))
  ) {
    const m = monthNumber(mo[2]!)!;
    const y = mo[3] ? Number(mo[3]) : nearestYear(pub.year, (yy) => monthSpan(yy, m), published);
    const first = partOfMonth(monthSpan(y, m), mo[1]);
    // "between March and May", "from March to May": both months and those between (the later one may
    // fall in the next year: "December to February").
    const to = new RegExp(`^(?: (?:to|through|until|till|and)) ${MONTH}\\b`).exec(s.slice(mo.index + mo[0].length));
    if (to) {
      const m2 = monthNumber(to[1]!)!;
      return { lo: first.lo, hi: monthSpan(m2 >= m ? y : y + 1, m2).hi };
    }
    return deadline(s, mo.index, published, first);
  }
  // A year is four digits as written: "1,800" (troops) is a count, not the year 1800.
  const yr = /(?<![\d,.])(19\d\d|20\d\d)(?![\d,])/.test(figure) ? /\b(19\d\d|20\d\d)\b/.exec(s) : null;
  if (yr) return deadline(s, yr.index, published, { lo: isoOf(Number(yr[1]), 1, 1), hi: isoOf(Number(yr[1]), 12, 31) });
  return null;

  function yearOr(y: string | undefined): number {
    return y ? Number(y) : pub.year;
  }
  function day(y: number, m: number, d: number, text: string, at: number, inferYear = false): DaySpan | null {
    if (m < 1 || m > 12 || d < 1 || d > 31) return null;
    const year = inferYear ? nearestYear(pub.year, (yy) => one(yy, m, d), published) : y;
    if (d > daysInMonth(year, m)) return null;
    return deadline(text, at, published, one(year, m, d));
  }
}

function one(y: number, m: number, d: number): DaySpan {
  const iso = isoOf(y, m, Math.min(d, daysInMonth(y, m)));
  return { lo: iso, hi: iso };
}

// Of last year, this year and next year, the one whose span lies nearest the publication day.
function nearestYear(year: number, span: (y: number) => DaySpan, published: string): number {
  const p = dayNumber(published);
  const distance = (sp: DaySpan) => Math.max(0, dayNumber(sp.lo) - p, p - dayNumber(sp.hi));
  let best = year;
  for (const y of [year - 1, year + 1]) if (distance(span(y)) < distance(span(best))) best = y;
  return best;
}

// "by X" / "until X": from publication to X, when X is still ahead.
function deadline(s: string, at: number, published: string, span: DaySpan): DaySpan {
  if (DEADLINE.test(s.slice(0, at)) && span.hi >= published)
    return { lo: published < span.lo ? published : span.lo, hi: span.hi };
  return span;
}

function partOfMonth(span: DaySpan, part: string | undefined): DaySpan {
  if (!part) return span;
  const { year, month } = partsOf(span.lo);
  const last = daysInMonth(year, month);
  if (part === 'early' || part.endsWith('beginning of') || part.endsWith('start of'))
    return { lo: span.lo, hi: isoOf(year, month, 10) };
  if (part === 'mid' || part.endsWith('middle of')) return { lo: isoOf(year, month, 11), hi: isoOf(year, month, 20) };
  return { lo: isoOf(year, month, 21), hi: isoOf(year, month, last) };
}

// Publication day moved by a duration interval in days, backwards (−1) or forwards (+1). A side the words leave
// open ("more than three weeks ago") or that falls outside the calendar is the calendar's own end, never NaN.
function shift(published: string, days: { lo: number; hi: number }, sign: 1 | -1): DaySpan {
  const move = (n: number) => {
    const target = dayNumber(published) + sign * Math.round(n);
    if (n < UNBOUNDED && target >= dayNumber(EARLIEST_DAY) && target <= dayNumber(LATEST_DAY))
      return addDays(published, sign * Math.round(n));
    return sign < 0 ? EARLIEST_DAY : LATEST_DAY;
  };
  const a = move(days.lo);
  const b = move(days.hi);
  return a <= b ? { lo: a, hi: b } : { lo: b, hi: a };
}

function weekday(published: string, wd: number, modifier: string | undefined, upcoming: boolean): DaySpan {
  const pubWd = weekdayOf(published);
  let offset: number;
  if (modifier === 'this') {
    offset = ((wd + 6) % 7) - ((pubWd + 6) % 7);
  } else if (modifier === 'last') {
    offset = -((pubWd - wd + 7) % 7 || 7);
  } else if (modifier === 'next') {
    offset = (wd - pubWd + 7) % 7 || 7;
  } else if (upcoming || modifier) {
    offset = (wd - pubWd + 7) % 7;
  } else {
    offset = -((pubWd - wd + 7) % 7);
  }
  const iso = addDays(published, offset);
  return { lo: iso, hi: iso };
}

function relative(s: string, published: string): DaySpan | null {
  const { year, month } = partsOf(published);
  const at = (iso: string): DaySpan => ({ lo: iso, hi: iso });
  if (/\b(today|tonight|this (morning|afternoon|evening))\b/.test(s)) return at(published);
  if (/\blast night\b/.test(s)) return { lo: addDays(published, -1), hi: published };
  if (/\byesterday\b/.test(s)) return at(addDays(published, -1));
  if (/\btomorrow\b/.test(s)) return at(addDays(published, 1));
  const m = /\b(last|this|next|earlier this|later this) (week|month|year)\b/.exec(s);
  if (!m) return null;
  // "early next month", "the end of last month": the part of that month.
  const part =
    /\b(early|mid|late|the end of|end of|the beginning of|beginning of|the start of|start of|the middle of|middle of)[ -]$/.exec(
      s.slice(0, m.index),
    );
  if (part && m[2] === 'month' && m[1] !== 'earlier this' && m[1] !== 'later this') {
    return partOfMonth(monthSpan(year, month, m[1] === 'last' ? -1 : m[1] === 'next' ? 1 : 0), part[1]);
  }
  const offset = m[1] === 'last' ? -1 : m[1] === 'next' ? 1 : 0;
  const span =
    m[2] === 'week'
      ? weekSpan(published, offset)
      : m[2] === 'month'
        ? monthSpan(year, month, offset)
        : { lo: isoOf(year + offset, 1, 1), hi: isoOf(year + offset, 12, 31) };
  if (m[1] === 'earlier this') return { lo: span.lo, hi: published };
  if (m[1] === 'later this') return { lo: published, hi: span.hi };
  return span;
}
