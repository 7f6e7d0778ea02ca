// Reads the sidebar's fact list out of its shadow root as plain data, and drives its filter and "Show in page".
import type { ElementHandle, Page } from 'puppeteer-core';
import { disputedName } from './marks';
import { sidebarHost } from './page';
import { waitUntil } from './wait';

/** One quote in an outlet row: its whole text, the text inside `<mark>`, and the text before the first mark. */
export interface ShownQuote {
  text: string;
  marks: string[];
  before: string;
}

/** One outlet row of a fact card. */
export interface ShownRow {
  outlet: string;
  /** The row's tags ("this article", "contradicts itself", "changed between revisions"), in order. */
  tags: string[];
  quotes: ShownQuote[];
}

/** One fact card as the reader sees it. */
export interface ShownFact {
  id: string;
  label: string;
  /** The status line's text, e.g. "Disputed: the outlets’ figures cannot all be true." */
  status: string;
  hasShowButton: boolean;
  /** Whether the card draws its figures on a number line or time line. */
  numberLine: boolean;
  rows: ShownRow[];
}

/** How many facts the sidebar's list holds now. */
export function listedFacts(page: Page): Promise<number> {
  return page.evaluate(
    (tag: string) =>
      document.querySelector(tag)?.shadowRoot?.querySelectorAll('ul.px-facts > li[data-fact]').length ?? 0,
    sidebarHost,
  );
}

/**
 * Waits until the sidebar's fact list holds every card and each is drawn in full: the list grows as its end comes
 * near the sidebar's visible part, and a card (then the outlets' words below its number line) is brief until it
 * does, so the sidebar is scrolled down to each brief part, then to the end of the list, in turn, as a reader would.
 */
export async function waitForFactList(page: Page): Promise<void> {
  await waitUntil(
    page,
    (tag: string) => {
      const root = document.querySelector(tag)?.shadowRoot;
      const list = root?.querySelector('ul.px-facts');
      // A brief card, or the brief line under a drawn card's number line that stands for its outlets' words.
      const brief = list?.querySelector('li[data-fact]:not([data-drawn]), [data-draw]');
      const more = root?.querySelector('.px-list-more');
      (brief ?? more)?.scrollIntoView({ block: 'center' });
      return !!list && !list.hasAttribute('aria-busy') && !brief && !more;
    },
    { timeout: 20_000 },
    sidebarHost,
  );
}

/** Every fact card in the sidebar, in display order, once the list has drawn them all. */
export async function shownFacts(page: Page): Promise<ShownFact[]> {
  await waitForFactList(page);
  return page.evaluate((tag: string) => {
    const root = document.querySelector(tag)?.shadowRoot;
    const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
    return [...(root?.querySelectorAll<HTMLElement>('ul.px-facts > li[data-fact]') ?? [])].map((card) => ({
      id: card.dataset.fact ?? '',
      label: clean(card.querySelector('.px-fact-label')?.textContent),
      status: clean(card.querySelector('.px-status')?.textContent),
      hasShowButton: [...card.querySelectorAll('button')].some((b) => (b.textContent ?? '').startsWith('Show in page')),
      numberLine: card.querySelector('figure.px-line svg') !== null,
      rows: [...card.querySelectorAll('li.px-row')].map((row) => ({
        outlet: clean(row.querySelector('.px-outlet-name')?.textContent),
        tags: [...row.querySelectorAll('.px-tag')].map((t) => clean(t.textContent)),
        quotes: [...row.querySelectorAll('q.px-quote')].map((q) => {
          const first = q.querySelector('mark');
          let before = '';
          for (const node of q.childNodes) {
            if (node === first) break;
            before += node.textContent ?? '';
          }
          return {
            text: q.textContent ?? '',
            marks: [...q.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
            before,
          };
        }),
      })),
    }));
  }, sidebarHost);
}

/** Chooses the sidebar's "All facts" or "Disputed only" filter by clicking its radio button. */
export async function chooseFilter(page: Page, filter: 'all' | 'disputed'): Promise<void> {
  const handle = await page.evaluateHandle(
    (tag: string, wanted: string) =>
      [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll('.px-filter label') ?? [])]
        .find((l) => (l.textContent ?? '').trim().startsWith(wanted))
        ?.querySelector('input') ?? null,
    sidebarHost,
    filter === 'all' ? 'All facts' : 'Disputed only',
  );
  const input = handle.asElement() as ElementHandle<HTMLInputElement> | null;
  if (!input) throw new Error(`no "${filter}" filter in the sidebar on ${page.url()}`);
  await input.click();
}

/** Where the page's disputed marks with one of `texts` lie relative to the viewport. */
export interface FigureSpot {
  scrollY: number;
  viewportHeight: number;
  /** Bounding rects (top, bottom) of every marked range with one of the texts. */
  rects: { top: number; bottom: number }[];
}

/** Finds the disputed marks carrying one of `texts` and where they are drawn now. */
export function figureSpot(page: Page, texts: string[]): Promise<FigureSpot> {
  return page.evaluate(
    (name: string, wanted: string[]) => {
      const set = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights?.get(name);
      const rects = [...(set ?? [])]
        .map((r) => {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          return live;
        })
        .filter((r) => wanted.includes(r.toString()))
        .map((r) => {
          const box = r.getBoundingClientRect();
          return { top: box.top, bottom: box.bottom };
        });
      return { scrollY: window.scrollY, viewportHeight: window.innerHeight, rects };
    },
    disputedName,
    texts,
  );
}

/** Whether a rect lies wholly inside the viewport's height. */
export function inViewport(rect: { top: number; bottom: number }, viewportHeight: number): boolean {
  return rect.top >= 0 && rect.bottom <= viewportHeight;
}

/**
 * The "Show in page" button of one fact card, scrolled into view inside the sidebar first so that a later click
 * does not move the page on its own.
 */
export async function showInPageButton(page: Page, factId: string): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await page.evaluateHandle(
    (tag: string, id: string) =>
      [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll<HTMLElement>('li[data-fact]') ?? [])]
        .find((card) => card.dataset.fact === id)
        ?.querySelector('.px-show button') ?? null,
    sidebarHost,
    factId,
  );
  const button = handle.asElement() as ElementHandle<HTMLButtonElement> | null;
  if (!button) throw new Error(`no "Show in page" button for fact ${factId} on ${page.url()}`);
  await button.evaluate((b) => b.scrollIntoView({ block: 'center' }));
  return button;
}

/** The element focused inside the sidebar's shadow root, described (null when focus is elsewhere). */
export function sidebarFocus(page: Page): Promise<{ tag: string; text: string; matches: boolean } | null> {
  return sidebarFocusMatching(page, '*');
}

function sidebarFocusMatching(
  page: Page,
  selector: string,
): Promise<{ tag: string; text: string; matches: boolean } | null> {
  return page.evaluate(
    (tag: string, sel: string) => {
      const active = document.querySelector(tag)?.shadowRoot?.activeElement;
      if (!active) return null;
      return {
        tag: active.tagName.toLowerCase(),
        text: (active.textContent ?? '').trim(),
        matches: active.matches(sel),
      };
    },
    sidebarHost,
    selector,
  );
}

/**
 * Puts focus on the sidebar's first control (the collapse button), then presses Tab, as a keyboard user would,
 * until the focused element matches `selector`; fails naming where focus went.
 */
export async function tabTo(page: Page, selector: string, max = 30): Promise<void> {
  await page.evaluate(
    (tag: string) => document.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>('.px-collapse')?.focus(),
    sidebarHost,
  );
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await sidebarFocusMatching(page, selector);
    if (now?.matches) return;
    path.push(now ? `${now.tag} "${now.text.slice(0, 30)}"` : '(outside the sidebar)');
  }
  throw new Error(`Tab never reached ${selector} in the sidebar on ${page.url()}; focus went: ${path.join(' → ')}`);
}
