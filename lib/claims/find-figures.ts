// Finds the figures of one sentence: numbers, amounts, dates, weekdays, relative dates and durations, each as the
// span of words a reader would quote ("nearly 4,000", "from March", "on Tuesday night", "26-day", "in a few weeks").
import { leadingHedgeAt } from '../quantity/hedges';
import {
  CALENDAR_SPANS,
  DATE_LEADS,
  DAY_PARTS,
  isDigits,
  isMonth,
  isNumberWord,
  isWeekday,
  isYear,
  RELATIVE_DAYS,
  SPAN_LEADS,
  unitFamily,
} from './figure-words';
import { type AmountRead, readAmountAt } from './amounts';
import { isTelephoneAt } from './not-amount-context';
import { isTitleCase, namedTerm, notAnAmount } from './not-amounts';
import { type Piece, pieceOfToken, piecesOf } from './pieces';
import type { Token } from './tokens';

/** The sort of figure a span was read as, before any parsing. */
export type FigureShape = 'count' | 'date' | 'duration' | 'distance';

/** A figure found in a sentence: token range [first, last] and how it reads. */
export interface FoundFigure {
  first: number;
  last: number;
  /** The main reading, and any other reading the words allow ("in a few weeks": a date, or a duration). */
  shapes: FigureShape[];
  /** Token index from which the value parser should read (earlier than `first` when cue words matter). */
  contextFirst: number;
  /** The figure itself without its hedge and lead-in ("4,000" of "nearly 4,000"): tokens [first, last]. */
  core: { first: number; last: number };
  /** The amount grammar's reading, for a figure that is an amount. */
  amount: AmountRead | null;
  /** The last token of the amount itself, before a trailing hedge ("100" of "100+"). */
  valueLast: number;
}

const FUTURE_CUES =
  /\b(will|would|could|may|might|should|expect\w*|plan\w*|set to|due|going to|hope\w*|aim\w*|intend\w*)\b/;
const AGE_WORDS = new Set(['old', 'long']);

/** Every figure of a sentence's tokens, in order, without overlaps. */
export function findFigures(tokens: readonly Token[]): FoundFigure[] {
  const found: FoundFigure[] = [];
  const words = tokens.map((t) => (t.type === 'word' ? t.lower : ''));
  const sentence: Sentence = { P: piecesOf(tokens), titleCase: isTitleCase(tokens) };
  for (let i = 0; i < tokens.length; ) {
    const core = startsFigure(tokens[i]!) ? matchCore(tokens, words, i, sentence) : null;
    if (!core) {
      i++;
      continue;
    }
    const figure = extendLeft(tokens, words, core);
    if (figure.shapes.length > 0) found.push(figure);
    i = core.last + 1;
  }
  return found;
}

// Words of change before "from X to Y" that make it two levels.
const CHANGE_WORD =
  /^(rose|rise|rises|risen|rising|increase|increased|increases|increasing|grew|grown|growing|fell|fall|falls|fallen|falling|drop|dropped|drops|declined|decline|declines|decreased|decrease|jumped|jump|climbed|climb|surged|soared|soar|plunged|plunge|plummet|plummeted|plummeting|tumbled|tumble|slumped|slump|sank|sink|dived|dive|slid|slipped|went|gone|up|down|changed|change|moved|cut|raised|lifted|lowered|reduced|increasing|dropping|growth)$/;

interface Sentence {
  P: Piece[];
  titleCase: boolean;
}

// A capitalised word other than a month or weekday after token i: "the 2012 Olympics".
function nameAfter(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next?.type === 'word' && next.cap && !isMonth(next.text, undefined, undefined, false) && !isWeekday(next.text);
}

// A year between a name and its capitalised words, or before a code in capitals.
function yearInName(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (next?.type === 'word' && /^[A-Z]{2,}\d*(['\u2019]s)?$/.test(next.text)) return true;
  // "MN4 2004 asteroid": after a code of capitals and digits, wherever it stands.
  if (prev?.type === 'word' && /^[A-Z]+\d+[A-Z\d]*$/.test(prev.text)) return true;
  // "the Gold Reserve Act of 1934", "the Brazilian Champion of 2004": after "of" and a capitalised head in the
  // sentence (a month or season of a year is a date: "March of 2005").
  const head = tokens[i - 2];
  if (
    prev?.lower === 'of' &&
    head?.type === 'word' &&
    head.cap &&
    i - 2 > 0 &&
    !isMonth(head.text, undefined, undefined, false) &&
    !/^(spring|summer|autumn|fall|winter)$/i.test(head.text)
  )
    return true;
  if (prev?.type !== 'word' || !prev.cap || prev.stop || i - 1 === 0) return false;
  // "GM's 2008 revenue": the year of what a name owns, not a year in the name.
  if (/['\u2019]s$/.test(prev.text) && next?.type === 'word' && !next.cap) return false;
  return (
    !isMonth(prev.text, t(i), undefined, false) &&
    !isWeekday(prev.text) &&
    !/^(In|On|By|Since|From|Until|Of|And|To|For|At|Between|Before|After|During)$/.test(prev.text)
  );
  function t(k: number) {
    return tokens[k]?.text;
  }
}

// Lower-case words that may start a figure (digits, capitalised words and hyphenated words always may).
const LOWER_STARTS = new Set([
  ...'a an last next this coming previous current past few couple today yesterday tomorrow tonight earlier later half quite tens once twice thrice minus single sole lone several dozens scores hundreds thousands millions billions trillions zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety rs usd eur gbp us nz hk au ca'.split(
    ' ',
  ),
]);

// A figure starts at a digit, a capitalised word (a month, a weekday, "Twenty"), a number or time word, a
// currency symbol or a minus sign: a cheap test that skips most words of a text.
function startsFigure(t: Token): boolean {
  if (t.type === 'punct') return /^[$€£¥₹₩₦₱₽₺₪₴\-\u2212]$/.test(t.text);
  const c = t.lower.charCodeAt(0);
  return (
    (c >= 48 && c <= 57) || t.cap || LOWER_STARTS.has(t.lower) || t.lower.includes('-') || t.lower.endsWith('long')
  );
}

interface Core {
  first: number;
  last: number;
  shape: FigureShape;
  amount?: AmountRead;
  valueLast?: number;
  /** A bare "a month"/"a year" needs a hedge or a lead-in to be a figure. */
  needsLead?: boolean;
  /** A time amount that "in"/"within" before it could turn into a date. */
  timeAmount?: boolean;
}

function isWordAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.type === 'word';
}

// Tokens i and i+1 touch (no space between them), as in "4,000-strong".
function touching(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  return a !== undefined && b !== undefined && a.end === b.start;
}

function matchCore(tokens: readonly Token[], words: string[], i: number, sentence: Sentence): Core | null {
  const t = tokens[i]!;
  if (t.type === 'punct') return amount(tokens, words, i, sentence);
  const w = words[i]!;
  // "the national helpline 1930", "call 1800 333 000", "0300 123 2040": a number to call, not a year or an amount.
  if (isDigits(w) && isTelephoneAt(tokens, i)) return null;
  const next = tokens[i + 1];
  const prev = i > 0 ? words[i - 1] : undefined;
  // A time of day ("4:22pm", "18.40 GMT") is not a figure of the story.
  const clock =
    tokens[i + 1]?.text === ':' && touching(tokens, i) && touching(tokens, i + 1) && /^\d\d/.test(words[i + 2] ?? '');
  if (isDigits(w) && (/^\d+(am|pm)$/.test(w) || clock || /^(gmt|est|edt|bst|utc|cet)$/.test(words[i + 1] ?? ''))) {
    return null;
  }
  // A rank or a reference ("the number three in Ansar Dine", "Resolution 2085", "No. 2") is no amount.
  const rank = /^(number|no)$/.test(prev ?? '')
    ? /^(the|a|its|his|her|their)$/.test(words[i - 2] ?? '')
    : /^(resolution|article|chapter|page|flight|route|highway)$/.test(prev ?? '');
  if (rank && (isDigits(w) || isNumberWord(w))) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(w)) return { first: i, last: i, shape: 'date' };
  // "March: when Paris expects …" in a list is the month, even at a line's start.
  if (isMonth(t.text, next?.text, prev, i === 0 && next?.text !== ':')) return monthDate(tokens, words, i);
  if (
    isDigits(w) &&
    /^\d{1,2}(st|nd|rd|th)?$/.test(w) &&
    tokens[i + 1] &&
    isMonth(tokens[i + 1]!.text, tokens[i + 2]?.text, w, false)
  ) {
    const m = monthDate(tokens, words, i + 1);
    return { ...m, first: i };
  }
  if (isWeekday(t.text)) {
    let last = i;
    if (DAY_PARTS.has(words[i + 1] ?? '')) last++;
    return { first: i, last, shape: 'date' };
  }
  if (RELATIVE_DAYS.has(w)) return { first: i, last: i, shape: 'date' };
  // "the past decade", "shot in the last week", "for the next year": a span of time counted from now, one of the
  // unit (but "the last week of March" is a date, and so is "the next year" alone: the year after another).
  const spanWord = /^(decade|century|week|month|year|fortnight)$/.test(words[i + 1] ?? '');
  const counted =
    w === 'past' ||
    ((w === 'last' || w === 'next') && /^(for|over|during|within|in|throughout)$/.test(words[i - 2] ?? ''));
  if (counted && prev === 'the' && spanWord && words[i + 2] !== 'of' && !/['\u2019]s$/.test(tokens[i + 1]?.text ?? ''))
    return { first: i, last: i + 1, shape: 'duration', timeAmount: false };
  if (
    /^(last|next|this|coming|previous|current)$/.test(w) &&
    CALENDAR_SPANS.has(words[i + 1] ?? '') &&
    isWordAt(tokens, i + 1)
  ) {
    const first = (prev === 'earlier' || prev === 'later') && w === 'this' ? i - 1 : i;
    return { first, last: i + 1, shape: 'date' };
  }
  // A year is written without a thousands separator: "2,000" is a count.
  // "Russell 2000 Index", "WWDC 2005", "2004 MN4": a year in a name is no date.
  if (isYear(w) && /^\d{4}$/.test(t.text) && yearInName(tokens, i)) return null;
  // "2002 World Cup, we won bronze": a year opening a sentence before a name of two capitalised words.
  if (isYear(w) && i === 0 && nameAfter(tokens, i) && tokens[i + 2]?.type === 'word' && tokens[i + 2]!.cap) return null;
  // "$400 million (1999 dollars)": the year of a price level, not a date.
  if (isYear(w) && /^(dollars|prices|terms|money)$/.test(words[i + 1] ?? '')) return null;
  // "the 2012 Olympics", "the 1991 Hajj": a year in a name is no date.
  if (isYear(w) && /^\d{4}$/.test(t.text) && /^(the|a|an|his|her|its|their)$/.test(prev ?? '') && nameAfter(tokens, i))
    return null;
  // "by 2100": a year of the next century, in a forecast's words.
  if (/^21\d\d$/.test(t.text) && /^(by|until|till|before)$/.test(prev ?? ''))
    return { first: i, last: i, shape: 'date' };
  // "since 1992's Batman Returns": the year of the name that follows.
  if (isYear(w) && /^\d{4}(['\u2019]s)?$/.test(t.text) && !/^(troops|soldiers|people|men)$/.test(words[i + 1] ?? ''))
    return { first: i, last: i, shape: 'date' };
  // "monthlong", "month-long", "week-old": one of the unit.
  const compound = w.split('-');
  if (
    /^(hour|day|week|month|year)long$/.test(w) ||
    (compound.length === 2 && unitFamily(compound[0]!) === 'time' && AGE_WORDS.has(compound[1]!))
  ) {
    return { first: i, last: i, shape: 'duration' };
  }
  // "three-week-old", "ten-month", "two-day": a spelled-out number joined to its unit.
  if (compound.length >= 2 && isNumberWord(compound[0]!) && unitFamily(compound[1]!) === 'time') {
    if (namedTerm(tokens, i)) return null;
    return { first: i, last: i, shape: 'duration', timeAmount: true };
  }
  return amount(tokens, words, i, sentence);
}

// "January 11", "Feb. 5, 2013", "March 2013", "March".
function monthDate(tokens: readonly Token[], words: string[], i: number): Core {
  let last = i;
  let j = i + 1;
  if (tokens[j]?.text === '.' && touching(tokens, i)) j++;
  if (/^\d{1,2}(st|nd|rd|th)?$/.test(words[j] ?? '') && isWordAt(tokens, j)) {
    last = j;
    j++;
    if (tokens[j]?.text === ',' && isYear(words[j + 1] ?? '')) j++;
  }
  if (isYear(words[j] ?? '') && isWordAt(tokens, j)) last = j;
  return { first: i, last, shape: 'date' };
}

// A number phrase with its unit, range and trailing words, or null when none starts at i.
function amount(tokens: readonly Token[], words: string[], i: number, sentence: Sentence): Core | null {
  const w = words[i]!;
  const prev = i > 0 ? words[i - 1] : undefined;
  // "a month", "a year": one of a unit of time, a figure only with a hedge or a lead-in ("almost a year").
  if ((w === 'a' || w === 'an') && unitFamily(words[i + 1] ?? '') === 'time' && !words[i + 1]!.endsWith('s')) {
    return timeTail(tokens, words, { first: i, last: i + 1, shape: 'duration', needsLead: true, timeAmount: true });
  }
  // "the next few weeks".
  if (w === 'few' && /^(next|coming|past|last)$/.test(prev ?? '') && unitFamily(words[i + 1] ?? '') === 'time') {
    return timeTail(tokens, words, { first: i, last: i + 1, shape: 'duration', timeAmount: true });
  }
  const k = pieceOfToken(sentence.P, i);
  if (k < 0) return null;
  // "rose from 181 to 250", "an increase from $100,000 to $250,000": two levels, not one range.
  // A change word earlier in the clause: "increase existing swap lines with the ECB from $55 billion to $110 billion".
  // Only before "from" or right after a change word does it matter: the look back is skipped elsewhere.
  let changeBefore = false;
  // "make up 20 to 25 percent": "up" a particle, no change.
  const particle =
    prev === 'up' &&
    /^(make|makes|made|making|take|takes|took|taking|sum|sums|summed|add|adds|added|end|ended|ends)$/.test(
      words[i - 2] ?? '',
    );
  if (prev === 'from' || (prev !== undefined && CHANGE_WORD.test(prev) && !particle))
    for (let j = i - 1; j >= Math.max(0, i - 30) && !/^[.;:!?]$/.test(tokens[j]!.text); j--)
      if (CHANGE_WORD.test(words[j]!)) changeBefore = true;
  const read = readAmountAt(
    sentence.P,
    k,
    words,
    changeBefore && (words[i - 1] === 'from' || (CHANGE_WORD.test(prev ?? '') && !particle)),
  );
  if (!read || notAnAmount(tokens, sentence.P, k, read, sentence.titleCase)) return null;
  const firstWord = sentence.P[k]!.w;
  const end = sentence.P[read.last]!.t;
  // A vague word alone ("several", "hundreds") is an amount only before a noun, "of", a colon or a quotation.
  if (
    read.span &&
    !read.unit &&
    end === i &&
    /^(several|dozens|scores|hundreds|thousands|millions|billions)$/.test(firstWord) &&
    !isWordAt(tokens, i + 1) &&
    !quotedAmount(tokens, i) &&
    tokens[i + 1]?.text !== ':'
  )
    return null;
  if (firstWord === 'scores' && words[i + 1] !== 'of') return null;
  let last = end;
  const unit = read.unit;
  let shape: FigureShape = 'count';
  if (unit?.family === 'duration') shape = 'duration';
  else if (unit && /^(kilometre|mile|metre)$/.test(unit.name)) {
    shape = 'distance';
    // "80 kilometres (50 miles)": the conversion is part of the figure.
    if (
      tokens[last + 1]?.text === '(' &&
      tokens[last + 4]?.text === ')' &&
      unitFamily(words[last + 3] ?? '') === 'distance'
    )
      last += 4;
  }
  // "4,000-strong", "1,000-man".
  if (
    tokens[last + 1]?.text === '-' &&
    touching(tokens, last) &&
    /^(strong|man|member|nation)$/.test(words[last + 2] ?? '')
  )
    last += 2;
  const valueLast = Math.min(last, sentence.P[read.valueLast]!.t);
  const core: Core = { first: i, last, shape, amount: read, valueLast, timeAmount: shape === 'duration' };
  return shape === 'duration' ? timeTail(tokens, words, core) : core;
}

// What follows an amount of time: "old"/"long", "ago" (then it is a date).
function timeTail(tokens: readonly Token[], words: string[], core: Core): Core {
  let { last } = core;
  if (AGE_WORDS.has(words[last + 1] ?? '') && isWordAt(tokens, last + 1)) last++;
  if (words[last + 1] === 'ago') return { ...core, last: last + 1, shape: 'date', timeAmount: false, needsLead: false };
  return { ...core, last };
}

// "“hundreds” of fighters": a vague amount in quotes, followed by its noun.
function quotedAmount(tokens: readonly Token[], j: number): boolean {
  return tokens[j + 1]?.type === 'punct' && /^["'\u201d\u2019]$/.test(tokens[j + 1]!.text) && isWordAt(tokens, j + 2);
}

// Adds the hedge ("nearly", "some", "more than") and the lead-in ("from", "in the next", "by") before a core.
function extendLeft(tokens: readonly Token[], words: string[], core: Core): FoundFigure {
  let first = core.first;
  let hedged = false;
  for (let j = Math.max(0, first - 4); j < first; j++) {
    const h = leadingHedgeAt(words, j);
    if (h && h.end === first && tokens.slice(j, first).every((t) => t.type === 'word')) {
      first = j;
      hedged = true;
      break;
    }
  }
  if (words[first - 1] === 'between' && tokens[first - 1]?.type === 'word') first--;
  const shapes: FigureShape[] = [core.shape];
  const leads = core.shape === 'date' ? DATE_LEADS : core.shape === 'duration' ? SPAN_LEADS : [];
  let led = false;
  // Lead-ins chain: "in" + "late January", "by" + "the end of March".
  for (let round = 0; round < 2; round++) {
    const lead = leads.find(
      (l) =>
        first - l.length >= 0 &&
        l.every((x, k) => words[first - l.length + k] === x && tokens[first - l.length + k]!.type === 'word'),
    );
    if (!lead) break;
    first -= lead.length;
    led = true;
  }
  // "a day after", "a year earlier": one of the unit, counted from another time.
  const counted = /^(after|before|later|earlier|ago|long|old)$/.test(words[core.last + 1] ?? '');
  if (core.needsLead && !hedged && !led && !counted && !AGE_WORDS.has(words[core.last] ?? '')) {
    // A bare "a month" ("once a month") is not a figure: drop it by returning an empty shape list.
    const own = { first: core.first, last: core.last };
    return { ...own, shapes: [], contextFirst: core.first, core: own, amount: null, valueLast: core.last };
  }
  if (core.timeAmount && led) {
    const leadWords = words.slice(first, core.first).join(' ');
    const future = /^(in|within)\b|\bnext\b|\bcoming\b/.test(leadWords) && !/\b(past|last)\b/.test(leadWords);
    const past = /\b(past|last)\b/.test(leadWords);
    const clause = words.slice(Math.max(0, first - 8), first).join(' ');
    if (future && (FUTURE_CUES.test(clause) || /\bnext\b|\bcoming\b/.test(leadWords))) shapes.unshift('date');
    else if (future || past) shapes.push('date');
  }
  // Weekdays read "upcoming" from cue words just before them ("to be published Wednesday"), within the clause; other
  // dates are read from their own words ("2001 and 2012" is two years, not one).
  let contextFirst = first;
  if (core.shape === 'date' && isWeekday(tokens[core.first]!.text)) {
    for (let k = first - 1; k >= Math.max(0, first - 4) && tokens[k]!.type === 'word'; k--) contextFirst = k;
  }
  return {
    first,
    last: core.last,
    shapes: dedupe(shapes),
    contextFirst,
    core: { first: core.first, last: core.last },
    amount: core.amount ?? null,
    valueLast: core.valueLast ?? core.last,
  };
}

function dedupe(shapes: FigureShape[]): FigureShape[] {
  return [...new Set(shapes)];
}
