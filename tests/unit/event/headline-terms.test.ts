// A headline's words as lookup terms leave out the outlet's name and tagline that pages put after the headline: every
// headline of an outlet shares them, whatever happened.
import { describe, expect, test } from 'vitest';
import { headlineTerms, ownHeadline } from '../../../lib/event/headline-terms';

// Headlines written for the tests, at addresses of made-up outlets.
const AT = 'https://www.wkxo.example/story/1234/man-wounded';

describe('the headline without its outlet', () => {
  test('a last part naming the site, or saying what the outlet covers, is cut', () => {
    expect(ownHeadline('Man wounded on Dogwood Lane - WKXO Channel 9', AT)).toBe('Man wounded on Dogwood Lane');
    expect(ownHeadline('Man wounded on Dogwood Lane | Brackwater News, Weather & Sports', AT)).toBe(
      'Man wounded on Dogwood Lane',
    );
  });

  test('so is a place after the outlet’s name', () => {
    expect(ownHeadline('Man wounded on Dogwood Lane - WKXO 9 News - Brackwater, Ohio', AT)).toBe(
      'Man wounded on Dogwood Lane',
    );
  });

  test('a part that is the headline’s own stays, and so does a first part that names the outlet', () => {
    expect(ownHeadline('Brackwater shooting - police name the victim', AT)).toBe(
      'Brackwater shooting - police name the victim',
    );
    expect(ownHeadline('WKXO exclusive: the family speaks', AT)).toBe('WKXO exclusive: the family speaks');
  });

  test('two outlets’ headlines of two events share no word of their taglines', () => {
    const one = headlineTerms('Man wounded on Dogwood Lane - WKXO News, Weather and Sports', AT);
    const other = headlineTerms(
      'Girl, 4, dies in Alderby - Valley News, Weather, Sports',
      'https://www.valleynews.example/a',
    );
    expect(one.filter((t) => other.includes(t))).toEqual([]);
  });
});
