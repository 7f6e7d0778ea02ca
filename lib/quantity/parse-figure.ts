// Parsing a figure as written in news copy into the value the index stores: counts, durations and
// distances become numeric intervals (parse-amount.ts), dates become intervals of calendar days
// (parse-date.ts). Status and attribution facts carry the reviewer's normalised statement instead.
import type { ClaimValue, RuntimeFact } from '../story/runtime-types';
import { dayNumber, isIsoDate } from './calendar';
import { FigureParseError } from './figure-parse-error';
import { daysIn, readAmount } from './parse-amount';
import { namesCalendarDay, readDate } from './parse-date';

export { FigureParseError } from './figure-parse-error';

/** What a figure is read against. */
export interface ParseContext {
  /**
   * ISO date (YYYY-MM-DD) the article was published: durations, weekdays and relative dates resolve against it.
   * An ISO date-time is accepted; its own calendar day (as written, in its own offset) is used.
   */
  published: string;
  /** The fact's kind. */
  kind: RuntimeFact['kind'];
  /** Canonical unit of the fact: e.g. 'people' for counts, 'days' for durations, 'km' for distances. */
  unit: string;
}

/**
 * Parses a figure as written in news copy into an interval (or a date interval); throws FigureParseError with a
 * reason.
 */
export function parseFigure(figure: string, ctx: ParseContext): ClaimValue {
  if (figure.trim() === '') throw new FigureParseError(figure, 'it is empty');
  if (!isIsoDate(ctx.published.slice(0, 10)) || !/^.{10}(T[\d:.]+(Z|[+-]\d\d:?\d\d)?)?$/.test(ctx.published)) {
    throw new FigureParseError(figure, `the publication date "${ctx.published}" is not an ISO day (YYYY-MM-DD)`);
  }
  switch (ctx.kind) {
    case 'count':
    case 'distance':
      return { kind: 'quantity', ...readAmount(figure, ctx.unit), unit: ctx.unit };
    case 'duration':
      return { kind: 'quantity', ...readDuration(figure, ctx), unit: ctx.unit };
    case 'date': {
      const span = readDate(figure, ctx.published);
      if (!span) throw new FigureParseError(figure, 'no date, weekday or relative date in it');
      if (!isIsoDate(span.lo) || !isIsoDate(span.hi) || span.lo > span.hi)
        throw new FigureParseError(figure, `it reads as no valid span of days (${span.lo} to ${span.hi})`);
      return { kind: 'date', ...span };
    }
    case 'status':
    case 'attribution':
      throw new FigureParseError(
        figure,
        `a ${ctx.kind} fact is free text: record the reviewer's statement (statementValue)`,
      );
  }
}

/**
 * The value of a status or attribution fact: the reviewer's statement with typography flattened (curly
 * quotes, runs of spaces), so that statements compare as the reviewer meant them, not as they were typed.
 */
export function statementValue(statement: string): ClaimValue {
  const value = statement
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
  if (value === '') throw new FigureParseError(statement, 'the statement is empty');
  return { kind: 'statement', value };
}

// A duration is read as an amount ("26-day", "three weeks ago", "monthlong"); when the copy gives the day
// it started instead ("since January 11", "last month"), it is the time from then to publication.
function readDuration(figure: string, ctx: ParseContext): { lo: number; hi: number } {
  if (!namesCalendarDay(figure)) {
    try {
      return readAmount(figure, ctx.unit);
    } catch (error) {
      if (!(error instanceof FigureParseError) || error.reason !== 'no number in it') throw error;
    }
  }
  const span = readDate(figure, ctx.published);
  if (!span) throw new FigureParseError(figure, 'no duration and no starting date in it');
  const published = ctx.published.slice(0, 10);
  const p = dayNumber(published);
  const a = Math.abs(p - dayNumber(span.hi));
  const b = Math.abs(p - dayNumber(span.lo));
  const inside = span.lo <= published && published <= span.hi;
  return daysIn(ctx.unit, inside ? 0 : Math.min(a, b), Math.max(a, b));
}
