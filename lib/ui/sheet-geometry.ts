// The bottom sheet's arithmetic, as plain functions of numbers: when the sidebar becomes a sheet, what a swipe on
// it means, and how far to scroll the page so the paragraph being read stays above the sheet when it opens.

/** The media query under which the sidebar is a bottom sheet: any window under 700 CSS pixels wide (a phone). */
export const SHEET_QUERY = '(max-width: 699.98px)';

/** How the sidebar is laid out: docked beside the page, or a sheet over its bottom edge. */
export type SidebarLayout = 'side' | 'sheet';

/** A vertical extent in viewport coordinates. */
export interface Extent {
  top: number;
  bottom: number;
}

/** Room left between the text kept in view and the sheet's edge (or the top of the window). */
export const READING_MARGIN = 12;

/**
 * How far to scroll the page down (0 when it need not move) so that, with the sheet's top edge at `sheetTop`, the
 * block being read (a paragraph) sits wholly above the sheet; when the block is taller than the room left, the line
 * being read is kept in view instead. The page is never scrolled up: what is above stays where the reader left it.
 */
export function keepAboveSheet(block: Extent, line: Extent, sheetTop: number, margin = READING_MARGIN): number {
  const lowest = sheetTop - margin;
  if (block.bottom <= lowest) return 0;
  // Scrolling by this much would push the block's first line off the top of the window.
  const fits = block.bottom - block.top <= lowest - margin;
  const wanted = fits ? block.bottom - lowest : line.bottom - lowest;
  return Math.max(0, Math.ceil(wanted));
}

/** What a finished swipe on the sheet asks for. */
export type SwipeOutcome = 'open' | 'collapse' | 'close' | 'none';

/** Movement that is still a tap, not a swipe (CSS pixels). */
export const SWIPE_SLOP = 10;
const FLICK_PX_PER_MS = 0.5;
const SHORT_SWIPE = 28;
// The slim bar lies along the screen's bottom edge: a finger on it has little room to travel down.
const BAR_SWIPE = 18;

/**
 * The meaning of a vertical swipe of `dy` pixels (positive is down) lasting `ms`, started on the open sheet's bar or
 * on the slim bar: down on the open sheet collapses it to the bar once it travels a quarter of the sheet (at most
 * 96 px) or is flicked; up on the slim bar opens it, down on it (18 px: it lies on the screen's edge) closes it
 * for this page.
 */
export function swipeOutcome(state: 'open' | 'collapsed', dy: number, ms: number, sheetHeight: number): SwipeOutcome {
  if (Math.abs(dy) < SWIPE_SLOP) return 'none';
  const flick = Math.abs(dy) >= SHORT_SWIPE && Math.abs(dy) / Math.max(ms, 1) >= FLICK_PX_PER_MS;
  if (state === 'open') return dy > 0 && (flick || dy >= Math.min(96, sheetHeight / 4)) ? 'collapse' : 'none';
  if (dy <= -BAR_SWIPE) return 'open';
  if (dy >= BAR_SWIPE) return 'close';
  return 'none';
}
