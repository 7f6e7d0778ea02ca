// The coverage lint's token scanner: what counts as a number, a date or a duration, and what does not.
import { describe, expect, test } from 'vitest';
import { scanTokens, uncoveredTokens } from '../../../lib/index/coverage';

const words = (text: string) => scanTokens(text).map((t) => t.text);

describe('scanTokens', () => {
  test('digits, with thousands separators and decimals', () => {
    expect(words('France has 2,150 soldiers, 1.5 km away, and 11 dead.')).toEqual(['2,150', '1.5', '11']);
  });

  test('number words, vague amounts and words for one', () => {
    expect(
      words('seven hostages, "two or three" hurt, several hundred killed, hundreds more, a dozen, the sole fatality'),
    ).toEqual(['seven', 'two', 'three', 'several', 'hundred', 'hundreds', 'dozen', 'sole']);
  });

  test('number words only as whole words', () => {
    expect(words('the Movement for Oneness and someone often alone')).toEqual([]);
  });

  test('months (with or without a day), weekdays and relative dates', () => {
    expect(
      words(
        'on January 11, by July 31, from March, on Tuesday night, Wednesday’s Metro, last month, next month, last ' +
          'week, later this week, this morning, last year’s',
      ),
    ).toEqual([
      'January',
      '11',
      'July',
      '31',
      'March',
      'Tuesday',
      'Wednesday',
      'last month',
      'next month',
      'last week',
      'this week',
      'this morning',
      'last year',
    ]);
  });

  test('lower-case "march" and "may" are verbs, not months', () => {
    expect(words('troops march on; it may happen')).toEqual([]);
  });

  test('durations, hyphenated or not, merged with the numbers inside them', () => {
    expect(
      words(
        'a monthlong offensive, the 26-day-old war, its three-week-old operation, a 10-month grip, for almost a ' +
          'year, began three weeks ago, the month-long push, the next few weeks',
      ),
    ).toEqual([
      'monthlong',
      '26-day-old',
      'three-week-old',
      '10-month',
      'a year',
      'three weeks ago',
      'month-long',
      'few weeks',
    ]);
  });
});

describe('uncoveredTokens', () => {
  test('a token is covered only when a span holds all of it', () => {
    const text = 'It has 4,000 troops since January 11.';
    const tokens = scanTokens(text);
    expect(tokens.map((t) => [t.start, t.end])).toEqual([
      [7, 12],
      [26, 33],
      [34, 36],
    ]);
    expect(
      uncoveredTokens(text, [
        { start: 7, end: 12 },
        { start: 26, end: 36 },
      ]),
    ).toEqual([]);
    expect(
      uncoveredTokens(text, [
        { start: 8, end: 12 },
        { start: 26, end: 33 },
      ]).map((t) => t.text),
    ).toEqual(['4,000', '11']);
  });
});
