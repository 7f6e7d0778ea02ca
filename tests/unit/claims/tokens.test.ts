// The tokeniser reads Latin-1 text with a pattern of Latin-1 classes and any other text with Unicode's: both must
// give the tokens Unicode's classes give, on every Latin-1 character and on random text built to trip them.
import { describe, expect, it } from 'vitest';
import { tokenise, tokenRegExp } from '../../../lib/claims/tokens';

// What Unicode's classes make of a text: each token's text, offsets, kind and capital.
function unicodeTokens(text: string) {
  return [...text.matchAll(tokenRegExp(true))].map((m) => ({
    text: m[0],
    start: m.index,
    type: /[\p{L}\p{N}]/u.test(m[0]) ? 'word' : 'punct',
    cap: /^\p{Lu}/u.test(m[0]),
  }));
}

function read(text: string) {
  return tokenise(text).map((t) => ({ text: t.text, start: t.start, type: t.type, cap: t.cap }));
}

// A small seeded generator, so a failure can be run again.
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const PIECES = [
  'R',
  'R1',
  '$',
  '€',
  '£',
  'US',
  '1',
  '12',
  '310',
  ',',
  '.',
  ' ',
  '\u00a0',
  '\u202f',
  '\u2009',
  '000',
  '01',
  '26',
  '%',
  ' per cent',
  ' million',
  's',
  "'s",
  '\u2019',
  '-',
  '\u2010',
  'é',
  'É',
  'ß',
  '×',
  '²',
  '½',
  'ª',
  'µ',
  '\u2013',
  '\u201c',
  'a',
  'Mali',
  'x',
  '\n',
];

describe('tokenise', () => {
  it('classes every Latin-1 character, and those of the punctuation and currency blocks, as Unicode does', () => {
    const codes = [
      ...Array.from({ length: 0x100 - 9 }, (_, i) => i + 9),
      ...Array.from({ length: 0x70 }, (_, i) => i + 0x2000),
      ...Array.from({ length: 0x21 }, (_, i) => i + 0x20a0),
    ];
    for (const code of codes) {
      const c = String.fromCharCode(code);
      for (const text of [c, `a${c}b`, `1${c}2`, `$${c}1`, `R1${c}000`, `${c}1,26%`, `1 000${c}`, `${c}s`]) {
        expect(read(text), JSON.stringify(text)).toEqual(unicodeTokens(text));
      }
    }
  });

  it('gives the tokens of Unicode classes on random text, in Latin-1 and beyond', () => {
    const next = random(7);
    for (let n = 0; n < 3000; n++) {
      const pieces = Array.from(
        { length: 2 + Math.floor(next() * 12) },
        () => PIECES[Math.floor(next() * PIECES.length)],
      );
      // One text in eight reaches beyond Latin-1, and is read with Unicode's classes.
      if (n % 8 === 0) pieces.splice(Math.floor(next() * pieces.length), 0, ['ł', '٣', '𝐀', '\u0301'][n % 4]!);
      const text = pieces.join('');
      expect(read(text), JSON.stringify(text)).toEqual(unicodeTokens(text));
    }
  });

  it('reads a word it has read before as it did the first time, however many words came between', () => {
    const text = 'Troops killed 4,000 in Mali’s north; the troops’ Café São Paulo, 26-day-old';
    const first = tokenise(text);
    // More distinct words than the words read before are kept for, so the kept readings are emptied at least once.
    for (let n = 0; n < 25_000; n++) tokenise(`Word${n} w${n}s`);
    expect(tokenise(text)).toEqual(first);
    expect(tokenise(text, 10).map((t) => t.start)).toEqual(first.map((t) => t.start + 10));
  });

  it('folds an accented word and keeps a plain one', () => {
    expect(tokenise('Café São Paulo’s 4,000 naïve').map((t) => t.lower)).toEqual([
      'cafe',
      'sao',
      'paulo',
      '4000',
      'naive',
    ]);
  });
});
