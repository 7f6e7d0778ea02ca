import { describe, expect, test } from 'vitest';
import { letters } from '../../../lib/extract/furniture';

// The count as defined: each code point that is a letter or a digit.
const byDefinition = (text: string) => [...text].filter((ch) => /[\p{L}\p{N}]/u.test(ch)).length;

describe('letters', () => {
  test('counts letters and digits by code point, in any script, and nothing else', () => {
    expect(letters('')).toBe(0);
    expect(letters('4,000 “killed” — in Gao.')).toBe(15);
    expect(letters('Ségou ٣ 東京 𝐀𝐁')).toBe(10);
    // A lone surrogate is no letter; a letter outside the basic plane is one.
    expect(letters('a\ud800b\udc00c𝐀')).toBe(4);
  });

  test('counts each code point of Latin-1, the punctuation and currency blocks and beyond as the definition does', () => {
    for (let code = 0; code <= 0x24ff; code++) {
      const ch = String.fromCodePoint(code);
      expect(letters(ch), `U+${code.toString(16)}`).toBe(byDefinition(ch));
      expect(letters(`a${ch}½`), `U+${code.toString(16)} between Latin-1 letters`).toBe(byDefinition(`a${ch}½`));
    }
  });

  test('agrees with the definition on random texts of mixed scripts, marks, surrogates and punctuation', () => {
    const pieces = [
      'a',
      'Z',
      '9',
      ' ',
      ',',
      '—',
      'é',
      'e\u0301',
      '٣',
      '東',
      '𝐀',
      '\ud800',
      '\udc00',
      '\u00a0',
      '½',
      'ª',
      '×',
      '’',
      '€',
      '\u2070',
      '😀',
      '\n',
    ];
    let seed = 3;
    const random = () => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    for (let trial = 0; trial < 2000; trial++) {
      const text = Array.from(
        { length: Math.floor(random() * 30) },
        () => pieces[Math.floor(random() * pieces.length)],
      ).join('');
      expect(letters(text), JSON.stringify(text)).toBe(byDefinition(text));
    }
  });
});
