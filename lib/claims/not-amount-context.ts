// Numbers that the words around them make no amount: a telephone number after "call" or "helpline", a street address
// ("44 E. Bruce Ave."), a list label ("1) …"), a name built on a number ("401(k)", "iLife '11", "9/11", "round of
// 16", "BBC Two", "Delta 4 Heavy"), a race named by its distance ("the women's 10,000m title", "100m butterfly").
import type { AmountRead } from './amounts';
import type { Piece } from './pieces';
import type { Token } from './tokens';

const CALL = /^(call|calling|dial|phone|ring|text|helpline|hotline|tipline|fax|whatsapp|sms)$/;
const STREET =
  /^(street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|place|pl|terrace|crescent|parkway|pkwy|highway|hwy|circle|cir|square|sq|close|grove|parade|esplanade)$/;
const STROKES =
  /^(butterfly|freestyle|backstroke|breaststroke|medley|hurdles|relay|final|finals|title|titles|race|sprint|heats?|event|individual|steeplechase|dash|semifinal|semi-final|world|record|champion|gold|silver|bronze)$/;
const SPELLED = /^(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;
const NOT_NAMES =
  /^(in|on|at|by|since|from|until|of|and|to|for|about|around|nearly|almost|some|over|under|only|just|all|another|the|a|an|but|or|as|with|more|than|less|fewer|while|when|after|before|between|among|killing|killed)$/;

/** Whether token i, a number, is read in a telephone context: "call 1800 333 000", "the helpline 1930". */
export function isTelephoneAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (/^\+?(?:1-)?\d{3}-\d{3}-\d{4}$/.test(token.text) || /^\d{3}-[A-Z]{4}$/.test(token.text)) return true;
  // "0800 326 243", "021 492 4000", "1800 684 490": digits after an area or service code (one that starts with 0, or a
  // free-call 1800 or 1300).
  const before = tokens[i - 1];
  if (
    before &&
    /^0\d{1,4}(?:[ \u00a0]\d+)*$/.test(before.text) &&
    before.end + 1 === token.start &&
    /^\d/.test(token.text)
  )
    return true;
  const after = tokens[i + 1];
  const freeCall = (a: Token | undefined, b: Token | undefined) =>
    a !== undefined &&
    b !== undefined &&
    /^1[38]00$/.test(a.text) &&
    a.end + 1 === b.start &&
    /^\d{3}[ \u00a0]\d{3}$/.test(b.text);
  if (freeCall(token, after) || freeCall(before, token)) return true;
  // Back over at most four capitalised words and "on"/"at"/"the"/"national" to the word that asks for a call.
  let names = 0;
  let digitsOnly = true;
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    const w = tokens[j]!;
    if (w.type !== 'word') return false;
    // ("spoken on the phone 20 minutes before", "the leader of a smuggling ring to 18 years": a noun, not a call;
    // "phone" and "ring" ask for a call only as a verb, at the head of a clause or after a modal.)
    if (CALL.test(w.lower)) {
      if (!/^(phone|ring)$/.test(w.lower)) return true;
      const before = tokens[j - 1];
      return before?.type !== 'word' || /^(please|or|and|to|can|could|should|must|may|will)$/.test(before.lower);
    }
    if (
      /^(on|at|the|national|free|toll-free|confidential|emergency|local|24-hour|to|message|anonymously)$/.test(w.lower)
    )
      continue;
    // "1800 333 000", "021 492 4000", "0300 123 2040": the digits just before, group by group, are the same number.
    if (/^\d+(?:[ \u00a0]\d+)*$/.test(w.text) && digitsOnly && w.end + 1 === tokens[j + 1]!.start) continue;
    digitsOnly = false;
    if (w.cap && ++names <= 4) continue;
    return false;
  }
  return false;
}

// Nouns after which "one" is a word of discourse, not a count: "one thing", "one example", "at one point".
const DISCOURSE =
  /^(thing|things|example|side|reason|way|problem|question|stipulation|step|aspect|factor|option|idea|point|moment|stage|morning|night|evening|afternoon|hand|day)$/;

/** Why "one" at token t is no count: a pronoun or a word of discourse ("at one point", "according to one critic",
 * "from one area to another", "one person's gun", "two teams, one national and one made up of refugees"). */
function notACountOfOne(tokens: readonly Token[], t: number): string | null {
  const prev = tokens[t - 1]?.lower ?? '';
  const next = tokens[t + 1];
  const nextLower = next?.lower ?? '';
  if (DISCOURSE.test(nextLower) && !/^(for|in|within|only|just|than|about|nearly|least|last|first)$/.test(prev))
    return '"one" in a phrase';
  if (prev === 'to' && tokens[t - 2]?.lower === 'according') return '"one" as "a certain"';
  if (prev === 'from' && tokens.slice(t + 2, t + 5).some((x) => x.lower === 'another')) return '"one" as a pronoun';
  if (next?.type === 'word' && /['’]s$/.test(next.text)) return '"one" before a possessive';
  if (/^(made|based|owned|run|called|named)$/.test(nextLower)) return '"one" as a pronoun';
  // "said one analyst", "says one resident": a speaker, not a count.
  // ("in what one officer described as", "One such measure": the same.)
  if (/^(said|says|told|tells|according|what)$/.test(prev) || nextLower === 'such') return '"one" as "a certain"';
  // "One victim was airlifted … and the other was taken", "one shot the other": one of a pair counted before.
  const end = tokens.findIndex((x, j) => j > t && /^[.!?;]$/.test(x.text));
  const rest = tokens.slice(t + 1, end < 0 ? tokens.length : end);
  // (But "one person was killed, and the other suspect fled" counts the dead: "the other" names its own noun.)
  const otherAlone = (j: number) => rest[j + 1] === undefined || rest[j + 1]!.type === 'punct' || rest[j + 1]!.stop;
  if (rest.some((x, j) => x.lower === 'other' && rest[j - 1]?.lower === 'the' && otherAlone(j)))
    return '"one" of a pair';
  // "our One Ford plan", "the One Nation party": a name, written with a capital inside a sentence.
  if (tokens[t]!.text === 'One' && next?.type === 'word' && next.cap && /^[a-z,]/i.test(tokens[t - 1]?.text ?? ''))
    return 'a name';
  // ", one national and one made up of refugees": the members of a group counted before.
  const pairs = (j: number) => tokens[j]?.lower === 'one' && /^(,|:|and)$/.test(tokens[j - 1]?.text ?? '');
  if (pairs(t) && tokens.some((x, j) => j !== t && x.lower === 'one' && pairs(j)) && (prev === ',' || prev === ':'))
    return '"one" as a pronoun';
  if (
    prev === 'and' &&
    pairs(t) &&
    tokens.slice(0, t - 1).some((x, j) => x.lower === 'one' && /^[,:]$/.test(tokens[j - 1]?.text ?? ''))
  )
    return '"one" as a pronoun';
  return null;
}

/** Why the amount read at piece `k` is no amount by the words around it, or null. */
export function notAnAmountInContext(
  tokens: readonly Token[],
  P: readonly Piece[],
  k: number,
  read: AmountRead,
  titleCase: boolean,
): string | null {
  const t = P[k]!.t;
  const token = tokens[t]!;
  const prev = tokens[t - 1];
  const lastToken = P[read.last]!.t;
  const next = tokens[lastToken + 1];
  const digits = /^\d/.test(P[k]!.w);
  if (digits && !read.unit && isTelephoneAt(tokens, t)) return 'a telephone number';
  if (P[k]!.w === 'one' && read.last === k && !read.unit) {
    const one = notACountOfOne(tokens, t);
    if (one) return one;
  }
  // "1400 Oak Street", "44 E. Bruce Ave.": a number before a street's name.
  // ("42-44 Surf Parade": a run of numbers of a street too.)
  const numbers = read.last === k || /^\d+-\d+$/.test(token.text);
  if (digits && !read.unit && numbers && isAddress(tokens, lastToken)) return 'an address';
  // "1) sacrifice …, or 2) …": a list label.
  if (digits && next?.text === ')' && next.start === token.end && !tokens.slice(0, t).some((x) => x.text === '('))
    return 'a list label';
  // "81P/Wild": a code of digits and letters.
  if (digits && next?.text === '/' && next.start === token.end && /\d[A-Z]+$/.test(token.text)) return 'a name';
  // "401(k)": a name with a bracket joined to it.
  if (digits && next?.text === '(' && next.start === token.end) return 'a name';
  // "iLife '11", "the class of '98": a year abbreviated after an apostrophe.
  if (digits && /^['\u2019]$/.test(prev?.text ?? '') && prev!.end === token.start && /^\d\d$/.test(token.text))
    return 'a year in a name';
  // "9/11", "3/327": a number after a slash is part of a code or a score, not an amount of its own.
  if (digits && prev?.text === '/' && prev.end === token.start && /^\d/.test(tokens[t - 2]?.text ?? ''))
    return 'a code';
  // "round of 16", "the last 16": a stage of a competition.
  if (prev?.lower === 'of' && tokens[t - 2]?.lower === 'round' && !read.unit) return 'a name';
  if (/^\d+px$/.test(token.lower)) return 'a size';
  // "the women's 10,000m title", "the 100m butterfly": a race named by its distance.
  const metres = P[read.last]!.w === 'm' || tokens[lastToken]?.text === 'm';
  if (
    read.unit?.name === 'metre' &&
    metres &&
    (STROKES.test(next?.lower ?? '') || /^(men|women|boys|girls)$/.test(prev?.lower ?? ''))
  )
    return 'a race';
  if (
    !read.unit &&
    next?.type === 'word' &&
    next.text === 'm' &&
    next.start === token.end &&
    (STROKES.test(tokens[lastToken + 2]?.lower ?? '') || /^(men|women|boys|girls)$/.test(prev?.lower ?? ''))
  )
    return 'a race';
  // "BBC Two", "Ground Zero", "Sky One": a capitalised number word inside a name.
  if (
    !titleCase &&
    P[k]!.cap &&
    SPELLED.test(P[k]!.w) &&
    read.last === k &&
    prev?.type === 'word' &&
    prev.cap &&
    !prev.stop &&
    !NOT_NAMES.test(prev.lower) &&
    t - 1 > 0
  )
    return 'a name';
  // "the mid-sized 787 will seat": a model after the adjective that describes it (a count names what it counts).
  if (
    /^\d{3,}$/.test(token.text) &&
    !/^(1[89]|20)\d\d$/.test(token.text) &&
    !read.unit &&
    !read.span &&
    read.last === k &&
    prev?.type === 'word' &&
    /^[a-z]+-[a-z]+$/.test(prev.text) &&
    /^(the|its|their|this|that)$/.test(tokens[t - 2]?.lower ?? '') &&
    /^(will|would|is|was|has|had|can|could)$/.test(next?.lower ?? '')
  )
    return 'a model number';
  // "Delta 4 Heavy", "Delta 4's main engine": a name opening the sentence, its number part of it.
  if (
    digits &&
    t === 1 &&
    prev?.type === 'word' &&
    prev.cap &&
    !prev.stop &&
    !NOT_NAMES.test(prev.lower) &&
    !read.unit &&
    read.last === k &&
    !/^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i.test(prev.text) &&
    (/['\u2019]s$/.test(token.text) || (next?.type === 'word' && next.cap && !titleCase))
  )
    return 'a name';
  return null;
}

// "1400 Oak Street", "44 E. Bruce Ave.", "10 Downing Street": up to three capitalised words, then a street word.
/** Whether the number at token i opens a street address ("1400 Oak Street", "44 E. Bruce Ave."). */
export function isAddress(tokens: readonly Token[], i: number): boolean {
  let j = i + 1;
  let names = 0;
  while (j < tokens.length && names <= 3) {
    const w = tokens[j]!;
    if (w.text === '.') {
      j++;
      continue;
    }
    // "440 11th Street South": a numbered street is a name too.
    if (w.type !== 'word' || !(w.cap || /^\d+(st|nd|rd|th)$/.test(w.lower))) return false;
    if (names > 0 && STREET.test(w.lower)) return true;
    names++;
    j++;
  }
  return false;
}
