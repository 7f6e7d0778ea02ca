// Coverage lint: every number, number word, date and duration in an article text must be part of a claim's
// figure or a reviewed not-claim, so that no figure a reader sees is silently left out of the index.
import { MONTH_NAMES, monthName } from '../quantity/calendar';
import { TENS, UNITS } from '../quantity/number-words';
import type { CheckedStory, DataError } from './data-types';

/** A number, date or duration found in a text: [start, end) and the words. */
export interface CoverageToken {
  start: number;
  end: number;
  text: string;
}

// Spelled numbers, vague amounts and the words of one.
const NUMBER_WORDS = [
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  'hundreds?',
  'thousands?',
  'millions?',
  'billions?',
  'dozens?',
  'half',
  'couple',
  'several',
  'few',
  'handful',
  'single',
  'sole',
  'lone',
];
const MONTHS = [
  ...MONTH_NAMES.map((_, i) => monthName(i + 1)),
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sept?',
  'Oct',
  'Nov',
  'Dec',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TIME_UNIT = '(?:hour|day|week|fortnight|month|year|decade)s?';
const AMOUNT = `(?:\\d+|an?|many|${NUMBER_WORDS.join('|')})`;

// Month and weekday names are matched case-sensitively: lower-case "march" or "may" is a verb.
const PATTERNS: RegExp[] = [
  /\d+(?:[.,]\d+)*/g,
  new RegExp(`\\b(?:${NUMBER_WORDS.join('|')})\\b`, 'gi'),
  new RegExp(`\\b(?:${MONTHS.join('|')})\\b`, 'g'),
  new RegExp(`\\b(?:${WEEKDAYS.join('|')})s?\\b`, 'g'),
  /\b(?:last|next|this|past|coming|previous)\s+(?:week|weekend|month|year|decade|morning|night|evening)\b/gi,
  /\b(?:today|yesterday|tomorrow|tonight)\b/gi,
  new RegExp(`\\b${AMOUNT}[\\s-]+${TIME_UNIT}(?:[\\s-]+(?:old|long|ago))?\\b`, 'gi'),
  /\b(?:hour|day|week|month|year)-?long\b/gi,
];

/** Every number, number word, date and duration in `text`, overlapping hits merged, in text order. */
export function scanTokens(text: string): CoverageToken[] {
  const spans: [number, number][] = [];
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern)) spans.push([m.index, m.index + m[0].length]);
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of spans) {
    const last = merged[merged.length - 1];
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged.map(([start, end]) => ({ start, end, text: text.slice(start, end) }));
}

/** The tokens of `text` that lie inside none of the covering spans. */
export function uncoveredTokens(text: string, covering: readonly { start: number; end: number }[]): CoverageToken[] {
  return scanTokens(text).filter((t) => !covering.some((s) => s.start <= t.start && t.end <= s.end));
}

/** Coverage of a checked story: counts and one error per uncovered token, naming its article and context. */
export function storyCoverage(story: CheckedStory): { tokens: number; covered: number; errors: DataError[] } {
  let tokens = 0;
  const errors: DataError[] = [];
  for (const article of story.articles) {
    const covering = [
      ...story.facts.flatMap((f) =>
        f.claims
          .filter((c) => c.article === article.id)
          .map((c) => ({ start: c.start + c.figure.start, end: c.start + c.figure.end })),
      ),
      ...story.notClaims.filter((n) => n.article === article.id).map((n) => ({ start: n.start, end: n.end })),
    ];
    tokens += scanTokens(article.text).length;
    for (const token of uncoveredTokens(article.text, covering)) {
      const context = article.text.slice(Math.max(0, token.start - 40), token.end + 40).replace(/\n+/g, ' ');
      errors.push({
        file: `${story.dir}/articles/${article.id}.txt`,
        item: `article "${article.id}" at ${token.start}`,
        reason: `"${token.text}" is in no claim's figure and no not-claim (…${context}…)`,
      });
    }
  }
  return { tokens, covered: tokens - errors.length, errors };
}
