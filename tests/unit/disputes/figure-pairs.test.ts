// Pairs of figures as two outlets might write them: which pairs can both be true, and where the line falls.
import { describe, expect, test } from 'vitest';
import type { RuntimeFact } from '../../../lib/story/runtime-types';
import { compatible } from '../../../lib/disputes/compatible';
import { parseFigure } from '../../../lib/quantity/parse-figure';

const UNITS: Partial<Record<RuntimeFact['kind'], string>> = {
  count: 'people',
  duration: 'days',
  date: 'days',
  distance: 'km',
};
const read = (figure: string, kind: RuntimeFact['kind'], published: string) =>
  parseFigure(figure, { published, kind, unit: UNITS[kind]! });

describe('pairs that must not be called disputed', () => {
  test.each<[string, string, RuntimeFact['kind'], string?, string?]>([
    ['4,000', 'nearly 4,000', 'count'],
    ['4,000', 'Nearly 4,000', 'count'],
    ['hundreds', 'several hundred', 'count'],
    ['"hundreds"', '“hundreds”', 'count'],
    ['3,800', 'nearly 3,800', 'count'],
    ['3,800', 'around 3,800', 'count'],
    ['nearly 3,800', 'around 3,800', 'count'],
    ['11', '11', 'count'],
    ['some 8,000', '8,000 pledged', 'count'],
    ['26-day', 'three weeks ago', 'duration', '2013-02-05', '2013-02-06'],
    ['26-day', 'monthlong', 'duration', '2013-02-05', '2013-02-06'],
    ['26-day-old', 'barely one month', 'duration', '2013-02-05', '2013-02-06'],
    ['almost a year', '10 months', 'duration', '2013-02-06', '2013-02-05'],
    ['almost a year', '10-month', 'duration'],
    ['from March', 'in March', 'date', '2013-02-05', '2013-02-06'],
    ['from March', 'next month', 'date', '2013-02-05', '2013-02-06'],
    ['in March', 'next month', 'date'],
    ['in the next few weeks', 'from March', 'date'],
    ['January 11', 'last month', 'date'],
    ['January 11', 'three weeks ago', 'date'],
    ['Tuesday', 'on Tuesday night', 'date', '2013-02-05', '2013-02-06'],
    ['80 kilometres (50 miles)', '50 miles', 'distance'],
    ['80 kilometres', 'about 75 km', 'distance'],
  ])('%s / %s', (a, b, kind, pubA = '2013-02-06', pubB = pubA) => {
    expect(compatible(read(a, kind, pubA), read(b, kind, pubB))).toBe(true);
  });
});

describe('pairs that must be called disputed', () => {
  test.each<[string, string, RuntimeFact['kind'], string?, string?]>([
    ['4,000', '2,150', 'count'],
    ['4,000', '2,150 soldiers in Mali and 1,000 more', 'count'],
    ['nearly 4,000', '2,150 soldiers in Mali and 1,000 more', 'count'],
    ['4,000', 'nearly 3,800', 'count'], // "nearly 3,800" never reaches 4,000
    ['11', '12', 'count'], // bare counts are exact: rounding belongs to a hedge
    ['dozens', 'hundreds', 'count'],
    ['seven', 'two or three', 'count'],
    // Where the duration rules draw the line: 26 days is not "two weeks", "almost a year" is not "six months".
    ['26-day', 'two weeks', 'duration'],
    ['almost a year', 'six months', 'duration'],
    ['monthlong', 'a year', 'duration'],
    ['from March', 'in April', 'date'],
    ['from March', 'last month', 'date'],
    // The day Le Drian gave the toll: CNN (6 Feb) "on Tuesday night", FRANCE 24 (6 Feb) "on Wednesday".
    ['on Tuesday night', 'on Wednesday', 'date'],
    ['Tuesday', 'Wednesday', 'date', '2013-02-05', '2013-02-06'],
    ['80 kilometres', '100 km', 'distance'],
  ])('%s / %s', (a, b, kind, pubA = '2013-02-06', pubB = pubA) => {
    expect(compatible(read(a, kind, pubA), read(b, kind, pubB))).toBe(false);
  });
});
