// The disputed figures of the article being read are marked through the document's highlight registry, the
// switch in the sidebar turns the marks off and on, marks removed by a page script come back, the sidebar
// stays visible on a hostile page, and none of it changes the page's DOM.
import type { ElementHandle, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  browserKinds,
  browserLabel,
  ErrorLog,
  findArticle,
  loadIndex,
  loadSites,
  openPage,
  pageUrl,
  settle,
  sidebarHost,
  useE2e,
  waitForSidebar,
  type E2eEnv,
  type SitePage,
  waitUntil,
} from './harness/e2e';
import type { RuntimeIndex } from '../../lib/story/runtime-types';
import { sidebarSwitch, waitForMarkCount } from './harness/extension-ui';
import { disputedName, disputedTexts, expectedDisputed } from './harness/marks';
import { domChanges, recordDomChanges } from './harness/page-state';

const sites = loadSites();
const storyPages = sites.filter((p) => p.kind === 'story' || p.kind === 'archive');
// One page per article keeps the run short; the hostile page is tested on its own.
const pagePerArticle = storyPages.filter(
  (p, i) => !p.path.includes('aggressive') && storyPages.findIndex((q) => q.article === p.article) === i,
);
const hostilePage = storyPages.find((p) => p.path.includes('aggressive'));
const cnnPage = storyPages.find((p) => p.article === 'cnn-r2' && p.kind === 'story');

async function openStory(env: E2eEnv, index: RuntimeIndex, site: SitePage): Promise<Page> {
  const { story, article } = findArticle(index, site.article ?? '');
  const tab = await openPage(env.session, pageUrl(site), recordDomChanges);
  await waitForSidebar(tab, [story.title, article.publisher]);
  return tab;
}

for (const kind of browserKinds) {
  describe(`${browserLabel(kind)} — highlighting disputed figures`, () => {
    const index = loadIndex(kind);
    const e2e = useE2e(kind);

    for (const site of pagePerArticle) {
      it(`marks exactly the disputed figures of ${site.article} on ${pageUrl(site)}, without changing the DOM`, async () => {
        const expected = expectedDisputed(index, site.article ?? '');
        const mark = e2e().session.errors.entries.length;
        const tab = await openStory(e2e(), index, site);
        try {
          if (expected.length > 0) await waitForMarkCount(tab, expected.length);
          else await settle();
          expect(await disputedTexts(tab)).toEqual(expected);
          expect(await domChanges(tab)).toEqual([]);
          const errors = e2e().session.errors.entries.slice(mark);
          expect(errors, ErrorLog.format(errors)).toEqual([]);
        } finally {
          await tab.close();
        }
      });
    }

    it('turns the marks off and on again with the sidebar switch', async () => {
      const site = cnnPage!;
      const expected = expectedDisputed(index, site.article ?? '');
      expect(expected.length).toBeGreaterThan(0);
      const tab = await openStory(e2e(), index, site);
      try {
        await waitForMarkCount(tab, expected.length);
        const toggle = await sidebarSwitch(tab);
        expect(await toggle.evaluate((b) => b.getAttribute('aria-checked'))).toBe('true');
        await toggle.click();
        await waitUntil(
          tab,
          (name: string) =>
            ((CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get(name)?.size ?? 0) === 0,
          { timeout: 5_000 },
          disputedName,
        );
        expect(await toggle.evaluate((b) => b.getAttribute('aria-checked'))).toBe('false');
        await toggle.click();
        await waitForMarkCount(tab, expected.length);
        expect(await toggle.evaluate((b) => b.getAttribute('aria-checked'))).toBe('true');
        expect(await disputedTexts(tab)).toEqual(expected);
        expect(await domChanges(tab)).toEqual([]);
      } finally {
        await tab.close();
      }
    });

    it('paints the marks again after a page script clears the highlight registry', async () => {
      const site = cnnPage!;
      const expected = expectedDisputed(index, site.article ?? '');
      const tab = await openStory(e2e(), index, site);
      try {
        await waitForMarkCount(tab, expected.length);
        await tab.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.clear());
        expect(await disputedTexts(tab)).toEqual([]);
        await waitForMarkCount(tab, expected.length);
        expect(await disputedTexts(tab)).toEqual(expected);
      } finally {
        await tab.close();
      }
    });

    it('shows a card for a marked figure under the pointer, and its button opens that fact in the sidebar', async () => {
      const site = cnnPage!;
      const expected = expectedDisputed(index, site.article ?? '');
      const { story } = findArticle(index, site.article ?? '');
      const tab = await openStory(e2e(), index, site);
      try {
        await waitForMarkCount(tab, expected.length);
        // The first mark, scrolled to the middle of the viewport; its text and the centre of its first line box.
        const target = await tab.evaluate((name: string) => {
          const set = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get(name);
          const first = [...(set ?? [])][0];
          if (!first) return null;
          const range = document.createRange();
          range.setStart(first.startContainer, first.startOffset);
          range.setEnd(first.endContainer, first.endOffset);
          range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const box = range.getClientRects()[0];
          return box ? { text: range.toString(), x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
        }, disputedName);
        expect(target).not.toBeNull();
        const labels = story.facts
          .filter(
            (f) =>
              f.status === 'disputed' &&
              f.claims.some((c) => c.article === site.article && c.figureText === target!.text),
          )
          .map((f) => f.label);
        expect(labels.length).toBeGreaterThan(0);

        await tab.mouse.move(target!.x, target!.y);
        const card: string = await waitUntil(
          tab,
          (tag: string) => {
            const el = document
              .querySelector(tag)
              ?.shadowRoot?.querySelector('[role="group"][aria-label^="Parallax: "]');
            return el && el.getClientRects().length > 0 ? (el.getAttribute('aria-label') ?? '') : '';
          },
          { timeout: 5_000 },
          sidebarHost,
        );
        expect(labels.map((l) => `Parallax: ${l}`)).toContain(card);

        const open = await tab.evaluateHandle(
          (tag: string) =>
            [
              ...(document
                .querySelector(tag)
                ?.shadowRoot?.querySelectorAll<HTMLButtonElement>('[role="group"] button') ?? []),
            ].find((b) => b.textContent?.includes('Show in Parallax')) ?? null,
          sidebarHost,
        );
        await (open.asElement() as ElementHandle<HTMLButtonElement>).click();
        // Focus moves to that fact in the sidebar.
        await waitUntil(
          tab,
          (tag: string, label: string) => {
            const active = document.querySelector(tag)?.shadowRoot?.activeElement;
            return (active?.closest('[data-fact]')?.textContent ?? '').includes(label);
          },
          { timeout: 5_000 },
          sidebarHost,
          card.replace(/^Parallax: /, ''),
        );
        expect(await domChanges(tab)).toEqual([]);
      } finally {
        await tab.close();
      }
    });

    it('by keyboard: a caret in a marked figure announces its card, Tab reaches its button and Enter opens the fact', async () => {
      const site = cnnPage!;
      const expected = expectedDisputed(index, site.article ?? '');
      const tab = await openStory(e2e(), index, site);
      try {
        await waitForMarkCount(tab, expected.length);
        // The caret (caret browsing, or a screen reader's cursor) inside the first mark.
        const text = await tab.evaluate((name: string) => {
          const first = [
            ...((CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get(name) ?? []),
          ][0]!;
          first.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          (document.activeElement as HTMLElement | null)?.blur();
          getSelection()!.collapse(first.startContainer, first.startOffset + 1);
          return first.startContainer.textContent!.slice(first.startOffset, first.endOffset);
        }, disputedName);
        const live = await waitUntil(
          tab,
          (tag: string) => {
            const said =
              document.querySelector(tag)?.shadowRoot?.querySelector('[role="status"].plx-live')?.textContent ?? '';
            return said.startsWith('Parallax: ') ? said : false;
          },
          { timeout: 5_000 },
          sidebarHost,
        );
        expect(live).toMatch(/Tab to reach the card, Escape to close it\.$/);
        await tab.keyboard.press('Tab');
        const focused = await tab.evaluate((tag: string) => {
          const active = document.querySelector(tag)?.shadowRoot?.activeElement;
          return {
            text: active?.textContent ?? null,
            card: active?.closest('[role="group"]')?.getAttribute('aria-label') ?? null,
          };
        }, sidebarHost);
        expect(focused.text).toBe('Show in Parallax');
        const label = focused.card!.replace(/^Parallax: /, '');
        expect(live).toContain(label);
        const { story } = findArticle(index, site.article ?? '');
        expect(
          story.facts.some(
            (f) => f.label === label && f.claims.some((c) => c.article === site.article && c.figureText === text),
          ),
        ).toBe(true);
        await tab.keyboard.press('Enter');
        await waitUntil(
          tab,
          (tag: string, want: string) => {
            const active = document.querySelector(tag)?.shadowRoot?.activeElement;
            return active?.classList.contains('px-fact-label') === true && active.textContent === want;
          },
          { timeout: 5_000 },
          sidebarHost,
          label,
        );
        expect(await domChanges(tab)).toEqual([]);
      } finally {
        await tab.close();
      }
    });

    it(`keeps the sidebar visible and on top on the hostile page ${hostilePage ? pageUrl(hostilePage) : '(missing)'}`, async () => {
      expect(hostilePage, 'sites.json lists no hostile (aggressive) page').toBeDefined();
      const tab = await openStory(e2e(), index, hostilePage!);
      try {
        const seen = await tab.evaluate((tag: string) => {
          const host = document.querySelector(tag);
          const panel = host?.shadowRoot?.querySelector('aside');
          if (!host || !panel) return null;
          const r = panel.getBoundingClientRect();
          const x = r.left + r.width / 2;
          const y = r.top + Math.min(r.height / 2, 100);
          // Hit testing from the document retargets anything inside the shadow root to the host.
          return { width: r.width, height: r.height, right: r.right, onTop: document.elementFromPoint(x, y) === host };
        }, sidebarHost);
        expect(seen).not.toBeNull();
        expect(seen!.width).toBeGreaterThan(200);
        expect(seen!.height).toBeGreaterThan(300);
        expect(seen!.right).toBeLessThanOrEqual(await tab.evaluate(() => window.innerWidth));
        expect(seen!.onTop).toBe(true);
        expect(await domChanges(tab)).toEqual([]);
      } finally {
        await tab.close();
      }
    });
  });
}
