// The highlighter on a stored publisher page with a recording stand-in for CSS.highlights.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createHighlighter, type Highlighter, type HighlighterOptions } from '../../../lib/highlight/highlighter';
import { MARK_CONFIDENCE, type PageFigure } from '../../../lib/event/page-figures';
import { HIGHLIGHT_NAMES } from '../../../lib/highlight/registry';
import { articles, facts } from '../../unit/highlight/story-facts';
import { installFakeHighlights, loadSitePage, textsOf, type FakeRegistry } from './fake-highlights';

let registry: FakeRegistry;
let uninstall: () => void;
let shadow: ShadowRoot;
let highlighter: Highlighter | null = null;
const opened: string[] = [];

function make(extra: Partial<HighlighterOptions> = {}): Highlighter {
  highlighter = createHighlighter({
    win: window as unknown as Window,
    root: document.querySelector('article')!,
    facts,
    articleId: 'globalpost',
    articles,
    cardHost: shadow,
    onOpenFact: (id) => opened.push(id),
    ...extra,
  });
  return highlighter;
}
const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
const pointAt = (x: number, y: number) =>
  document.dispatchEvent(new MouseEvent('pointermove', { clientX: x, clientY: y, bubbles: true }));
const clickAt = (x: number, y: number) =>
  document.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true }));
const cardWrap = () => shadow.querySelector<HTMLElement>('.plx-card-pos');
const cardShown = () => cardWrap() !== null && !cardWrap()!.hidden;

beforeEach(() => {
  loadSitePage(document, 'www.pri.org/mali-real-war.html');
  const host = document.createElement('parallax-sidebar');
  document.body.append(host);
  shadow = host.attachShadow({ mode: 'open' });
  ({ registry, uninstall } = installFakeHighlights(window as unknown as Window));
  opened.length = 0;
  // happy-dom does no layout: give each range a box from its start offset, one line high at y 100–120.
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
});

afterEach(() => {
  highlighter?.destroy();
  highlighter = null;
  uninstall();
  vi.restoreAllMocks();
});

describe('painting', () => {
  test('paints only this article disputed figures, both occurrences of a repeated one', () => {
    const result = make().paint();
    expect(result).toEqual({ painted: 2, missing: [] });
    const marks = registry.get(HIGHLIGHT_NAMES.disputed)!;
    expect(textsOf(marks)).toEqual(['4,000', '4,000']);
    const starts = [...marks.ranges].map((r) => r.startOffset);
    expect(new Set(starts).size).toBe(2);
    expect(registry.has(HIGHLIGHT_NAMES.agreed)).toBe(false);
  });

  test('marks agreed figures under their own quieter name when asked', () => {
    expect(make({ quietAgreed: true }).paint().painted).toBe(3);
    expect(textsOf(registry.get(HIGHLIGHT_NAMES.agreed))).toEqual(['11']);
    expect(registry.get(HIGHLIGHT_NAMES.disputed)!.priority).toBeGreaterThan(
      registry.get(HIGHLIGHT_NAMES.agreed)!.priority,
    );
  });

  test('reports the claims it cannot find and paints nothing for them', () => {
    const result = make({ articleId: 'cnn-r2' }).paint();
    expect(result).toEqual({ painted: 0, missing: ['french-troops#1'] });
    expect(registry.size).toBe(0);
  });

  test('clear removes every mark at once; setEnabled turns marking off and on', () => {
    const h = make({ quietAgreed: true });
    h.paint();
    h.clear();
    expect(registry.size).toBe(0);
    h.paint();
    h.setEnabled(false);
    expect(registry.size).toBe(0);
    expect(h.paint().painted).toBe(0);
    expect(registry.size).toBe(0);
    h.setEnabled(true);
    expect(textsOf(registry.get(HIGHLIGHT_NAMES.disputed))).toEqual(['4,000', '4,000']);
  });

  test('puts marks back when a page script deletes them, only while enabled', async () => {
    const h = make({ checkIntervalMs: 10 });
    h.paint();
    registry.delete(HIGHLIGHT_NAMES.disputed);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(registry.has(HIGHLIGHT_NAMES.disputed)).toBe(true);
    registry.clear();
    await vi.waitFor(() => expect(registry.has(HIGHLIGHT_NAMES.disputed)).toBe(true));
    h.setEnabled(false);
    document.dispatchEvent(new Event('visibilitychange'));
    await new Promise((r) => setTimeout(r, 40));
    expect(registry.size).toBe(0);
  });

  test('re-anchors when the page re-renders the paragraph under a mark', () => {
    const h = make();
    h.paint();
    const para = [...document.querySelectorAll('article p')].find((p) => p.textContent!.startsWith('With 4,000'))!;
    const html = para.innerHTML;
    para.innerHTML = html; // a framework re-render: same text, new nodes
    document.dispatchEvent(new Event('visibilitychange'));
    const ranges = [...registry.get(HIGHLIGHT_NAMES.disputed)!.ranges] as Range[];
    expect(ranges.map((r) => r.toString())).toEqual(['4,000', '4,000']);
    expect(ranges.every((r) => r.startContainer.isConnected && para.contains(r.startContainer))).toBe(true);
  });

  test('without the Highlight API does nothing, quietly, but can still find a figure', () => {
    uninstall();
    const h = make();
    expect(h.paint()).toEqual({ painted: 0, missing: [] });
    expect(h.rangeFor('french-troops')?.toString()).toBe('4,000');
    expect(h.rangeFor('malian-soldiers-killed')?.toString()).toBe('11');
    expect(h.rangeFor('no-such-fact')).toBeNull();
    ({ registry, uninstall } = installFakeHighlights(window as unknown as Window));
  });

  test('never changes the page DOM', async () => {
    const before = document.documentElement.outerHTML;
    const h = make({ quietAgreed: true });
    h.paint();
    pointAt(10, 110);
    await frame();
    expect(cardShown()).toBe(true);
    h.setEnabled(false);
    h.setEnabled(true);
    h.clear();
    h.destroy();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('a page matched by its story (automatic)', () => {
  const figure = (over: Partial<PageFigure>): PageFigure => ({
    quote: { exact: '4,000 troops', prefix: '', suffix: '' },
    figure: { start: 0, end: 5 },
    figureText: '4,000',
    fact: 'french-troops',
    value: { kind: 'quantity', lo: 4000, hi: 4000, unit: 'people' },
    display: '4,000',
    agrees: ['cnn-r1'],
    differs: ['cnn-r2'],
    confidence: 0.9,
    ...over,
  });

  test('marks only the figures the engine is sure differ, under their own name, never as reviewed disputes', async () => {
    const h = make({
      articleId: null,
      pageFigures: [
        figure({}),
        // Differs, but the engine is not sure enough to say so inside the reader's text.
        figure({
          quote: { exact: 'killed 11 Malian soldiers', prefix: '', suffix: '' },
          figure: { start: 7, end: 9 },
          figureText: '11',
          fact: 'malian-soldiers-killed',
          confidence: MARK_CONFIDENCE - 0.01,
        }),
        // Sure, but agrees with every outlet: nothing to mark.
        figure({ fact: 'malian-soldiers-killed', differs: [] }),
      ],
    });
    expect(h.paint().painted).toBe(1);
    expect(registry.has(HIGHLIGHT_NAMES.disputed)).toBe(false);
    expect(textsOf(registry.get(HIGHLIGHT_NAMES.automatic)!)).toEqual(['4,000']);
    pointAt(10, 110);
    await frame();
    const text = shadow.querySelector('.plx-card')!.textContent!;
    expect(text).toContain('Automatic comparison');
    expect(text).toContain('Parallax has not reviewed this page');
    expect(text).toContain('This page: 4,000');
    expect(text).toContain('CNN, revision 2: 2,150');
    // "Show in the page" finds the page's own figure of a fact, marked or not.
    expect(h.rangeFor('french-troops')?.toString()).toBe('4,000');
  });
});

describe('card and clicks', () => {
  test('hovering a figure shows the card with the other outlets figures; its button opens the fact', async () => {
    make().paint();
    pointAt(10, 110);
    await frame();
    expect(cardShown()).toBe(true);
    const text = shadow.querySelector('.plx-card')!.textContent!;
    expect(text).toContain('French troops in Mali');
    expect(text).toContain('CNN, revision 2: 2,150');
    expect(text).toContain('AFP: Nearly 4,000');
    shadow.querySelector<HTMLButtonElement>('.plx-card-open')!.click();
    expect(opened).toEqual(['french-troops']);
    expect(cardShown()).toBe(false);
  });

  test('the card hides after the pointer leaves, and Escape hides it at once', async () => {
    make().paint();
    pointAt(10, 110);
    await frame();
    pointAt(900, 600);
    await frame();
    await vi.waitFor(() => expect(cardShown()).toBe(false));
    pointAt(10, 110);
    await frame();
    expect(cardShown()).toBe(true);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(cardShown()).toBe(false);
    pointAt(12, 111);
    await frame();
    expect(cardShown()).toBe(false);
  });

  test('a click on a marked figure opens its fact; a click elsewhere does not', () => {
    make().paint();
    clickAt(900, 600);
    expect(opened).toEqual([]);
    clickAt(10, 110);
    expect(opened).toEqual(['french-troops']);
  });

  test('the card keeps the pointer and clicks that land on it, even over another marked figure', async () => {
    make().paint();
    const [first, second] = [...registry.get(HIGHLIGHT_NAMES.disputed)!.ranges]
      .map((r) => r.startOffset)
      .sort((a, b) => a - b);
    pointAt(first! + 5, 110);
    await frame();
    expect(cardShown()).toBe(true);
    // Lay the card over the second figure (happy-dom does no layout).
    const box = {
      left: second! - 20,
      right: second! + 200,
      top: 95,
      bottom: 200,
      width: 220,
      height: 105,
      x: second! - 20,
      y: 95,
    };
    vi.spyOn(cardWrap()!, 'getBoundingClientRect').mockReturnValue(box as DOMRect);
    clickAt(second! + 5, 110);
    expect(opened).toEqual([]);
    pointAt(second! + 5, 110);
    await frame();
    await new Promise((r) => setTimeout(r, 350));
    expect(cardShown()).toBe(true);
    clickAt(first! + 5, 110);
    expect(opened).toEqual(['french-troops']);
  });

  test('a caret inside a marked figure shows the card (caret browsing)', async () => {
    const h = make();
    h.paint();
    const range = h.rangeFor('french-troops')!;
    getSelection()!.collapse(range.startContainer, range.startOffset + 2);
    document.dispatchEvent(new Event('selectionchange'));
    await frame();
    expect(cardShown()).toBe(true);
    getSelection()!.collapse(document.querySelector('h1')!.firstChild!, 1);
    document.dispatchEvent(new Event('selectionchange'));
    await frame();
    expect(cardShown()).toBe(false);
  });

  test('keyboard: the caret’s card is announced, Tab reaches its button, Enter opens the fact', async () => {
    const h = make();
    h.paint();
    const range = h.rangeFor('french-troops')!;
    getSelection()!.collapse(range.startContainer, range.startOffset + 2);
    document.dispatchEvent(new Event('selectionchange'));
    await frame();
    expect(cardShown()).toBe(true);
    await new Promise((r) => setTimeout(r, 80));
    const live = shadow.querySelector('[role="status"]')!;
    expect(live.textContent).toBe(
      'Parallax: French troops in Mali, other outlets give different figures. Tab to reach the card, Escape to ' +
        'close it.',
    );
    expect(live.closest('[hidden]')).toBeNull();
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    document.body.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(true);
    const button = shadow.activeElement as HTMLButtonElement;
    expect(button?.textContent).toBe('Show in Parallax');
    button.click();
    expect(opened).toEqual(['french-troops']);
  });

  test('keyboard: Shift+Tab in the card gives the caret back; Escape also closes the card for that figure', async () => {
    const h = make();
    h.paint();
    const range = h.rangeFor('french-troops')!;
    const at = range.startOffset + 2;
    getSelection()!.collapse(range.startContainer, at);
    document.dispatchEvent(new Event('selectionchange'));
    await frame();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    const button = shadow.activeElement as HTMLButtonElement;
    getSelection()!.collapse(document.querySelector('h1')!.firstChild!, 0); // focus moving may move the selection
    document.dispatchEvent(new Event('selectionchange'));
    await frame();
    expect(cardShown()).toBe(true); // focus is in the card: it stays
    const back = new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true });
    button.dispatchEvent(back);
    expect(back.defaultPrevented).toBe(true);
    expect(shadow.activeElement).toBeNull();
    expect([getSelection()!.focusNode, getSelection()!.focusOffset]).toEqual([range.startContainer, at]);

    document.dispatchEvent(new Event('selectionchange'));
    await frame();
    expect(cardShown()).toBe(true);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    (shadow.activeElement as HTMLElement).dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }),
    );
    expect(cardShown()).toBe(false);
    expect(getSelection()!.focusOffset).toBe(at);
    document.dispatchEvent(new Event('selectionchange'));
    await frame();
    expect(cardShown()).toBe(false); // dismissed until the caret leaves the figure
  });

  test('keyboard: Tab is left alone when no card is open for the caret (a card under the pointer is not)', async () => {
    const h = make();
    h.paint();
    const plain = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    document.body.dispatchEvent(plain);
    expect(plain.defaultPrevented).toBe(false);
    const first = h.rangeFor('french-troops')!.startOffset;
    pointAt(first + 5, 110);
    await frame();
    expect(cardShown()).toBe(true);
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    document.body.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(false);
  });

  test('destroy removes every listener, the card and the marks', async () => {
    const signals: (AbortSignal | undefined)[] = [];
    for (const target of [document, window]) {
      const add = target.addEventListener.bind(target);
      vi.spyOn(target, 'addEventListener').mockImplementation(
        (type: string, fn: EventListenerOrEventListenerObject | null, o?: boolean | AddEventListenerOptions) => {
          signals.push(typeof o === 'object' ? o.signal : undefined);
          if (fn !== null) add(type, fn, o);
        },
      );
    }
    const h = make({ checkIntervalMs: 10 });
    h.paint();
    expect(signals.length).toBeGreaterThanOrEqual(5);
    h.destroy();
    expect(signals.every((s) => s?.aborted === true)).toBe(true);
    expect(registry.size).toBe(0);
    expect(shadow.querySelector('.plx-card-pos')).toBeNull();
    clickAt(10, 110);
    pointAt(10, 110);
    await frame();
    document.dispatchEvent(new Event('visibilitychange'));
    await new Promise((r) => setTimeout(r, 40));
    expect(opened).toEqual([]);
    expect(shadow.querySelector('.plx-card-pos')).toBeNull();
    expect(registry.size).toBe(0);
  });
});
