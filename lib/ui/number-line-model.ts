// What a fact's number line or time line shows, computed from the story alone: each outlet's figures on one
// scale (an exact figure a point, a hedged one its interval), the reader's article marked, and the gaps between
// figures that cannot both be true; plus the same in words, as the picture's text alternative.
import type { RuntimeClaim, RuntimeFact, RuntimeStory } from '../story/runtime-types';
import { dayNumber, isoFromDayNumber } from '../quantity/calendar';
import { formatValue } from '../quantity/format-value';
import { UNBOUNDED } from '../quantity/hedges';
import { numberScale, timeScale, type LineScale, type LineTick } from './line-scale';
import { formatDate, outletRows } from './sidebar-model';

/** One figure on the line. Day intervals are half-open ([first day, day after the last)), numbers closed. */
export interface LineMark {
  lo: number;
  hi: number;
  /** A single number or a single day: drawn as a point (at `lo`, or the middle of the day). */
  exact: boolean;
  /** No upper end ("more than 1,000"): drawn to the end of the line. */
  open: boolean;
  /** The article's own words for this value ("Nearly 4,000"). */
  figures: string[];
  /** The value in words, for the text alternative ("3,600 to 4,000"). */
  spoken: string;
}

/** One outlet's figures. */
export interface LineRow {
  articleId: string | null;
  outlet: string;
  isOwn: boolean;
  marks: LineMark[];
}

/** A stretch of the line between figures that cannot both be true; `from === to` when they only touch. */
export interface LineGap {
  from: number;
  to: number;
}

/** Everything a number line draws and says. */
export interface NumberLineModel {
  scale: LineScale;
  /** What the numbers count ("people", "days", "km"), or null on a time line. */
  unit: string | null;
  min: number;
  max: number;
  ticks: LineTick[];
  rows: LineRow[];
  gaps: LineGap[];
  /** The picture in words: the same figures, the same grouping. */
  summary: string;
}

const PICTURED_KINDS = new Set<RuntimeFact['kind']>(['count', 'duration', 'distance', 'date']);

function formatDays(lo: string, hi: string): string {
  return formatValue({ kind: 'date', lo, hi });
}

function formatQuantityRange(lo: number, hi: number, unit: string | null): string {
  return formatValue({ kind: 'quantity', lo, hi, unit: unit ?? '' });
}

function spokenRange(text: string): string {
  return text.replace(/\s*–\s*/g, ' to ');
}

function markOf(claim: RuntimeClaim): LineMark | null {
  const v = claim.value;
  if (v.kind === 'quantity') {
    if (!Number.isFinite(v.lo) || !Number.isFinite(v.hi) || v.hi < v.lo) return null;
    const open = v.hi >= UNBOUNDED;
    return {
      lo: v.lo,
      hi: open ? v.lo : v.hi,
      exact: !open && v.lo === v.hi,
      open,
      figures: [claim.figureText],
      spoken: spokenRange(claim.display),
    };
  }
  if (v.kind === 'date') {
    try {
      const lo = dayNumber(v.lo);
      const hi = dayNumber(v.hi) + 1;
      if (hi <= lo) return null;
      const spoken = lo + 1 === hi ? (formatDate(v.lo) ?? claim.display) : spokenRange(claim.display);
      return { lo, hi, exact: lo + 1 === hi, open: false, figures: [claim.figureText], spoken };
    } catch {
      return null;
    }
  }
  return null;
}

/** Marks of one row: equal values merge, keeping every wording of them. */
function mergeMarks(claims: RuntimeClaim[]): LineMark[] {
  const marks: LineMark[] = [];
  for (const claim of claims) {
    const mark = markOf(claim);
    if (!mark) continue;
    const same = marks.find((m) => m.lo === mark.lo && m.hi === mark.hi && m.open === mark.open);
    if (!same) marks.push(mark);
    else if (!same.figures.includes(claim.figureText)) same.figures.push(claim.figureText);
  }
  return marks;
}

/**
 * Groups of figures that overlap one another, in order along the line, and the gaps between the groups. Day
 * intervals are half-open, so two different days are apart even though one ends where the next begins.
 */
export function groupsOf(marks: readonly LineMark[], scale: LineScale): { groups: LineMark[][]; gaps: LineGap[] } {
  const sorted = [...marks].sort((a, b) => a.lo - b.lo || a.hi - b.hi);
  const groups: LineMark[][] = [];
  let end = -Infinity;
  for (const mark of sorted) {
    const overlaps = groups.length > 0 && (scale === 'time' ? mark.lo < end : mark.lo <= end);
    if (overlaps) groups.at(-1)!.push(mark);
    else groups.push([mark]);
    end = overlaps ? Math.max(end, mark.open ? Infinity : mark.hi) : mark.open ? Infinity : mark.hi;
  }
  const gaps: LineGap[] = [];
  for (let i = 1; i < groups.length; i++) {
    const before = Math.max(...groups[i - 1]!.map((m) => m.hi));
    gaps.push({ from: before, to: Math.min(...groups[i]!.map((m) => m.lo)) });
  }
  return { groups, gaps };
}

/** A group in words: its one value, or from its lowest to its highest ("3,600 to 4,000", "5 to 6 February 2013"). */
function describeGroup(group: LineMark[], scale: LineScale, unit: string | null): string {
  const spoken = [...new Set(group.map((m) => m.spoken))];
  if (spoken.length === 1) return spoken[0]!;
  const lo = Math.min(...group.map((m) => m.lo));
  const hi = Math.max(...group.map((m) => m.hi));
  if (scale === 'time') return spokenRange(formatDays(isoFromDayNumber(lo), isoFromDayNumber(hi - 1)));
  return spokenRange(formatQuantityRange(lo, hi, unit));
}

function summaryOf(
  fact: RuntimeFact,
  scale: LineScale,
  unit: string | null,
  rows: LineRow[],
  groups: LineMark[][],
  ticks: LineTick[],
): string {
  const what = scale === 'time' ? 'Time line' : 'Number line';
  const range = ticks.length > 1 ? `, from ${ticks[0]!.spoken} to ${ticks.at(-1)!.spoken}` : '';
  const units = unit && scale === 'number' ? ` (${unit})` : '';
  const lines = rows.map((row) => {
    const values = row.marks.map((m) =>
      m.figures.some((f) => f.toLowerCase() !== m.spoken.toLowerCase())
        ? `${m.spoken} (“${m.figures.join('”, “')}”)`
        : `“${m.figures.join('”, “')}”`,
    );
    return `${row.outlet}${row.isOwn ? ', this article' : ''}: ${values.join(' and ')}.`;
  });
  const apart =
    groups.length > 1 && fact.status === 'disputed'
      ? ` The figures fall into ${groups.length} groups that do not overlap: ${groups.map((g) => describeGroup(g, scale, unit)).join('; then ')}.`
      : '';
  return `${what} of ${fact.label}${units}${range}. ${lines.join(' ')}${apart}`;
}

/** The number line of a numeric fact (a count, duration or distance) or the time line of a date; null otherwise. */
export function numberLine(
  story: RuntimeStory,
  fact: RuntimeFact,
  ownArticleId: string | null,
): NumberLineModel | null {
  if (!PICTURED_KINDS.has(fact.kind)) return null;
  const scale: LineScale = fact.kind === 'date' ? 'time' : 'number';
  const rows: LineRow[] = outletRows(story, fact, ownArticleId)
    .map((r) => ({
      articleId: r.article.id,
      outlet: r.article.revision
        ? `${r.article.publisher}, revision ${r.article.revision.number}`
        : r.article.publisher,
      isOwn: r.isOwn,
      marks: mergeMarks(r.claims),
    }))
    .filter((r) => r.marks.length > 0);
  const marks = rows.flatMap((r) => r.marks);
  if (marks.length === 0) return null;
  const lo = Math.min(...marks.map((m) => m.lo));
  const hi = Math.max(...marks.map((m) => m.hi));
  const extent = scale === 'time' ? timeScale(lo, hi) : numberScale(lo, hi, fact.kind === 'count');
  const first = fact.claims.find((c) => c.value.kind === 'quantity')?.value;
  const unit = first?.kind === 'quantity' ? first.unit : null;
  const { groups, gaps } = groupsOf(marks, scale);
  // Only a disputed fact shows its gaps: for any other status the engine found the figures compatible.
  const shownGaps = fact.status === 'disputed' ? gaps : [];
  return {
    scale,
    unit,
    min: extent.min,
    max: extent.max,
    ticks: extent.ticks,
    rows,
    gaps: shownGaps,
    summary: summaryOf(fact, scale, unit, rows, groups, extent.ticks),
  };
}
