// Reads and works the sidebar as a bottom sheet (narrow windows) the way a reader on a phone does: where the sheet
// and a paragraph are on screen, taps and swipes with a finger, and the controls' sizes.
import type { Page } from 'puppeteer-core';
import { sidebarHost } from './page';
import { waitUntil } from './wait';

/** A phone-sized window: 400 CSS pixels across, 800 high, with a touch screen. */
export const PHONE = { width: 400, height: 800, hasTouch: true } as const;

/** A box in viewport coordinates. */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The sheet's host: its layout, state and box, and the window's size without its scrollbars. */
export function sheetState(page: Page): Promise<{
  layout: string | null;
  state: string | null;
  box: Box;
  viewportHeight: number;
  viewportWidth: number;
} | null> {
  return page.evaluate((tag: string) => {
    const host = document.querySelector(tag);
    if (!host) return null;
    const r = host.getBoundingClientRect();
    return {
      layout: host.getAttribute('data-layout'),
      state: host.getAttribute('data-state'),
      box: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
      viewportHeight: document.documentElement.clientHeight,
      viewportWidth: document.documentElement.clientWidth,
    };
  }, sidebarHost);
}

/** Waits until the sidebar's host says `state`, or fails with the state it has. */
export async function waitForSheetState(page: Page, state: string, timeout = 8_000): Promise<void> {
  await waitUntil(
    page,
    (tag: string, want: string) => document.querySelector(tag)?.getAttribute('data-state') === want,
    { timeout },
    sidebarHost,
    state,
  ).catch(async (error: unknown) => {
    throw new Error(
      `the sheet on ${page.url()} did not become ${state}; it is ${(await sheetState(page))?.state ?? 'absent'}`,
      { cause: error },
    );
  });
}

/** The box of the page's paragraph that starts with `start` (a paragraph of the article's own text). */
export function paragraphBox(page: Page, start: string): Promise<Box | null> {
  return page.evaluate((text: string) => {
    const p = [...document.querySelectorAll('p')].find((el) => (el.textContent ?? '').trim().startsWith(text));
    if (!p) return null;
    const r = p.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  }, start);
}

/** Whether two boxes share any area. */
export function overlaps(a: Box, b: Box): boolean {
  return a.top < b.bottom && a.bottom > b.top && a.left < b.right && a.right > b.left;
}

/** The centre of an element of the sidebar's shadow root, in viewport coordinates. */
export async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (tag: string, sel: string) => {
      const el = document.querySelector(tag)?.shadowRoot?.querySelector(sel);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    sidebarHost,
    selector,
  );
  if (!point) throw new Error(`no "${selector}" in the sidebar on ${page.url()}`);
  return point;
}

/**
 * The pause a finger takes between two gestures. Without it Chromium makes no click of a tap that follows another
 * touch at machine speed, and the sheet is still settling (160 ms) after a swipe.
 */
export function betweenGestures(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 400));
}

/**
 * A finger's tap at a point of the window, after the pause between gestures, repeated (at most three times) until
 * the browser makes a click of it: on a loaded machine Chromium sometimes takes the automated touch for no tap at
 * all (the page then sees no click, so nothing of Parallax has run yet).
 */
export async function tapAt(page: Page, x: number, y: number): Promise<void> {
  const clicks = () =>
    page.evaluate(() => {
      const w = window as unknown as { __e2eClicks?: number };
      if (w.__e2eClicks === undefined) {
        w.__e2eClicks = 0;
        document.addEventListener(
          'click',
          () => {
            w.__e2eClicks = (w.__e2eClicks ?? 0) + 1;
          },
          true,
        );
      }
      return w.__e2eClicks;
    });
  for (let attempt = 1; ; attempt++) {
    const before = await clicks();
    await betweenGestures();
    await page.touchscreen.tap(x, y);
    const clicked = await waitUntil(
      page,
      (n: number) => ((window as unknown as { __e2eClicks: number }).__e2eClicks ?? 0) > n,
      { timeout: 1_500, polling: 50, world: 'page' },
      before,
    ).then(
      () => true,
      () => false,
    );
    if (clicked) return;
    if (attempt === 3)
      throw new Error(
        `the browser made no click of three taps at (${Math.round(x)}, ${Math.round(y)}) on ${page.url()}`,
      );
  }
}

/** A finger's tap on an element of the sidebar. */
export async function tapInSidebar(page: Page, selector: string): Promise<void> {
  const { x, y } = await centreOf(page, selector);
  await tapAt(page, x, y);
}

/**
 * A finger's vertical swipe of `dy` pixels (positive is down) starting on an element of the sidebar; it must end
 * inside the window (WebDriver refuses a point outside it).
 */
export async function swipeInSidebar(page: Page, selector: string, dy: number): Promise<void> {
  await betweenGestures();
  const { x, y } = await centreOf(page, selector);
  await page.touchscreen.touchStart(x, y);
  const steps = 6;
  for (let i = 1; i <= steps; i++) await page.touchscreen.touchMove(x, y + (dy * i) / steps);
  await page.touchscreen.touchEnd();
}

/** Visible controls of the sidebar (buttons, switches, choices, links) smaller than `min` pixels either way. */
export function smallControls(page: Page, min = 44): Promise<string[]> {
  return page.evaluate(
    (tag: string, least: number) => {
      const root = document.querySelector(tag)?.shadowRoot;
      if (!root) return ['no sidebar'];
      const controls = root.querySelectorAll<HTMLElement>(
        'button, .px-filter label, summary, a.px-link, a.px-lead-link',
      );
      return [...controls]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.height + 0.5 < least || r.width + 0.5 < least)
        .map(
          ({ el, r }) =>
            `${(el.textContent ?? '').trim().slice(0, 30)} (${Math.round(r.width)}×${Math.round(r.height)})`,
        );
    },
    sidebarHost,
    min,
  );
}

/** Which element of the sidebar has focus (its class names and text), or null. */
export function sidebarFocus(page: Page): Promise<string | null> {
  return page.evaluate((tag: string) => {
    const active = document.querySelector(tag)?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    return active ? `${active.className} ${(active.textContent ?? '').trim().slice(0, 40)}` : null;
  }, sidebarHost);
}
