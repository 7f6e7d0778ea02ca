// Figures from the Mali seed texts (and copy like them) parse to the intervals the rules in lib/quantity promise.
import { describe, expect, test } from 'vitest';
import { FigureParseError, parseFigure, statementValue, type ParseContext } from '../../../lib/quantity/parse-figure';
import { UNBOUNDED } from '../../../lib/quantity/hedges';

const FEB5 = '2013-02-05'; // AFP wire copy: "France said Tuesday"
const FEB6 = '2013-02-06'; // CNN, GlobalPost, FRANCE 24

const count = (published = FEB6): ParseContext => ({ published, kind: 'count', unit: 'people' });
const duration = (published = FEB6, unit = 'days'): ParseContext => ({ published, kind: 'duration', unit });

describe('counts', () => {
  // [figure as written, sentence it comes from, lo, hi]
  test.each([
    ['4,000', 'France says it has 4,000 soldiers in Mali.', 4000, 4000],
    ['nearly 4,000', 'Nearly 4,000 French troops are currently deployed in Mali', 3600, 4000],
    ['Nearly 4,000', 'Nearly 4,000 French troops are currently deployed in Mali', 3600, 4000],
    ['nearly 3,800', 'fighting alongside nearly 3,800 African soldiers', 3420, 3800],
    ['around 3,800', 'of which around 3,800 have already been deployed', 3420, 4180],
    ['some 1,800', 'French forces and some 1,800 Chadian troops', 1620, 1980],
    ['some 8,000', 'a UN-backed African force of some 8,000 troops', 7200, 8800],
    ['8,000 pledged', '8,000 pledged African troops being deployed at a slow trickle', 8000, 8000],
    ['several hundred', 'had killed "several hundred" Islamist militants', 300, 999],
    ['hundreds', 'French-led forces have killed hundreds of rebels', 200, 999],
    ['"hundreds"', 'has killed "hundreds" of Islamist fighters', 200, 999],
    ['“hundreds”', 'French troops kill ‘hundreds’ of Islamist fighters', 200, 999],
    ['‘hundreds’', 'French troops kill ‘hundreds’ of Islamist fighters', 200, 999],
    ['11', 'Mali said 11 of its troops were killed and 60 wounded', 11, 11],
    ['60', 'Mali said 11 of its troops were killed and 60 wounded', 60, 60],
    ['11 Malian soldiers', 'one French serviceman, a helicopter pilot, and 11 Malian soldiers', 11, 11],
    ['seven', 'they are believed to be holding seven French hostages', 7, 7],
    ['"two or three"', '"two or three" soldiers have suffered light injuries', 2, 3],
    ['one', 'The month-long offensive has killed one French serviceman', 1, 1],
    ['sole fatality', "France's sole fatality so far has been a helicopter pilot", 1, 1],
    ['4,000 French soldiers', 'It says it has 4,000 French soldiers in Mali', 4000, 4000],
    ['2,150', 'France has 2,150 soldiers in Mali and 1,000 more troops', 2150, 2150],
  ])('%s  (%s)', (figure, _sentence, lo, hi) => {
    expect(parseFigure(figure, count())).toEqual({ kind: 'quantity', lo, hi, unit: 'people' });
  });

  test('"N in Mali and M more" spanning both numbers is their sum, the total engaged', () => {
    expect(parseFigure('2,150 soldiers in Mali and 1,000 more', count())).toEqual({
      kind: 'quantity',
      lo: 3150,
      hi: 3150,
      unit: 'people',
    });
    expect(parseFigure('2,150 soldiers in Mali and another 1,000', count())).toMatchObject({ lo: 3150, hi: 3150 });
  });

  test.each([
    ['a dozen', 12, 12],
    ['two dozen', 24, 24],
    ['dozens', 24, 99],
    ['dozens of', 24, 99],
    ['twenty-five', 25, 25],
    ['one hundred and twenty', 120, 120],
    ['a hundred', 100, 100],
    ['three thousand', 3000, 3000],
    ['a few hundred', 200, 599],
    ['several thousand', 3000, 9999],
    ['thousands', 2000, 9999],
    ['tens of thousands', 20000, 99999],
    ['hundreds of thousands', 200000, 999999],
    ['1.5 million', 1_500_000, 1_500_000],
    ['between 10 and 20', 10, 20],
    ['10-20', 10, 20],
    ['10 to 20', 10, 20],
    ['2–3', 2, 3],
    ['about 5', 4, 6],
    ['almost 10', 9, 10],
    ['just under 4,000', 3600, 4000],
    ['roughly 4,000', 3600, 4400],
    ['approximately 4,000', 3600, 4400],
    ['an estimated 4,000', 3600, 4400],
    ['4,000 or so', 3600, 4400],
    ['just over 4,000', 4000, 4400],
    ['at least 4,000', 4000, UNBOUNDED],
    ['more than 4,000', 4001, UNBOUNDED],
    ['over 4,000', 4001, UNBOUNDED],
    ['4,000-plus', 4001, UNBOUNDED],
    ['up to 4,000', 0, 4000],
    ['as many as 4,000', 0, 4000],
    ['fewer than 4,000', 0, 3999],
    ['barely 100', 80, 100],
    ['a couple of hundred', 200, 299],
    ['a couple', 2, 2],
    ['a handful', 2, 6],
    ['a single', 1, 1],
    ['a thousand', 1000, 1000],
  ])('%s → %d..%d', (figure, lo, hi) => {
    expect(parseFigure(figure, count())).toMatchObject({ lo, hi });
  });
});

describe('durations, in days', () => {
  test.each([
    // A count of days is ±1: inclusive or exclusive counting, time zones.
    ['26-day', 'the 26-day military intervention had killed', FEB5, 25, 27],
    ['26-day-old', 'once the 26-day-old offensive draws to an end', FEB5, 25, 27],
    // Weeks, months and years are rounded (and for ages floored): see parse-amount.ts.
    ['three-week-old', 'in its three-week-old Operation Serval', FEB6, 17, 27],
    ['three weeks ago', "since France's intervention in Mali began three weeks ago", FEB6, 17, 27],
    ['monthlong', 'A monthlong French offensive has killed', FEB6, 22, 46],
    ['month-long', 'The month-long offensive has killed one French serviceman', FEB6, 22, 46],
    ['barely one month', 'In barely one month, French troops and their African allies', FEB6, 24, 31],
    ['almost a year', 'an Islamist stronghold for almost a year', FEB6, 328, 366],
    ['10 months', 'fighters who occupied northern Mali for 10 months', FEB5, 289, 334],
    ['10-month', "the Islamist militants' 10-month grip on northern towns", FEB6, 289, 334],
    ['the past two days', 'Over the past two days, sandstorms have hampered operations', FEB6, 1, 3],
  ])('%s  (%s)', (figure, _sentence, published, lo, hi) => {
    expect(parseFigure(figure, duration(published))).toEqual({ kind: 'quantity', lo, hi, unit: 'days' });
  });

  test('a duration given by its start counts the days from it to publication', () => {
    // FRANCE 24: "France's military intervention first began on January 11", published 6 Feb.
    expect(parseFigure('since January 11', duration(FEB6))).toMatchObject({ lo: 26, hi: 26 });
    expect(parseFigure('last month', duration(FEB6))).toMatchObject({ lo: 6, hi: 36 });
  });

  test.each([
    // A loosening hedge never reads narrower than the bare words; a bounding one keeps its bound.
    ['about a month', 22, 46],
    ['a month', 22, 46],
    ['just over three weeks', 21, 27],
    ['nearly a month', 27, 31],
    ['more than three weeks', 22, UNBOUNDED],
    ['about 26 days', 23, 29],
    ['two to three weeks', 10, 27],
  ])('%s → %d..%d days', (figure, lo, hi) => {
    expect(parseFigure(figure, duration())).toMatchObject({ lo, hi });
  });

  test('"may" the verb does not turn a duration into a date', () => {
    expect(parseFigure('may last three weeks', duration(FEB6))).toMatchObject({ lo: 17, hi: 27 });
  });

  test('the fact unit decides the scale: "10 months" in months', () => {
    expect(parseFigure('10 months', duration(FEB5, 'months'))).toEqual({
      kind: 'quantity',
      lo: 9.5,
      hi: 10.97,
      unit: 'months',
    });
    expect(parseFigure('26-day', duration(FEB5, 'weeks'))).toMatchObject({ lo: 3.57, hi: 3.86 });
  });
});

describe('distances', () => {
  const km = { published: FEB5, kind: 'distance', unit: 'km' } as const;
  test('the parenthetical conversion is dropped; a bare distance is rounded at its last significant digit', () => {
    expect(parseFigure('80 kilometres (50 miles)', km)).toEqual({ kind: 'quantity', lo: 75, hi: 85, unit: 'km' });
    expect(parseFigure('50 miles', km)).toEqual({ kind: 'quantity', lo: 72.42, hi: 88.52, unit: 'km' });
    expect(parseFigure('85 km', km)).toMatchObject({ lo: 84.5, hi: 85.5 });
    expect(parseFigure('100 km', km)).toMatchObject({ lo: 90, hi: 110 });
    expect(parseFigure('2.5 km', km)).toMatchObject({ lo: 2.45, hi: 2.55 });
    expect(parseFigure('800 metres', km)).toMatchObject({ lo: 0.75, hi: 0.85 });
  });

  test("a hedged distance takes the hedge's width instead", () => {
    expect(parseFigure('about 80 km', km)).toMatchObject({ lo: 72, hi: 88 });
    expect(parseFigure('nearly 80 kilometers', km)).toMatchObject({ lo: 72, hi: 80 });
  });
});

describe('errors name the figure and the reason', () => {
  test.each([
    ['many', count(), /"many".*no number/],
    ['some prisoners, not many', count(), /no number/],
    ['11 of its troops were killed and 60 wounded', count(), /neither a range nor a sum/],
    ['1, 2 and 3', count(), /3 numbers/],
    ['three weeks', count(), /week.*count/],
    ['80 kilometres', duration(), /distance|kilometre|time/],
    ['', count(), /empty/],
    ['under the grip of militants', { published: FEB6, kind: 'status', unit: '' } as ParseContext, /statement/],
    ['soon', { published: FEB6, kind: 'date', unit: 'days' } as ParseContext, /"soon".*no date/],
    ['4,000', { published: '6 Feb 2013', kind: 'count', unit: 'people' } as ParseContext, /publication date/],
  ])('%s', (figure, ctx, message) => {
    expect(() => parseFigure(figure, ctx)).toThrow(FigureParseError);
    expect(() => parseFigure(figure, ctx)).toThrow(message);
  });

  test('the error carries the figure and the bare reason for the build to report', () => {
    try {
      parseFigure('many', count());
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FigureParseError);
      expect((error as FigureParseError).figure).toBe('many');
      expect((error as FigureParseError).reason).toBe('no number in it');
    }
  });
});

describe('statements', () => {
  test('statementValue flattens typography and refuses an empty statement', () => {
    expect(statementValue('  under  French “control” ')).toEqual({
      kind: 'statement',
      value: 'under French "control"',
    });
    expect(() => statementValue('   ')).toThrow(FigureParseError);
  });
});
