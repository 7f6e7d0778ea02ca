// The status and flag rules of lib/disputes/assess-fact.ts, one rule per test, on hand-made values.
import { describe, expect, test } from 'vitest';
import type { ClaimValue } from '../../../lib/story/runtime-types';
import { assessFact, type ClaimForAssessment } from '../../../lib/disputes/assess-fact';

const q = (lo: number, hi = lo): ClaimValue => ({ kind: 'quantity', lo, hi, unit: 'people' });
const claim = (article: string, outlet: string, revision: number | null, value: ClaimValue): ClaimForAssessment => ({
  article,
  outlet,
  revision,
  value,
});
const NO_FLAGS = { changedBetweenRevisions: [], selfContradictions: [] };

describe('status', () => {
  test('no claims, or claims from one outlet only, are single-source', () => {
    expect(assessFact('count', [])).toEqual({ status: 'single-source', flags: NO_FLAGS });
    expect(assessFact('count', [claim('a', 'x', null, q(1)), claim('a', 'x', null, q(1))]).status).toBe(
      'single-source',
    );
  });

  test('revisions that disagree are one source, and the change is flagged', () => {
    expect(assessFact('count', [claim('r1', 'cnn', 1, q(4000)), claim('r2', 'cnn', 2, q(2150))])).toEqual({
      status: 'single-source',
      flags: { changedBetweenRevisions: ['r1', 'r2'], selfContradictions: [] },
    });
  });

  test('revisions that cannot both be true do not dispute each other when another outlet allows both', () => {
    const claims = [claim('r1', 'cnn', 1, q(10)), claim('r2', 'cnn', 2, q(20)), claim('afp', 'afp', null, q(10, 20))];
    expect(assessFact('count', claims)).toEqual({
      status: 'consistent',
      flags: { changedBetweenRevisions: ['r1', 'r2'], selfContradictions: [] },
    });
  });

  test('an article contradicting itself is flagged, not disputed, when each claim fits the other outlets', () => {
    const claims = [claim('a', 'x', null, q(10)), claim('a', 'x', null, q(20)), claim('b', 'y', null, q(10, 20))];
    expect(assessFact('count', claims)).toEqual({
      status: 'consistent',
      flags: { changedBetweenRevisions: [], selfContradictions: ['a'] },
    });
  });

  test('overlapping intervals from different outlets are consistent', () => {
    expect(assessFact('count', [claim('a', 'x', null, q(3600, 4000)), claim('b', 'y', null, q(4000))]).status).toBe(
      'consistent',
    );
  });

  test('intervals that do not overlap, from different outlets, are disputed', () => {
    expect(assessFact('count', [claim('a', 'x', null, q(3600, 4000)), claim('b', 'y', null, q(4001))]).status).toBe(
      'disputed',
    );
  });

  test('an older revision still counts against other outlets: its readers were told it', () => {
    const claims = [
      claim('r1', 'cnn', 1, q(2150)), // corrected later
      claim('r2', 'cnn', 2, q(4000)),
      claim('afp', 'afp', null, q(3600, 4000)),
    ];
    expect(assessFact('count', claims)).toEqual({
      status: 'disputed',
      flags: { changedBetweenRevisions: ['r1', 'r2'], selfContradictions: [] },
    });
  });

  test('one conflicting claim among several agreeing ones makes the fact disputed', () => {
    const claims = [
      claim('a', 'x', null, q(4000)),
      claim('b', 'y', null, q(4000)),
      claim('c', 'z', null, q(3600, 4000)),
      claim('d', 'w', null, q(11)),
    ];
    expect(assessFact('count', claims).status).toBe('disputed');
  });
});

describe('flags', () => {
  test('revisions with the same values are not flagged, whatever the order of their claims', () => {
    const claims = [claim('r2', 'cnn', 2, q(5)), claim('r1', 'cnn', 1, q(5)), claim('r1', 'cnn', 1, q(5))];
    expect(assessFact('count', claims).flags.changedBetweenRevisions).toEqual([]);
  });

  test('a revision that adds a second, different value is a change', () => {
    const claims = [claim('r1', 'cnn', 1, q(4000)), claim('r2', 'cnn', 2, q(4000)), claim('r2', 'cnn', 2, q(3150))];
    expect(assessFact('count', claims).flags.changedBetweenRevisions).toEqual(['r1', 'r2']);
  });

  test('only the revisions of the outlet that changed are flagged; articles without revisions never are', () => {
    const claims = [
      claim('c3', 'cnn', 3, q(4000)),
      claim('c1', 'cnn', 1, q(4000)),
      claim('c2', 'cnn', 2, q(3000)),
      claim('b1', 'bbc', 1, q(4000)),
      claim('b2', 'bbc', 2, q(4000)),
      claim('afp', 'afp', null, q(10)),
      claim('afp', 'afp', null, q(20)),
    ];
    expect(assessFact('count', claims).flags).toEqual({
      changedBetweenRevisions: ['c1', 'c2', 'c3'],
      selfContradictions: ['afp'],
    });
  });

  test('an article whose own claims cannot both be true is a self-contradiction; compatible ones are not', () => {
    const claims = [
      claim('b', 'y', null, q(3600, 4000)),
      claim('b', 'y', null, q(4000)),
      claim('a', 'x', null, q(4000)),
      claim('a', 'x', null, q(3150)),
    ];
    expect(assessFact('count', claims).flags.selfContradictions).toEqual(['a']);
  });

  test('the output does not depend on the order of the claims', () => {
    const claims = [
      claim('z', 'z', null, q(1)),
      claim('z', 'z', null, q(2)),
      claim('m', 'm', null, q(1)),
      claim('m', 'm', null, q(3)),
      claim('r2', 'o', 2, q(1)),
      claim('r1', 'o', 1, q(2)),
    ];
    const expected = assessFact('count', claims);
    expect(expected.flags).toEqual({ changedBetweenRevisions: ['r1', 'r2'], selfContradictions: ['m', 'z'] });
    expect(assessFact('count', [...claims].reverse())).toEqual(expected);
    expect(assessFact('count', [claims[3]!, claims[0]!, claims[5]!, claims[1]!, claims[4]!, claims[2]!])).toEqual(
      expected,
    );
  });
});

describe('values of the wrong sort are data errors', () => {
  test('a date value on a count fact names the article', () => {
    expect(() =>
      assessFact('count', [claim('afp', 'afp', null, { kind: 'date', lo: '2013-03-01', hi: '2013-03-31' })]),
    ).toThrow(/article "afp".*date value.*count/);
  });

  test('a quantity on a status fact is refused; a statement on a date fact is allowed', () => {
    expect(() => assessFact('status', [claim('a', 'x', null, q(1))])).toThrow(TypeError);
    expect(
      assessFact('date', [
        claim('a', 'x', null, { kind: 'statement', value: '2013-02-05' }),
        claim('b', 'y', null, { kind: 'date', lo: '2013-02-06', hi: '2013-02-06' }),
      ]).status,
    ).toBe('disputed');
  });
});
