// The calendar arithmetic the date readers share: a day moved by whole years.
import { describe, expect, test } from 'vitest';
import { addYears } from '../../../lib/quantity/calendar';

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
