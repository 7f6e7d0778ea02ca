// The parts of an amount figure readFigures reads around the amount grammar: where the amount ends, whether a count
// is an age, and the durations the grammar leaves ("a month", "the past decade", "monthlong").
import type { AmountRead } from './amounts';
import { readAmountAt } from './amounts';
import type { FoundFigure } from './find-figures';
import { piecesOf } from './pieces';
import type { Token } from './tokens';

/** The last token of the amount itself: "80 kilometres" of "80 kilometres (50 miles)", "4,000" of "4,000-strong". */
export function lastOfAmount(tokens: readonly Token[], f: FoundFigure): number {
  let last = f.core.last;
  if (tokens[last]?.text === ')') {
    const open = tokens.findLastIndex((t, k) => k < last && t.text === '(');
    if (open > f.core.first) last = open - 1;
  }
  if (/^(strong|man|member|nation)$/.test(tokens[last]?.lower ?? '') && tokens[last - 1]?.text === '-') last -= 2;
  return last;
}

/** Whether a count is an age in years: "aged 35", "John Smith, 35,", "a man, 47, of Leeds", "aged 29, 34 and 51". */
export function isAge(
  tokens: readonly Token[],
  words: readonly string[],
  first: number,
  last: number,
  a: AmountRead,
): boolean {
  if (a.lo < 1 || a.hi > 120 || !Number.isInteger(a.lo)) return false;
  if (
    /^(aged|age|ages|between)$/.test(words[first - 1] ?? '') &&
    /^(aged|age|ages)$/.test(words[first - 1] === 'between' ? (words[first - 2] ?? '') : words[first - 1]!)
  )
    return true;
  if (a.span || first !== last) return false;
  // "aged 29, 34 and 51", "ages four, six and 13": the later ages of a list.
  for (let j = first - 1; j >= 0 && j >= first - 12; j--) {
    const w = words[j]!;
    if (/^(aged|ages)$/.test(w)) return true;
    if (
      !(
        w === ',' ||
        w === 'and' ||
        /^\d{1,3}$/.test(w) ||
        /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/.test(w)
      )
    )
      break;
  }
  const named = tokens[first - 1]?.text === ',' && tokens[first - 2]?.type === 'word' && tokens[first - 2]!.cap;
  const closes = /^(,|\))$/.test(tokens[last + 1]?.text ?? '') || /^(of|from|who|was|is)$/.test(words[last + 1] ?? '');
  return named && closes && !/^\d{4}$/.test(words[first] ?? '');
}

/** A duration the amount grammar did not read as an amount: "monthlong", "three-week-old", "a month", "few weeks". */
export function durationAmount(tokens: readonly Token[], f: FoundFigure): AmountRead | null {
  const P = piecesOf(tokens.slice(f.core.first, f.core.last + 1));
  const read = readAmountAt(P, 0, []);
  if (read) return read;
  const w = tokens[f.core.first]!.lower;
  const after = tokens[f.core.first + 1]?.lower ?? '';
  // "the past decade", "the last few days".
  if (
    (w === 'past' || w === 'last' || w === 'next' || w === 'few') &&
    /^(second|minute|hour|day|week|fortnight|month|year|decade|century)s?$/.test(after)
  ) {
    const name = after.replace(/s$/, '').replace(/^centurie$/, 'century');
    const [lo, hi] = w === 'few' ? [2, 5] : [1, 1];
    return {
      first: 0,
      last: 0,
      lo,
      hi,
      span: w === 'few',
      range: false,
      unit: { name, family: 'duration' },
      kind: 'duration',
      trailing: null,
      valueLast: 0,
      spelled: true,
      score: false,
    };
  }
  const unit =
    /^(hour|day|week|month|year)(?:-?long)?$/.exec(w)?.[1] ??
    (/^(a|an)$/.test(w) ? tokens[f.core.first + 1]?.lower : null);
  if (!unit || !/^(hour|day|week|month|year|decade|minute)$/.test(unit)) return null;
  return {
    first: 0,
    last: 0,
    lo: 1,
    hi: 1,
    span: false,
    range: false,
    unit: { name: unit, family: 'duration' },
    kind: 'duration',
    trailing: null,
    valueLast: 0,
    spelled: true,
    score: false,
  };
}
