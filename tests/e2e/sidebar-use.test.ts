// Using the sidebar in a real browser: no accessibility violations with the real CSS applied, links go to the
// indexed articles in a new tab (or to a fact inside the sidebar), and the keyboard collapses and reopens it with
// focus kept inside.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
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

interface AxeSummary {
  violations: { id: string; impact: string | null; targets: string[] }[];
  checkedNodes: number;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const sites = loadSites();
const cnnPage = sites.find((p) => p.article === 'cnn-r2' && p.kind === 'story');

/** State of the sidebar's expand/collapse control and where focus is inside the shadow root. */
function collapseState(page: Page) {
  return page.evaluate((tag: string) => {
    const root = document.querySelector(tag)?.shadowRoot;
    const control = root?.querySelector('button[aria-expanded]');
    const active = root?.activeElement ?? null;
    return {
      expanded: control?.getAttribute('aria-expanded') ?? null,
      focusOnControl: active !== null && active === control,
      width: root?.querySelector('aside')?.getBoundingClientRect().width ?? 0,
      text: root?.textContent ?? '',
    };
  }, sidebarHost);
}

for (const kind of browserKinds) {
  describe(`${browserLabel(kind)} — using the sidebar`, () => {
    const e2e = useE2e(kind);
    const index = loadIndex(kind);

    it('has no axe-core violations inside the sidebar as the browser renders it', async () => {
      const tab = await openPage(e2e().session, pageUrl(cnnPage!));
      try {
        await waitForSidebar(tab);
        await tab.evaluate(axeSource);
        const result = await tab.evaluate(async (tag: string): Promise<AxeSummary> => {
          type AxeResult = { id: string; impact: string | null; nodes: { target: unknown[] }[] };
          const axe = (
            window as unknown as {
              axe: { run(context: unknown): Promise<{ violations: AxeResult[]; passes: AxeResult[] }> };
            }
          ).axe;
          const r = await axe.run({ include: [[tag]] });
          return {
            violations: r.violations.map((v) => ({
              id: v.id,
              impact: v.impact,
              targets: v.nodes.map((n) => JSON.stringify(n.target)),
            })),
            checkedNodes: r.passes.reduce((sum, p) => sum + p.nodes.length, 0),
          };
        }, sidebarHost);
        // axe must actually have reached into the shadow root, or "no violations" means nothing.
        expect(result.checkedNodes).toBeGreaterThan(50);
        expect(result.violations).toEqual([]);
      } finally {
        await tab.close();
      }
    });

    it('links only to the indexed articles, in a new tab without an opener, or to a fact inside the sidebar', async () => {
      const { story } = findArticle(index, cnnPage!.article ?? '');
      const addresses = new Set(story.articles.map((a) => a.url).filter((u): u is string => u !== null));
      const tab = await openPage(e2e().session, pageUrl(cnnPage!));
      try {
        await waitForSidebar(tab);
        const links = await tab.evaluate(
          (tag: string) =>
            [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll('a[href]') ?? [])].map((a) => ({
              href: a.getAttribute('href') ?? '',
              target: a.getAttribute('target'),
              rel: (a.getAttribute('rel') ?? '').split(/\s+/),
            })),
          sidebarHost,
        );
        const factIds = new Set(story.facts.map((f) => `#px-fact-${f.id}`));
        const inside = links.filter((l) => l.href.startsWith('#'));
        expect(inside.length).toBeGreaterThan(0);
        for (const link of inside) {
          expect(factIds, link.href).toContain(link.href);
          expect(link.target).toBeNull();
        }
        const outside = links.filter((l) => !l.href.startsWith('#'));
        expect(outside.length).toBeGreaterThan(0);
        for (const link of outside) {
          expect(addresses, link.href).toContain(link.href);
          expect(link.target).toBe('_blank');
          expect(link.rel).toContain('noopener');
        }
      } finally {
        await tab.close();
      }
    });

    it('collapses with Escape and reopens with Enter, keeping focus on the control', async () => {
      const { story } = findArticle(index, cnnPage!.article ?? '');
      const disputed = story.facts.filter((f) => f.status === 'disputed').length;
      const tab = await openPage(e2e().session, pageUrl(cnnPage!));
      try {
        await waitForSidebar(tab, [story.title]);
        const open = await collapseState(tab);
        expect(open.expanded).toBe('true');
        const control = await tab.evaluateHandle(
          (tag: string) => document.querySelector(tag)?.shadowRoot?.querySelector('button[aria-expanded]') ?? null,
          sidebarHost,
        );
        await control.asElement()!.focus();
        await tab.keyboard.press('Escape');
        await waitUntil(
          tab,
          (tag: string) =>
            document.querySelector(tag)?.shadowRoot?.querySelector('button[aria-expanded="false"]') !== null,
          { timeout: 5_000 },
          sidebarHost,
        );
        const closed = await collapseState(tab);
        expect(closed.focusOnControl).toBe(true);
        expect(closed.width).toBeLessThan(open.width);
        expect(closed.text).toContain(`${disputed} disputed`);
        expect(closed.text).not.toContain(story.title);

        await tab.keyboard.press('Enter');
        await waitForSidebar(tab, [story.title]);
        const reopened = await collapseState(tab);
        expect(reopened.expanded).toBe('true');
        expect(reopened.focusOnControl).toBe(true);
        expect(reopened.width).toBe(open.width);
      } finally {
        await tab.close();
      }
    });
  });
}
