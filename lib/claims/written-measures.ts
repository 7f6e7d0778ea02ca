// Figures written in a shape of their own that the word grammar does not read: race times ("1:54.31", "5:24:17", in
// seconds), quarter and half points of a rate ("a quarter-point cut"), ratios joined by hyphens ("two-in-three"), and
// heights in feet and inches ("5 feet 1 inch", in inches), and one and a half of a unit ("an inch and a half").
import type { QuantityFigure } from '../quantity/quantity';
import { TENS, UNITS } from '../quantity/number-words';
import { unitAt } from '../quantity/units';

const RACE_TIME = /(?<![\d:.])(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:\.(\d{1,2}))?(?![\d:])/g;
const POINT = /\b(quarter|half)-(?:percentage-)?point\b/gi;
const HYPHEN_RATIO = /\b([a-z]+|\d+)-in-([a-z]+|\d+)\b/gi;
const FEET_INCHES = /\b(\d) (?:feet|foot|ft),? (\d{1,2}) (?:inches|inch|in)\b/gi;
// "an inch and a half", "a mile and a half", "an hour and a half": one and a half of the unit.
const AND_A_HALF =
  /\b(?:an?|one) (hour|minute|day|week|month|year|mile|inch|foot|kilometre|kilometer|metre|meter) and a half\b/gi;
const MAYBE = /\d:\d\d[.:]\d|-point\b|-in-|\d (?:feet|foot|ft)\b|and a half\b/i;

/** The figures of a sentence in these shapes, with offsets into the whole text (the sentence starts at `offset`). */
export function writtenMeasures(sentence: string, offset: number): QuantityFigure[] {
  if (!MAYBE.test(sentence)) return [];
  const out: QuantityFigure[] = [];
  const push = (
    at: number,
    text: string,
    value: number,
    unit: string | null,
    kind: QuantityFigure['kind'],
    change: QuantityFigure['change'] = '=',
  ) =>
    out.push({
      start: offset + at,
      end: offset + at + text.length,
      text,
      value,
      interval: [value, value],
      unit,
      change,
      kind,
      counts: null,
    });
  for (const m of sentence.matchAll(RACE_TIME)) {
    // A time with hundredths ("1:54.31") or with hours, minutes and seconds ("5:24:17"), not a clock's "10:15 p.m.".
    const [, h, mm, ss, cs] = m;
    if (!cs && !h) continue;
    if (/^\s*(?:a\.?m\b|p\.?m\b|am\b|pm\b)/i.test(sentence.slice(m.index + m[0].length))) continue;
    if (/\bat\s*$/i.test(sentence.slice(0, m.index))) continue;
    const seconds = Number(h ?? 0) * 3600 + Number(mm) * 60 + Number(ss) + (cs ? Number(cs) / 10 ** cs.length : 0);
    push(m.index, m[0], Math.round(seconds * 100) / 100, 'second', 'duration');
  }
  for (const m of sentence.matchAll(POINT)) {
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 14).toLowerCase();
    const change = /^\s*(cuts?|reductions?)\b/.test(after)
      ? 'down'
      : /^\s*(hikes?|rises?|increases?)\b/.test(after)
        ? 'up'
        : '=';
    push(m.index, m[0], m[1]!.toLowerCase() === 'quarter' ? 0.25 : 0.5, 'percentage point', 'percent', change);
  }
  for (const m of sentence.matchAll(HYPHEN_RATIO)) {
    const [a, b] = [numberOf(m[1]!), numberOf(m[2]!)];
    if (a === null || b === null || a >= b) continue;
    push(m.index, m[0], Math.round((a / b) * 10_000) / 10_000, null, 'ratio');
  }
  for (const m of sentence.matchAll(AND_A_HALF)) {
    const { unit } = unitAt([m[1]!.toLowerCase()], 0)!;
    push(m.index, m[0], 1.5, unit.name, unit.family === 'duration' ? 'duration' : 'measure');
  }
  for (const m of sentence.matchAll(FEET_INCHES)) {
    const inches = Number(m[2]);
    if (inches < 12) push(m.index, m[0], Number(m[1]) * 12 + inches, 'inch', 'measure');
  }
  return out;
}

function numberOf(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  const w = word.toLowerCase();
  return UNITS[w] ?? TENS[w] ?? null;
}
