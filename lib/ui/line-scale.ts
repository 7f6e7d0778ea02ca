// The scale under a number line or a time line: round ends that take in every figure, and a few ticks to read
// it by (numbers at round steps; days, months or years on a time line).
import { dayNumber, isoFromDayNumber, monthName, partsOf } from '../quantity/calendar';
import { formatNumber } from '../quantity/format-value';

/** Whether a line counts numbers or days (dates are day numbers since 1970-01-01). */
export type LineScale = 'number' | 'time';

/** A labelled point of the scale: a short label under the line, and the same point in full words. */
export interface LineTick {
  at: number;
  label: string;
  spoken: string;
}

/** The extent of a line and its ticks, in the order they appear. */
export interface ScaleExtent {
  min: number;
  max: number;
  ticks: LineTick[];
}

// Few ticks: the line is read at 200% zoom in a sidebar under 300 pixels wide.
const MAX_TICKS = 4;
// Room either side of the outermost ticks, so a point drawn on one is not cut in half.
const MARGIN = 0.06;

/** A round step (1, 2 or 5 times a power of ten, never below `least`) giving at most MAX_TICKS ticks. */
function roundStep(span: number, least: number): number {
  const raw = span / (MAX_TICKS - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return Math.max(step, least);
}

function padded(ticks: LineTick[], lo: number, hi: number): ScaleExtent {
  const first = Math.min(lo, ticks[0]?.at ?? lo);
  const last = Math.max(hi, ticks.at(-1)?.at ?? hi);
  const pad = Math.max((last - first) * MARGIN, 0.5);
  return { min: first - pad, max: last + pad, ticks };
}

/**
 * A number scale over [lo, hi], its ends rounded out to whole steps. It starts from zero when the figures are near
 * it, so sizes compare honestly; `whole` keeps steps to whole numbers (a count of people has no 2.5).
 */
export function numberScale(lo: number, hi: number, whole = false): ScaleExtent {
  let a = lo >= 0 && lo < 0.35 * hi ? 0 : lo;
  let b = hi;
  if (b - a === 0) {
    const half = Math.max(Math.abs(b) * 0.1, 1);
    // Figures that cannot be negative keep the line at zero or above.
    a = lo >= 0 ? Math.max(a - half, 0) : a - half;
    b += half;
  }
  const step = roundStep(b - a, whole ? 1 : 0);
  const ticks: LineTick[] = [];
  const start = Math.floor(a / step + 1e-9) * step;
  for (let t = start; t < b + step - 1e-9 && ticks.length <= MAX_TICKS + 1; t += step) {
    const at = Math.round(t * 1e6) / 1e6;
    ticks.push({ at, label: formatNumber(at), spoken: formatNumber(at) });
  }
  return padded(ticks, lo, hi);
}

/** A time scale over the days [lo, hi) (day numbers): ticks on days, months or years by its length. */
export function timeScale(lo: number, hi: number): ScaleExtent {
  // A day or two alone says little: show the days either side as well.
  const from = hi - lo <= 3 ? lo - 1 : lo;
  const to = hi - lo <= 3 ? hi + 1 : hi;
  return padded(to - from <= 45 ? dayTicks(from, to) : monthTicks(from, to), lo, hi);
}

// Ticks mark the middle of a day, where that day's point is drawn.
function dayTicks(lo: number, hi: number): LineTick[] {
  const span = hi - lo;
  const step = [1, 2, 3, 7, 14].find((s) => Math.ceil(span / s) <= MAX_TICKS) ?? 14;
  const ticks: LineTick[] = [];
  for (let d = lo; d < hi; d += step) {
    const p = partsOf(isoFromDayNumber(d));
    const month = monthName(p.month);
    ticks.push({ at: d + 0.5, label: `${p.day} ${month.slice(0, 3)}`, spoken: `${p.day} ${month} ${p.year}` });
  }
  return ticks;
}

// Ticks on the first day of months (every one, or every few), or of years for lines longer than three years,
// from the month that holds `lo` to the first one after `hi`.
function monthTicks(lo: number, hi: number): LineTick[] {
  const start = partsOf(isoFromDayNumber(lo));
  const months = Math.ceil((hi - lo) / 30.44) + 1;
  const byYear = months > 36;
  const step = byYear
    ? 12 * Math.max(1, Math.ceil(months / 12 / (MAX_TICKS - 1)))
    : Math.max(1, Math.ceil(months / (MAX_TICKS - 1)));
  const ticks: LineTick[] = [];
  let year = start.year;
  let month = byYear ? 1 : start.month;
  for (let guard = 0; guard < 100; guard++) {
    const at = dayNumber(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`);
    const name = monthName(month);
    // A month label names its year when the year is new to the line and the tick is not itself January.
    const newYear = ticks.length > 0 && !ticks.at(-1)!.spoken.endsWith(String(year));
    ticks.push({
      at,
      label: byYear || month === 1 ? `${year}` : newYear ? `${name.slice(0, 3)} ${year}` : name.slice(0, 3),
      spoken: byYear ? `${year}` : `${name} ${year}`,
    });
    if (at >= hi) break;
    month += step;
    while (month > 12) {
      month -= 12;
      year += 1;
    }
  }
  return ticks;
}

/** Where a value sits on the line, as a percentage of its width (clamped to the line). */
export function percentAt(extent: Pick<ScaleExtent, 'min' | 'max'>, value: number): number {
  const span = extent.max - extent.min;
  if (!(span > 0)) return 50;
  return Math.min(100, Math.max(0, ((value - extent.min) / span) * 100));
}
