// The sidebar lists the facts and draws a fact card in full only when the reader is about to see them: on the CNN
// article, in both browsers, the first screen lists a few facts, the others join as the sidebar is scrolled down,
// a card is brief (its heading, status and figures) until the sidebar is scrolled to it, then drawn with its quotes
// and number line; and the summary's link to a disputed fact not yet drawn lists and draws it and moves focus to it.
import type { ElementHandle, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  browserKinds,
  browserLabel,
  findArticle,
  loadIndex,
  loadSites,
  openPage,
  pageUrl,
  sidebarHost,
  useE2e,
  waitForSidebar,
  waitUntil,
} from './harness/e2e';

const cnnPage = loadSites().find((p) => p.article === 'cnn-r2' && p.kind === 'story');
const NUMERIC_KINDS = new Set(['count', 'duration', 'distance', 'date']);

interface CardState {
  id: string;
  drawn: boolean;
  label: string;
  brief: string;
  quotes: number;
  numberLine: boolean;
  /** Whether the card's box lies within the sidebar's visible part. */
  visible: boolean;
}

/** Every fact card of the sidebar, in list order, as it is drawn now. */
function cards(page: Page): Promise<CardState[]> {
  return page.evaluate((tag: string) => {
    const root = document.querySelector(tag)?.shadowRoot;
    const box = root?.querySelector('.px-root')?.getBoundingClientRect();
    return [...(root?.querySelectorAll<HTMLElement>('ul.px-facts > li[data-fact]') ?? [])].map((card) => {
      const r = card.getBoundingClientRect();
      return {
        id: card.dataset.fact ?? '',
        drawn: card.hasAttribute('data-drawn'),
        label: (card.querySelector('.px-fact-label')?.textContent ?? '').trim(),
        brief: (card.querySelector('.px-brief')?.textContent ?? '').trim(),
        quotes: card.querySelectorAll('q.px-quote').length,
        numberLine: card.querySelector('figure.px-line svg') !== null,
        visible: !!box && r.bottom > box.top && r.top < box.bottom,
      };
    });
  }, sidebarHost);
}

/** The list's button that lists the facts not yet listed, or null once all are. */
function moreLabel(page: Page): Promise<string | null> {
  return page.evaluate(
    (tag: string) =>
      document.querySelector(tag)?.shadowRoot?.querySelector('.px-list-more button')?.textContent ?? null,
    sidebarHost,
  );
}

/** Waits until the first cards near the top of the sidebar have been drawn and the drawing has stopped. */
async function settled(page: Page): Promise<CardState[]> {
  let last = '';
  for (let i = 0; i < 40; i++) {
    const now = await cards(page);
    const key = now.map((c) => c.drawn).join();
    if (now.some((c) => c.drawn) && key === last) return now;
    last = key;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`the sidebar's cards never settled on ${page.url()}`);
}

for (const kind of browserKinds) {
  describe(`${browserLabel(kind)} — cards drawn when the reader gets to them`, () => {
    const e2e = useE2e(kind);
    const { story } = findArticle(loadIndex(kind), 'cnn-r2');
    const factOf = (id: string) => story.facts.find((f) => f.id === id)!;

    it('the list grows and its cards are drawn as the sidebar is scrolled, the last card in full at the end', async () => {
      const tab = await openPage(e2e().session, pageUrl(cnnPage!));
      try {
        await waitForSidebar(tab, [story.title]);
        const before = await settled(tab);
        // The first screen lists the facts it shows and a few more; the others wait behind the list's button.
        expect(before.length).toBeLessThan(story.facts.length);
        expect(await moreLabel(tab)).toBe(`List the other ${story.facts.length - before.length} facts`);
        const last = before.at(-1)!;
        // Brief, and honest about it: the fact's heading and its figures are there for every reader already.
        expect(last).toMatchObject({ drawn: false, visible: false, quotes: 0, numberLine: false });
        expect(last.label).toBe(factOf(last.id).label);
        expect(last.brief).not.toBe('');

        // Scrolled to the end of the list, and kept there as it grows and the cards drawn above it grow, as a
        // reader would.
        await waitUntil(
          tab,
          (tag: string, total: number) => {
            const root = document.querySelector(tag)?.shadowRoot;
            const listed = root?.querySelectorAll('ul.px-facts > li[data-fact]') ?? [];
            const end = listed[listed.length - 1];
            (root?.querySelector('.px-list-more') ?? end)?.scrollIntoView({ block: 'end' });
            return listed.length === total && end?.hasAttribute('data-drawn') && !end.querySelector('[data-draw]');
          },
          { timeout: 10_000 },
          sidebarHost,
          story.facts.length,
        );
        expect(await moreLabel(tab)).toBeNull();
        const after = (await cards(tab)).at(-1)!;
        const fact = factOf(after.id);
        expect(after.quotes).toBe(fact.claims.length);
        expect(after.numberLine).toBe(NUMERIC_KINDS.has(fact.kind));
        expect(after.brief).toBe('');
      } finally {
        await tab.close();
      }
    });

    it('the summary’s link to a disputed fact not yet drawn lists and draws it and focuses its heading', async () => {
      const tab = await openPage(e2e().session, pageUrl(cnnPage!));
      try {
        await waitForSidebar(tab, [story.title]);
        const shown = await settled(tab);
        const links = await tab.evaluate(
          (tag: string) =>
            [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll('a.px-lead-link') ?? [])].map((a) =>
              (a.getAttribute('href') ?? '').replace('#px-fact-', ''),
            ),
          sidebarHost,
        );
        // The summary's last disputed fact: further down than the first screen, so it is not listed yet, or listed
        // brief and out of sight.
        const target = { id: links.at(-1)! };
        const listed = shown.find((c) => c.id === target.id);
        expect(listed?.drawn ?? false).toBe(false);
        expect(listed?.visible ?? false).toBe(false);
        const handle = await tab.evaluateHandle(
          (tag: string, id: string) =>
            document.querySelector(tag)?.shadowRoot?.querySelector(`a.px-lead-link[href="#px-fact-${id}"]`) ?? null,
          sidebarHost,
          target.id,
        );
        await (handle.asElement() as ElementHandle<HTMLAnchorElement>).click();
        await waitUntil(
          tab,
          (tag: string, id: string) => document.querySelector(tag)?.shadowRoot?.activeElement?.id === `px-fact-${id}`,
          { timeout: 10_000, polling: 50 },
          sidebarHost,
          target.id,
        );
        const opened = (await cards(tab)).find((c) => c.id === target.id)!;
        expect(opened).toMatchObject({ drawn: true, visible: true });
        expect(opened.quotes).toBe(factOf(target.id).claims.length);
      } finally {
        await tab.close();
      }
    });
  });
}
