// The bottom sheet's arithmetic: how far the page scrolls so the paragraph being read stays above the opening sheet,
// and what a swipe on the sheet means.
import { describe, expect, test } from 'vitest';
import { keepAboveSheet, READING_MARGIN, swipeOutcome } from '../../../lib/ui/sheet-geometry';

describe('keepAboveSheet (sheet top at 400 in an 800-pixel window)', () => {
  const line = (top: number) => ({ top, bottom: top + 24 });

  test('a paragraph already above the sheet: the page stays where it is', () => {
    expect(keepAboveSheet({ top: 100, bottom: 300 }, line(280), 400)).toBe(0);
    expect(keepAboveSheet({ top: 100, bottom: 400 - READING_MARGIN }, line(300), 400)).toBe(0);
  });

  test('a paragraph running under the sheet is scrolled up until it ends just above it', () => {
    expect(keepAboveSheet({ top: 350, bottom: 470 }, line(380), 400)).toBe(470 - (400 - READING_MARGIN));
  });

  test('a paragraph below the middle is brought up whole', () => {
    const delta = keepAboveSheet({ top: 580, bottom: 700 }, line(580), 400);
    expect(580 - delta).toBeGreaterThanOrEqual(READING_MARGIN);
    expect(700 - delta).toBe(400 - READING_MARGIN);
  });

  test('a paragraph taller than the room above the sheet: the line being read is kept, not the paragraph’s end', () => {
    expect(keepAboveSheet({ top: 100, bottom: 900 }, line(420), 400)).toBe(444 - (400 - READING_MARGIN));
    expect(keepAboveSheet({ top: 100, bottom: 900 }, line(200), 400)).toBe(0);
  });

  test('a paragraph whose start is already above the window is never pushed further up for its end', () => {
    expect(keepAboveSheet({ top: -200, bottom: 450 }, line(300), 400)).toBe(0);
  });
});

describe('swipeOutcome', () => {
  test('a short movement is a tap, not a swipe', () => {
    expect(swipeOutcome('open', 6, 100, 400)).toBe('none');
    expect(swipeOutcome('collapsed', -8, 100, 52)).toBe('none');
  });

  test('down on the open sheet collapses it past a quarter of its height (at most 96 px) or on a flick', () => {
    expect(swipeOutcome('open', 60, 600, 400)).toBe('none');
    expect(swipeOutcome('open', 100, 600, 400)).toBe('collapse');
    expect(swipeOutcome('open', 60, 600, 200)).toBe('collapse');
    expect(swipeOutcome('open', 40, 50, 400)).toBe('collapse');
    expect(swipeOutcome('open', -150, 200, 400)).toBe('none');
  });

  test('on the slim bar (on the screen’s edge, little room below): up opens, down closes for the page', () => {
    expect(swipeOutcome('collapsed', -40, 300, 52)).toBe('open');
    expect(swipeOutcome('collapsed', 20, 300, 52)).toBe('close');
    expect(swipeOutcome('collapsed', 14, 300, 52)).toBe('none');
    expect(swipeOutcome('collapsed', -14, 300, 52)).toBe('none');
  });
});
