// Date phrases of news copy resolve against the publication day as the rules in lib/quantity/parse-date.ts say.
import { describe, expect, test } from 'vitest';
import { parseFigure } from '../../../lib/quantity/parse-figure';

const date = (figure: string, published: string) => parseFigure(figure, { published, kind: 'date', unit: 'days' });
const span = (lo: string, hi = lo) => ({ kind: 'date', lo, hi });

describe('named days and months', () => {
  test.each([
    ['January 11', '2013-02-06', span('2013-01-11')],
    ['on January 11', '2013-02-06', span('2013-01-11')],
    ['11 January', '2013-02-06', span('2013-01-11')],
    ['Jan. 11', '2013-02-06', span('2013-01-11')],
    ['Feb. 5, 2013', '2013-02-06', span('2013-02-05')],
    ['2013-02-05', '2013-02-06', span('2013-02-05')],
    ['by July 31', '2013-02-05', span('2013-02-05', '2013-07-31')],
    ['from March', '2013-02-05', span('2013-03-01', '2013-03-31')],
    ['starting in March', '2013-02-05', span('2013-03-01', '2013-03-31')],
    ['in March', '2013-02-06', span('2013-03-01', '2013-03-31')],
    ['from the month of March', '2013-02-06', span('2013-03-01', '2013-03-31')],
    ['by March', '2013-02-06', span('2013-02-06', '2013-03-31')],
    ['in January', '2013-02-06', span('2013-01-01', '2013-01-31')],
    ['early March', '2013-02-06', span('2013-03-01', '2013-03-10')],
    ['mid-March', '2013-02-06', span('2013-03-11', '2013-03-20')],
    ['late March', '2013-02-06', span('2013-03-21', '2013-03-31')],
    ['in May', '2013-02-06', span('2013-05-01', '2013-05-31')],
    ['in 2012', '2013-02-06', span('2012-01-01', '2012-12-31')],
    ['between March and May', '2013-02-06', span('2013-03-01', '2013-05-31')],
    ['from March to May', '2013-02-06', span('2013-03-01', '2013-05-31')],
    ['from December to February', '2013-02-06', span('2012-12-01', '2013-02-28')],
    ['from late March through April', '2013-02-06', span('2013-03-21', '2013-04-30')],
  ])('%s (published %s)', (figure, published, expected) => {
    expect(date(figure, published)).toEqual(expected);
  });

  test('a day without a year takes the year nearest publication', () => {
    expect(date('December 20', '2013-02-06')).toEqual(span('2012-12-20'));
    expect(date('January 11', '2012-12-20')).toEqual(span('2013-01-11'));
    expect(date('in December', '2013-02-06')).toEqual(span('2012-12-01', '2012-12-31'));
  });

  test('a publication date-time resolves against its own calendar day', () => {
    expect(date('on Tuesday night', '2013-02-06T04:10:00Z')).toEqual(span('2013-02-05'));
    expect(date('last month', '2013-02-06T23:59:00+01:00')).toEqual(span('2013-01-01', '2013-01-31'));
    expect(
      parseFigure('since January 11', { published: '2013-02-06T10:00:00Z', kind: 'duration', unit: 'days' }),
    ).toMatchObject({ lo: 26, hi: 26 });
    expect(() => date('Tuesday', '2013-02-06 garbage')).toThrow(/publication date/);
  });

  test('a thousands figure is not a year', () => {
    expect(() => date('some 1,800', '2013-02-06')).toThrow(/no date/);
    expect(() => date('2,013', '2013-02-06')).toThrow(/no date/);
  });

  test('"may" the verb is not May the month', () => {
    expect(() => date('troops may leave', '2013-02-06')).toThrow(/no date/);
  });
});

describe('relative dates', () => {
  test.each([
    // CNN, published 6 Feb: "France launched the offensive last month" (11 Jan).
    ['last month', '2013-02-05', span('2013-01-01', '2013-01-31')],
    ['next month', '2013-02-05', span('2013-03-01', '2013-03-31')],
    ['this month', '2013-02-05', span('2013-02-01', '2013-02-28')],
    // "Hollande visited Timbuktu last week" (Saturday 2 Feb): the Monday–Sunday week before.
    ['last week', '2013-02-06', span('2013-01-28', '2013-02-03')],
    ['later this week', '2013-02-06', span('2013-02-06', '2013-02-10')],
    ['earlier this week', '2013-02-06', span('2013-02-04', '2013-02-06')],
    ['next week', '2013-02-06', span('2013-02-11', '2013-02-17')],
    ['last year', '2013-02-06', span('2012-01-01', '2012-12-31')],
    ["last year's", '2013-02-06', span('2012-01-01', '2012-12-31')],
    ['yesterday', '2013-02-06', span('2013-02-05')],
    ['today', '2013-02-06', span('2013-02-06')],
    ['tomorrow', '2013-02-06', span('2013-02-07')],
    ['last night', '2013-02-06', span('2013-02-05', '2013-02-06')],
    // "Le Drian ... could begin in the next few weeks": one to six weeks on.
    ['in the next few weeks', '2013-02-06', span('2013-02-13', '2013-03-20')],
    ['in a few weeks', '2013-02-06', span('2013-02-13', '2013-03-20')],
    ['in the coming weeks', '2013-02-06', span('2013-02-13', '2013-03-20')],
    ['in the next few days', '2013-02-06', span('2013-02-07', '2013-02-13')],
    // "intervention in Mali began three weeks ago": 17–27 days before 6 Feb; 11 Jan is inside.
    ['three weeks ago', '2013-02-06', span('2013-01-10', '2013-01-20')],
    // "The MNLA launched a rebellion a year ago" (17 Jan 2012): nine to eighteen months back.
    ['a year ago', '2013-02-05', span('2011-08-07', '2012-05-08')],
    ['in two weeks', '2013-02-06', span('2013-02-16', '2013-02-26')],
    ['within two weeks', '2013-02-06', span('2013-02-06', '2013-02-26')],
    ['over the past two days', '2013-02-06', span('2013-02-03', '2013-02-06')],
    ['in the past week', '2013-02-06', span('2013-01-30', '2013-02-06')],
    ['in the next two weeks', '2013-02-06', span('2013-02-06', '2013-02-26')],
  ])('%s (published %s)', (figure, published, expected) => {
    expect(date(figure, published)).toEqual(expected);
  });
});

describe('weekdays', () => {
  test.each([
    // 6 Feb 2013 was a Wednesday, 5 Feb a Tuesday.
    ['Tuesday', '2013-02-05', span('2013-02-05')],
    ['on Tuesday night', '2013-02-06', span('2013-02-05')],
    ['Wednesday', '2013-02-06', span('2013-02-06')],
    ["Wednesday's", '2013-02-06', span('2013-02-06')],
    ['on Sunday', '2013-02-06', span('2013-02-03')],
    ['Thursday', '2013-02-06', span('2013-01-31')],
    // Upcoming: AFP (5 Feb) "an interview to be published Wednesday".
    ['to be published Wednesday', '2013-02-05', span('2013-02-06')],
    ['next Tuesday', '2013-02-05', span('2013-02-12')],
    ['on Thursday, when he will', '2013-02-06', span('2013-01-31')],
    ['will visit on Thursday', '2013-02-06', span('2013-02-07')],
    ['last Wednesday', '2013-02-06', span('2013-01-30')],
    ['this Friday', '2013-02-06', span('2013-02-08')],
    ['this Monday', '2013-02-06', span('2013-02-04')],
    // A cue in another clause does not make the weekday upcoming.
    ['who will travel to Gao and Timbuktu, said on Monday', '2013-02-06', span('2013-02-04')],
    ['coming Saturday', '2013-02-06', span('2013-02-09')],
  ])('%s (published %s)', (figure, published, expected) => {
    expect(date(figure, published)).toEqual(expected);
  });
});

describe('an open side is the calendar’s end, never an invalid day', () => {
  test.each([
    ['more than three weeks ago', span('1000-01-01', '2013-01-15')],
    ['at least a year ago', span('1000-01-01', '2012-02-07')],
    ['in more than 5000 years', span('7013-02-07', '9999-12-31')],
    ['in more than two weeks', span('2013-02-21', '9999-12-31')],
  ])('%s', (figure, expected) => {
    expect(date(figure, '2013-02-06')).toEqual(expected);
  });

  test('no date phrase yields a day outside the calendar', () => {
    for (const figure of ['99999 years ago', 'in 1e9 days', 'more than 10000000 weeks ago', 'in 900000 years']) {
      let value: ReturnType<typeof date> | null = null;
      try {
        value = date(figure, '2013-02-06');
      } catch (error) {
        expect((error as Error).name).toBe('FigureParseError');
      }
      if (value?.kind === 'date') {
        expect(value.lo).toMatch(/^\d{4}-\d\d-\d\d$/);
        expect(value.hi).toMatch(/^\d{4}-\d\d-\d\d$/);
      }
    }
  });
});
