// Marked figures by touch: a finger has no hover, so a first tap on a figure (or within a finger's width of it)
// shows its card, a second tap or the card's button opens the fact, a tap elsewhere puts the card away, and a
// finger moving over the page to scroll it never pops up cards. A mouse click still opens the fact at once.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createHighlighter, type Highlighter } from '../../../lib/highlight/highlighter';
import { TOUCH_SLOP } from '../../../lib/highlight/interactions';
import { articles, facts } from '../../unit/highlight/story-facts';
import { installFakeHighlights, loadSitePage } from './fake-highlights';

let uninstall: () => void;
let shadow: ShadowRoot;
let highlighter: Highlighter;
const opened: string[] = [];

const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
const at = (type: string, x: number, y: number, pointerType?: string) =>
  document.dispatchEvent(
    pointerType
      ? new PointerEvent(type, { clientX: x, clientY: y, pointerType, bubbles: true })
      : new MouseEvent(type, { clientX: x, clientY: y, bubbles: true }),
  );
/** A finger's tap: the pointer events, then the click the browser makes of them. */
const tap = (x: number, y: number) => {
  at('pointerdown', x, y, 'touch');
  at('pointerup', x, y, 'touch');
  at('click', x, y);
};
const cardShown = () => {
  const wrap = shadow.querySelector<HTMLElement>('.plx-card-pos');
  return wrap !== null && !wrap.hidden;
};

beforeEach(() => {
  loadSitePage(document, 'www.pri.org/mali-real-war.html');
  const host = document.createElement('parallax-sidebar');
  document.body.append(host);
  shadow = host.attachShadow({ mode: 'open' });
  ({ uninstall } = installFakeHighlights(window as unknown as Window));
  opened.length = 0;
  // happy-dom does no layout: each range gets a box from its start offset, one line high at y 100–120.
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    const box = {
      left: this.startOffset,
      right: this.startOffset + 30,
      top: 100,
      bottom: 120,
      width: 30,
      height: 20,
      x: this.startOffset,
      y: 100,
    };
    return [box] as unknown as DOMRectList;
  });
  highlighter = createHighlighter({
    win: window as unknown as Window,
    root: document.querySelector('article')!,
    facts,
    articleId: 'globalpost',
    articles,
    cardHost: shadow,
    onOpenFact: (id) => opened.push(id),
  });
  highlighter.paint();
});

afterEach(() => {
  highlighter.destroy();
  uninstall();
  vi.restoreAllMocks();
});

test('a first tap shows the card without opening anything; a second tap on the figure opens its fact', () => {
  tap(10, 110);
  expect(cardShown()).toBe(true);
  expect(opened).toEqual([]);
  tap(12, 112);
  expect(opened).toEqual(['french-troops']);
});

test('a tap within a finger’s width of the figure counts; further away it puts the card away', () => {
  // The line box is 20 px high; with the slop either side a finger has at least 44 px to aim at.
  expect(20 + 2 * TOUCH_SLOP).toBeGreaterThanOrEqual(44);
  tap(10, 120 + TOUCH_SLOP - 1);
  expect(cardShown()).toBe(true);
  tap(10, 120 + TOUCH_SLOP + 40);
  expect(cardShown()).toBe(false);
  expect(opened).toEqual([]);
});

test('the card’s button opens the fact from a tap', () => {
  tap(10, 110);
  shadow.querySelector<HTMLButtonElement>('.plx-card-open')!.click();
  expect(opened).toEqual(['french-troops']);
});

test('a finger moving over a figure (scrolling the page) shows no card', async () => {
  at('pointerdown', 10, 300, 'touch');
  at('pointermove', 10, 110, 'touch');
  await frame();
  expect(cardShown()).toBe(false);
});

test('a mouse click still opens the fact at once, and only on the figure itself', () => {
  at('pointerdown', 10, 110, 'mouse');
  at('click', 10, 120 + TOUCH_SLOP - 1);
  expect(opened).toEqual([]);
  at('click', 10, 110);
  expect(opened).toEqual(['french-troops']);
});
