import { describe, expect, test } from 'vitest';
import { normaliseText, tokenise } from '../../../lib/fingerprint/normalise';

describe('normaliseText', () => {
  test('applies NFKC: ligatures and full-width letters become plain letters', () => {
    expect(normaliseText('\ufb01ghters \uff2d\uff41\uff4c\uff49')).toBe('fighters mali');
  });

  test('folds case and drops accents', () => {
    expect(normaliseText('FRANÇOIS Hollande, Défense')).toBe('francois hollande defense');
  });

  test('curly and straight quotes, apostrophes and dashes all read the same', () => {
    const curly = 'killed \u201chundreds\u201d \u2014 Mali\u2019s \u2018real war\u2019';
    const plain = "killed \"hundreds\" - Mali's 'real war'";
    expect(normaliseText(curly)).toBe(normaliseText(plain));
    expect(normaliseText(curly)).toBe('killed hundreds malis real war');
  });

  test('collapses odd whitespace (tabs, newlines, no-break and thin spaces)', () => {
    expect(normaliseText('  French\u00a0troops\t\n kill\u2009 hundreds  ')).toBe('french troops kill hundreds');
  });

  test('keeps thousands together whatever the separator, splits hyphenated words', () => {
    expect(normaliseText('4,000 soldiers; 4\u202f000 soldiers; 4000 soldiers')).toBe(
      '4000 soldiers 4000 soldiers 4000 soldiers',
    );
    expect(normaliseText('al Qaeda-linked 26-day')).toBe('al qaeda linked 26 day');
  });

  test('does not glue numbers that are not thousands', () => {
    expect(normaliseText('Feb. 5, 2013 and 3.5 km')).toBe('feb 5 2013 and 3 5 km');
  });
});

describe('tokenise', () => {
  test('splits normalised text into words and gives none for empty or punctuation-only text', () => {
    expect(tokenise('PARIS (AFP) - French-led forces')).toEqual(['paris', 'afp', 'french', 'led', 'forces']);
    expect(tokenise('')).toEqual([]);
    expect(tokenise(' -- ... ')).toEqual([]);
  });
});
