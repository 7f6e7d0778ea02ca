// The span of a date figure as the figures command reports it: the found date without the words that only place
// it ("on Tuesday", "by March", "in 2012"), grown to the whole phrase ("first quarter of 2009", "next Tuesday night",
// "between April and June", "May 4 to 10", "September last year"), and the date phrases the claim finder has no
// use for ("the 1950s", "this weekend", "spring", "year end", "the 29th", "7/8/07").
import { weekdayNumber } from '../quantity/calendar';
import { MONTH } from './date-context';
import type { FoundFigure } from './find-figures';
import type { Token } from './tokens';

/** A date figure's tokens [first, last] and the words before it that place it ("by", "since"). */
export interface DateSpan {
  first: number;
  last: number;
  lead: string;
}

const OUTSIDE = new Set([
  'in',
  'on',
  'at',
  'from',
  'since',
  'by',
  'until',
  'till',
  'as',
  'of',
  'starting',
  'before',
  'after',
  'during',
]);
const CONNECTORS = /^(to|through|until|till|and|or|-|\u2013|\u2014)$/;
const LEFT_PHRASES: string[][] = [
  ...['first', 'second', 'third', 'fourth', 'final', '1st', '2nd', '3rd', '4th'].map((o) => [o, 'quarter', 'of']),
  ...['first', 'second', 'third', 'fourth'].map((o) => [`${o}-quarter`]),
  ...['first', 'second', 'third', 'fourth'].map((o) => [o, 'quarter']),
  ['first', 'half', 'of'],
  ['second', 'half', 'of'],
  ...['spring', 'summer', 'autumn', 'fall', 'winter'].map((s) => [s, 'of']),
  ['last', 'week', 'of'],
  ['first', 'week', 'of'],
  ['early', 'in'],
  ['this', 'coming'],
  ['next'],
  ['last'],
  ['this'],
  ['coming'],
];

/** The output span of a found date: lead words dropped, phrase words added, and what follows it merged in. */
export function dateSpan(tokens: readonly Token[], words: readonly string[], f: FoundFigure): DateSpan {
  let first = f.first;
  if (words.slice(first, first + 3).join(' ') === 'no later than') first += 3;
  while (
    first < f.core.first &&
    (OUTSIDE.has(words[first]!) || /^(the|starting|least|latest|earliest)$/.test(words[first]!))
  )
    first++;
  const lead = words.slice(Math.max(0, f.first - 1), first).join(' ');
  for (;;) {
    const phrase = LEFT_PHRASES.find((p) => p.every((w, k) => words[first - p.length + k] === w));
    if (!phrase || tokens[first - phrase.length]?.type !== 'word') break;
    first -= phrase.length;
  }
  // "in the year to March", "the week ending August 31": a span of a year or a week ending at the date.
  const ending = `${words[first - 2]} ${words[first - 1]}`;
  if ((ending === 'year to' || ending === 'week ending' || ending === 'week to') && words[first - 3] === 'the')
    first -= 2;
  // "the year to the end of June".
  else if (words[first] === 'end' && `${words[first - 4]} ${words[first - 3]} ${ending}` === 'the year to the')
    first -= 3;
  return { first, last: f.last, lead: lead || (words[first - 1] ?? '') };
}

/**
 * Merges a date with the figure after it when together they are one date: a range ("April and June", "May 4 to
 * 10", "1980 to 2012"), a day and its year ("February, 2004"), a month and its year ("September last year").
 * Returns the index of the last figure merged.
 */
export function mergeFollowing(
  tokens: readonly Token[],
  words: readonly string[],
  span: DateSpan,
  figures: readonly FoundFigure[],
  index: number,
): number {
  let at = index;
  for (;;) {
    const next = figures[at + 1];
    if (!next) return at;
    const gap = words.slice(span.last + 1, next.first);
    const gapTokens = tokens.slice(span.last + 1, next.first);
    const isDate = next.shapes[0] === 'date';
    const dayNumber =
      next.amount &&
      !next.amount.unit &&
      /^\d{1,2}$/.test(words[next.core.first] ?? '') &&
      next.core.first === next.core.last;
    const nextText = words.slice(next.first, next.last + 1).join(' ');
    // "in October and November" are two months; "between April and June", "December 1 and 2", "in 2011 and 2012"
    // one span.
    const and = gap.length === 1 && gap[0] === 'and';
    const years = /^(1[0-9]|20)\d\d$/.test(nextText) && /^(1[0-9]|20)\d\d$/.test(words[span.last] ?? '');
    const connector =
      gap.length === 1 &&
      CONNECTORS.test(gapTokens[0]!.text.toLowerCase()) &&
      (!and ||
        /\bbetween\b/.test(span.lead) ||
        words.slice(span.first - 1, span.last).includes('between') ||
        years ||
        Boolean(dayNumber));
    // "from 1973 until 1990": the second date's lead-in is the range's word.
    const ledOn =
      gap.length === 0 &&
      /^(until|till|through|to)$/.test(words[next.first] ?? '') &&
      next.core.first === next.first + 1 &&
      /\b(from|between)$/.test(span.lead) &&
      isDate;
    const comma = gap.length === 1 && gapTokens[0]!.text === ',' && /^(1[0-9]|20)\d\d$/.test(nextText);
    const ofYear =
      (gap.length === 0 || (gap.length === 1 && gap[0] === 'of')) &&
      (/^(last|this|next) year$/.test(nextText) || (gap.length === 1 && /^(1[0-9]|20)\d\d$/.test(nextText)));
    // "since November 2023 to 13": a day number after a date that has its year is no end of a range.
    const hasYear = /\b(1[0-9]|20)\d\d\b/.test(words.slice(span.first, span.last + 1).join(' '));
    // "May 4 to 10" runs from a day to a day; "from 10 in March to 8 in May" is no range of March's days.
    const endsOnDay = /^\d{1,2}(?:st|nd|rd|th)?$/.test(words[span.last] ?? '');
    const yearAfter = gap.length === 0 && /^(1[0-9]|20)\d\d$/.test(nextText) && isDate;
    const relative = /^(this|last|next|the)\b/.test(nextText);
    // "Tuesday, July 26, 2016": a weekday and the day it names are one date.
    const weekday = weekdayNumber(words[span.last] ?? '');
    const weekdayOfDay =
      gap.length === 1 &&
      gapTokens[0]!.text === ',' &&
      span.first === span.last &&
      weekday !== null &&
      isDate &&
      /\d/.test(nextText);
    // "Tuesday and Wednesday", "this Saturday and Sunday": two days running, one span.
    const twoDays = and && weekday !== null && weekdayNumber(nextText) === (weekday + 1) % 7;
    if (
      twoDays ||
      weekdayOfDay ||
      (connector && !relative && (isDate || (dayNumber && endsOnDay && !hasYear))) ||
      comma ||
      ofYear ||
      yearAfter ||
      ledOn
    ) {
      span.last = next.last;
      at++;
      continue;
    }
    return at;
  }
}

// Date phrases found by pattern, beyond the claim finder's: "the 1950s", "this weekend", "spring", "year end", "the
// 29th", "7/8/07", "the October-December quarter", "end of the month".
const EXTRA = new RegExp(
  [
    String.raw`\b(?:mid-|early |late )?(?:1[0-9]|20)\d0['\u2019]?s\b`,
    String.raw`\bmid-${MONTH}\b`,
    String.raw`\b(?:first|second|third|fourth|final)[- ]quarter\b(?! of| (?:1[0-9]|20)\d\d)`,
    String.raw`\b(?:last|this|current) (?:financial |fiscal )?quarter\b`,
    String.raw`\bfirst \w+ months of (?:the|this|last|next) year\b`,
    String.raw`\bfirst \w+ months of (?:1[0-9]|20)\d\d\b`,
    String.raw`(?<=\bthe )(?:following|next|previous|same) day\b`,
    String.raw`(?<=\bthe )following (?:week|month|year)\b`,
    String.raw`(?<=\bthe )(?:day|week|month|year) (?:before|after|earlier|later|previous)\b(?! (?:the|a|an|his|her|their|its|\d))`,
    String.raw`\b${MONTH}\.? (?:[1-9]|[12]\d|3[01])-(?:[1-9]|[12]\d|3[01])\b(?!-)`,
    String.raw`\b(?:march|june|september|december) quarter\b`,
    String.raw`\b(?:remainder|rest) of the (?:week|month|year|decade)\b`,
    String.raw`\bfall (?:of )?(?:1[0-9]|20)\d\d\b`,
    String.raw`\b(?:first|second|third|fourth)-quarter (?:1[0-9]|20)\d\d\b`,
    String.raw`\b(?:this )?year-to-date\b`,
    String.raw`\b(?:July Fourth|Fourth of July)\b`,
    String.raw`(?<=\bthe )(?:previous|following|next) (?:night|morning|evening|afternoon)\b`,
    String.raw`(?<=\bthe )(?:night|morning|evening) (?:before|after)\b(?! (?:the|a|an|his|her|their|its|\d))`,
    String.raw`\b(?:later |earlier )?that (?:night|morning|evening|afternoon)\b`,
    // "in '95", "that was '79", "'50 to '57", "in '92 and '93": a year of the century written short (not "iLife '11",
    // "the class of '98": after a name or "of").
    String.raw`(?<![\w'\u2019])['\u2019]\d\d\b(?!['\u2019]?s)(?: ?(?:to|and|-|\u2013) ?['\u2019]\d\d\b(?!['\u2019]?s))?`,
    String.raw`(?<=\bthe )(?:early|mid|late)[- ]['\u2019][2-9]0s\b`,
    String.raw`\b(?:\w+)-(?:days|weeks|months|years)-ago\b`,
    String.raw`\b(?:a|one|two|three) decades? ago\b`,
    String.raw`(?<=\b(?:in|since|from|until|by|before|after|around) )1[0-8]\d\d\b(?!,\d|\.\d| (?!(?:the|a|an|and|when|as|by|with|it|he|she|they|its|his|her|their|to)\b)[a-z])`,
    String.raw`\b(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th) of ${MONTH}\b(?: (?:1[0-9]|20)\d\d\b)?`,
    String.raw`\b${MONTH}-to-${MONTH}\b`,
    String.raw`\b(?:earlier|later) in the (?:week|month|year)\b`,
    String.raw`\b(?:(?:last|this|next|past|coming) )?weekend\b`,
    String.raw`\bmid-(?:1[0-9]|20)\d\d\b`,
    String.raw`(?<=\b(?:the|during|in the) )(?:['\u2019]?[2-9]0['\u2019]?s|(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?! of)\b`,
    String.raw`\bthis past week\b`,
    String.raw`\b(?:(?:spring|summer|autumn|winter) (?:of )?(?:1[0-9]|20)\d\d|(?:last|this|next|past|coming) (?:spring|summer|autumn|winter)|(?<=\b(?:in|during|by|until) (?:the )?)(?:spring|summer|autumn|winter))\b`,
    String.raw`\byear[- ]end\b`,
    String.raw`\b(?:end|beginning|start) of the (?:year|month)\b`,
    String.raw`\b(?:middle of the century|mid-century)\b`,
    String.raw`\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b`,
    String.raw`\b${MONTH}-${MONTH} quarter\b`,
    String.raw`(?<=\bon the )\d{1,2}(?:st|nd|rd|th)\b(?! (?!against|and|when|as|at|in|after|before|to|with)\w)`,
  ].join('|'),
  'gi',
);

// Words of a report of results, and of a game, that tell a quarter of the year from a quarter of play.
const FINANCE =
  /\b(?:profits?|earnings|revenues?|sales|results|growth|gdp|economy|economic|loss(?:es)?|income|quarterly|fiscal|financial|deliveries|delivered|shipments|shipped|output|production|inflation)\b/i;
const PLAY =
  /\b(?:touchdowns?|scored|goals?|game|match|innings|(?:first|second|third) period|points?|basket|field goal)\b/i;

const MAYBE_EXTRA =
  /weekend|spring|summer|autumn|winter|year.end|of the (?:year|month|week)|centur|\d\/\d|quarter|\d0s|on the \d|mid-|past week|0['\u2019]?s\b|ties\b|months of|(?:march|june|september|december) quarter|in the (?:week|month|year)|[a-z]\.? \d{1,2}-\d|[a-z]-to-[a-z]|fall |of the decade|year-to-date|fourth|-ago\b|decades? ago|night|morning|evening|afternoon|['\u2019]\d\d\b|\b1[0-8]\d\d\b|\d(?:st|nd|rd|th) of |(?:following|next|previous|same) day|following (?:week|month|year)|(?:day|week|month|year) (?:before|after|earlier|later|previous)/i;

/** Date phrases of a sentence the claim finder does not find, as [start, end) offsets in the sentence's text. */
export function extraDates(sentence: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // A cheap test first: most sentences hold none of these words.
  if (!MAYBE_EXTRA.test(sentence)) return out;
  for (const m of sentence.matchAll(EXTRA)) {
    // "the fourth quarter" is a date in a report of results, a period of play in one of a game.
    if (/quarter$/i.test(m[0]) && !/^\w+-\w+ quarter/i.test(m[0]) && !(FINANCE.test(sentence) && !PLAY.test(sentence)))
      continue;
    // "fall" and the seasons as nouns of sport ("the winter Olympics") are left out by their capital.
    if (/^(Spring|Summer|Autumn|Winter)\b/.test(m[0]) && m.index > 0) continue;
    // "iLife '11", "the class of '98": a short year after a name or "of" is part of the name.
    if (
      /^['\u2019]\d/.test(m[0]) &&
      /(?:(?:^|\s)\S*[A-Z]\S*|\bof) $/.test(sentence.slice(Math.max(0, m.index - 30), m.index))
    )
      continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
