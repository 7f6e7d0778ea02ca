// A sentence's tokens cut into the pieces the quantity grammar reads: "26-day-old" is "26", "-", "day", "-",
// "old"; "$4.2M" is "$", "4.2", "m"; "twenty-three" is "twenty", "-", "three". Each piece remembers its token,
// so a figure found in pieces is a span of whole tokens.
import { CURRENCY_PREFIX_WORDS } from '../quantity/units';
import type { Token } from './tokens';

/** One piece of a token. */
export interface Piece {
  /** Folded text ("4.2", "m", "$", "twenty"). */
  w: string;
  /** Index of its token. */
  t: number;
  /** Whether it starts its token. */
  head: boolean;
  /** Whether nothing separates it from the piece before (same token, or touching tokens). */
  joined: boolean;
  punct: boolean;
  /** Its token starts with a capital letter; a piece after the first, whether its letters are capitals ("C" of "7C"). */
  cap: boolean;
}

const JOINED_NUMBER = /^(\d+(?:\.\d+)?)([a-z°²³/]+)$/;
const MODEL_SUFFIX = /^(g|gs|s|x|d|lr|er|e|i|se|ds|xl|xs|a|v|r|z|ng)$/;

/** The pieces of a sentence's tokens, in order. */
export function piecesOf(tokens: readonly Token[]): Piece[] {
  const pieces: Piece[] = [];
  tokens.forEach((token, t) => {
    const joinedToPrev = t > 0 && tokens[t - 1]!.end === token.start;
    if (token.type === 'punct') {
      pieces.push({ w: token.text, t, head: true, joined: joinedToPrev, punct: true, cap: false });
      return;
    }
    // "R18.42", "R254": the rand joined to its number.
    // ("R9.2m", "R63.8-million": and its scale.)
    // ("SGD1.75-billion", "Rs500", "KSh2bn": a currency's code or letters joined the same way.)
    const lettered = /^([A-Z]{3}|Rs|KSh)(\d[\d.,]*?)(m|bn|k|-million|-billion)?$/.exec(token.text);
    const rand = /^R(\d[\d., \u00a0]*?)(m|bn|k|-million|-billion)?$/.exec(token.text) ?? lettered?.slice(1);
    const code = lettered ? lettered[1]!.toLowerCase() : 'r';
    if (rand && (code === 'r' || CURRENCY_PREFIX_WORDS[code])) {
      pieces.push({ w: code, t, head: true, joined: joinedToPrev, punct: false, cap: true });
      // ("R24,38": a decimal comma.)
      const digits = rand[1]!
        .replace(/[ \u00a0]/g, '')
        .replace(/,(\d\d)$/, '.$1')
        .replace(/,/g, '');
      pieces.push({ w: digits, t, head: false, joined: true, punct: false, cap: false });
      const scale = rand[2]?.replace('-', '');
      if (scale && rand[2]!.startsWith('-'))
        pieces.push({ w: '-', t, head: false, joined: true, punct: true, cap: false });
      if (scale) pieces.push({ w: scale, t, head: false, joined: true, punct: false, cap: false });
      return;
    }
    // Most words are one piece: no hyphen, no digits.
    const c = token.lower.charCodeAt(0);
    if (!(c >= 48 && c <= 57) && !token.lower.includes('-')) {
      pieces.push({ w: token.lower, t, head: true, joined: joinedToPrev, punct: false, cap: token.cap });
      return;
    }
    const parts = token.lower.split(/(-)/).filter((p) => p !== '');
    let first = true;
    for (const part of parts) {
      const m = JOINED_NUMBER.exec(part);
      // "3G", "3GS", "777-200LR": a model's letters in capitals, not a unit.
      const model = m !== null && MODEL_SUFFIX.test(m[2]!) && /[A-Z]/.test(token.text);
      const split = m && !model && !/^(st|nd|rd|th|s)$/.test(m[2]!) ? [m[1]!, m[2]!] : [part];
      for (const w of split) {
        pieces.push({
          w,
          t,
          head: first,
          joined: first ? joinedToPrev : true,
          punct: w === '-',
          // A unit's letters in capitals ("7C", Celsius) are not the same word as in small letters ("7c", cents).
          cap: first ? token.cap : /\p{L}/u.test(w) && token.text.includes(w.toUpperCase()) && !token.text.includes(w),
        });
        first = false;
      }
    }
  });
  return pieces;
}

/** Index of the first piece of token `t`, or -1. */
export function pieceOfToken(pieces: readonly Piece[], t: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.t < t) lo = mid + 1;
    else hi = mid - 1;
  }
  return lo < pieces.length && pieces[lo]!.t === t ? lo : -1;
}
