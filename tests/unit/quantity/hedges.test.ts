// Hedge words are found only where they modify a figure, and widen intervals as documented.
import { describe, expect, test } from 'vitest';
import { applyHedge, findHedges, UNBOUNDED } from '../../../lib/quantity/hedges';

describe('findHedges', () => {
  test.each([
    ['nearly 4,000', ['nearly']],
    ['Nearly 4,000 French troops', ['nearly']],
    ['some 1,800', ['some']],
    ['around 3,800', ['around']],
    ['"several hundred"', ['several']],
    ['almost a year', ['almost']],
    ['barely one month', ['barely']],
    ['just under 4,000', ['just under']],
    ['more than 100', ['more than']],
    ['4,000 or so', ['or so']],
    ['4,000-plus', ['plus']],
    ['an estimated 4,000', ['an estimated']],
    ['4,000', []],
    ['hundreds', []],
    ['26-day', []],
    // Words that are hedges elsewhere but modify no figure here.
    ['some terrorist havens', []],
    ['Over the past two days', []],
    ['some prisoners, not many', []],
  ])('%s → %j', (figure, hedges) => {
    expect(findHedges(figure)).toEqual(hedges);
  });
});

describe('applyHedge', () => {
  test.each([
    ['below', 4000, 4000, [3600, 4000]],
    ['barely', 100, 100, [80, 100]],
    ['about', 3800, 3800, [3420, 4180]],
    ['justOver', 4000, 4000, [4000, 4400]],
    ['moreThan', 4000, 4000, [4001, UNBOUNDED]],
    ['atLeast', 4000, 4000, [4000, UNBOUNDED]],
    ['lessThan', 4000, 4000, [0, 3999]],
    ['upTo', 4000, 4000, [0, 4000]],
    // A small figure still widens by at least one step.
    ['about', 5, 5, [4, 6]],
    ['below', 3, 3, [2, 3]],
  ] as const)('%s %d', (effect, lo, hi, expected) => {
    const [a, b] = applyHedge(effect, lo, hi, 1);
    expect([Math.round(a * 1e6) / 1e6, Math.round(b * 1e6) / 1e6]).toEqual(expected);
  });
});
