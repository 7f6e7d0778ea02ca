// The day a page's own text gives for itself when its metadata gives none: a stamp line at its top or foot
// ("Updated 5:24 AM EST, Wed February 6, 2013", "(Posted on: February 13, 2014)", "Published on 6 Feb 2013"), or a
// stamp in brackets within a paragraph there; a wire dateline with its year ("PARIS, Feb 6, 2013 (Wire) -", "HENRY
// COUNTY, Ind. (Aug. 28, 2015) -"), or a dateline's month and day alone ("PARIS, Feb 6 -"), which says the day but
// not the year.
import { findDateline } from '../claims/extract-claims';
import { isIsoDate, isoOf, monthNumber } from '../quantity/calendar';

/** What a page's text says of its day. */
export interface TextDate {
  /** An ISO day the text states with its year, or null. */
  day: string | null;
  /** A dateline's month and day without a year, or null. */
  monthDay: { month: number; day: number } | null;
}

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE_WITH_YEAR = new RegExp(
  `\\b(?:${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})|(\\d{1,2}) ${MONTH},? (\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))\\b`,
  'i',
);
// A stamp: posted, updated or published, then a date within a few words; or a short line that is mostly a date.
const STAMP = /\b(posted|updated|published|last updated|first published)\b/i;
// A stamp in brackets inside a longer paragraph ("… their home Sunday night. (Published Monday, Aug. 4, 2014)").
const BRACKETED_STAMP = /\((?:posted|updated|published|last updated|first published)\b[^()]{4,60}\)/i;
// A dateline whose date is in brackets after the place and its state or country ("HENRY COUNTY, Ind. (Aug. 28, 2015)
// –", "Edmonton, Ky. (November 28, 2016) -"): capitalised words, a comma, a capitalised word, the date alone in the
// brackets, then a dash.
const BRACKETED_DATELINE =
  /^[A-Z][\p{L}'\u2019.-]*(?: [A-Z][\p{L}'\u2019.-]*){0,3}, [A-Z][\p{L}.]{1,14} \(([^()]{6,30})\)\s*[-\u2013\u2014]/u;
// Paragraphs looked at, at the top and at the foot, and the most words a stamp line has.
const EDGE_PARAGRAPHS = 4;
const STAMP_WORDS = 30;

/** The day (or the month and day) a page's text gives for itself. */
export function textDate(body: string): TextDate {
  const line = findDateline(body);
  if (line) {
    const withYear = dateIn(line.day);
    if (withYear) return { day: withYear, monthDay: null };
  }
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const top = paragraphs.slice(0, EDGE_PARAGRAPHS);
  const edges = [...top, ...paragraphs.slice(-EDGE_PARAGRAPHS)];
  for (const p of top) {
    const opening = BRACKETED_DATELINE.exec(p);
    // The brackets hold the date and nothing else (not a photographer's credit).
    const day = opening && opening[1]!.replace(DATE_WITH_YEAR, '').trim() === '' ? dateIn(opening[1]!) : null;
    if (day) return { day, monthDay: null };
  }
  for (const p of edges) {
    const bracketed = BRACKETED_STAMP.exec(p);
    const stamped = bracketed ? dateIn(bracketed[0]) : null;
    if (stamped) return { day: stamped, monthDay: null };
    const words = p.split(/\s+/).length;
    if (words > STAMP_WORDS) continue;
    const found = dateIn(p);
    // A stamp word, or a line of a few words that is the date (and perhaps a time and a weekday).
    if (found && (STAMP.test(p) || words <= 8)) return { day: found, monthDay: null };
  }
  const md = line ? new RegExp(`^${MONTH} (\\d{1,2})`, 'i').exec(line.day) : null;
  const dm = line ? new RegExp(`^(\\d{1,2}) ${MONTH}`, 'i').exec(line.day) : null;
  const month = md ? monthNumber(md[1]!.toLowerCase()) : dm ? monthNumber(dm[2]!.toLowerCase()) : null;
  const day = md ? Number(md[2]) : dm ? Number(dm[1]) : null;
  return { day: null, monthDay: month && day && day <= 31 ? { month, day } : null };
}

// The first date with a year in a piece of text, as an ISO day, or null.
function dateIn(text: string): string | null {
  // Every shape has a year's four digits: a text without them skips the pattern (a cold start pays for its first use).
  if (!/\d{4}/.test(text)) return null;
  const m = DATE_WITH_YEAR.exec(text);
  if (!m) return null;
  const iso = m[7]
    ? `${m[7]}-${m[8]}-${m[9]}`
    : m[1]
      ? safeIso(Number(m[3]), monthNumber(m[1].toLowerCase()), Number(m[2]))
      : safeIso(Number(m[6]), monthNumber(m[5]!.toLowerCase()), Number(m[4]));
  return iso && isIsoDate(iso) ? iso : null;
}

function safeIso(year: number, month: number | null, day: number): string | null {
  if (!month || day < 1 || day > 31 || year < 1900 || year > 2999) return null;
  return isoOf(year, month, day);
}
