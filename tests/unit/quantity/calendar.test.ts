// The calendar arithmetic the date readers share: a day moved by whole years, the days between two days.
import { describe, expect, test } from 'vitest';
import { addYears, daysFrom } from '../../../lib/quantity/calendar';

describe('addYears', () => {
  test('moves a day by whole years, either way', () => {
    expect(addYears('2025-06-30', -1)).toBe('2024-06-30');
    expect(addYears('2008-10-01', 2)).toBe('2010-10-01');
  });

  test('29 February becomes the 28th in a common year, and stays in a leap year', () => {
    expect(addYears('2024-02-29', -1)).toBe('2023-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });
});

describe('daysFrom', () => {
  test('counts the days from one day to another, across a leap day', () => {
    expect(daysFrom('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysFrom('2025-01-01', '2025-12-31')).toBe(364);
    expect(daysFrom('2024-03-01', '2024-02-28')).toBe(-2);
  });

  test('is NaN, not an error, for what is no day', () => {
    expect(daysFrom('2024-01-01', 'never')).toBeNaN();
  });
});
