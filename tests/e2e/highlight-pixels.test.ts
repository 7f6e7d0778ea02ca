// What the reader sees: a disputed figure is painted on screen (its mark colour in the pixels of its box), and the
// paint goes when the highlighting is switched off. The registry alone can hold ranges that paint nothing (a
// ::highlight rule the engine ignores), so this looks at a screenshot. Likewise the first number line at 200% zoom:
// it fits the sidebar, its labels are not cut off, and this article's marks are painted in the accent colour.
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
} from './harness/e2e';
import { waitForMarkCount } from './harness/extension-ui';
import { disputedName } from './harness/marks';
import { countColour, decodePng } from './harness/png';

// public/highlights.css: the light-scheme background of disputed marks (#ffd75e); headless browsers run light.
const DISPUTED_BACKGROUND: [number, number, number] = [0xff, 0xd7, 0x5e];
// lib/ui/theme-css.ts: the light-scheme accent (--px-accent, #1a56c4), the fill of this article's marks.
const ACCENT: [number, number, number] = [0x1a, 0x56, 0xc4];
const cnnPage = loadSites().find((p) => p.article === 'cnn-r2' && p.kind === 'story');

/** The on-screen box of the first disputed mark, scrolled into view (read as a page script would). */
async function firstMarkBox(page: Page) {
  await waitForMarkCount(page, 1);
  return page.evaluate((name: string) => {
    const ranges = [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name) ?? [])];
    const range = ranges.find((r) => r.getBoundingClientRect().width > 20) ?? ranges[0]!;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    // The widest line box of the figure (a range's bounding box also spans any line break inside it).
    const rect = [...range.getClientRects()].sort((a, b) => b.width - a.width)[0] ?? range.getBoundingClientRect();
    // Screenshot clips are in document coordinates.
    return {
      x: rect.left + scrollX,
      y: rect.top + scrollY,
      width: rect.width,
      height: rect.height,
      text: range.toString(),
    };
  }, disputedName);
}

async function markPixels(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<number> {
  const shot = await page.screenshot({ clip: box, type: 'png' });
  return countColour(decodePng(new Uint8Array(shot)), DISPUTED_BACKGROUND);
}

for (const kind of browserKinds) {
  describe(`${browserLabel(kind)} — disputed figures painted on screen`, () => {
    const index = loadIndex(kind);
    const e2e = useE2e(kind);

    it('paints the first disputed figure of the CNN article and unpaints it when switched off', async () => {
      const site = cnnPage!;
      const { story, article } = findArticle(index, site.article ?? '');
      const tab = await openPage(e2e().session, pageUrl(site));
      try {
        await waitForSidebar(tab, [story.title, article.publisher]);
        const box = await firstMarkBox(tab);
        const area = Math.round(box.width) * Math.round(box.height);
        const painted = await markPixels(tab, box);
        // Glyphs cover part of the box; the mark's background fills most of the rest.
        expect(painted, `mark colour pixels in the box of "${box.text}" (${area} px)`).toBeGreaterThan(area * 0.3);

        await tab.evaluate((tag: string) => {
          const toggle = document
            .querySelector(tag)
            ?.shadowRoot?.querySelector<HTMLButtonElement>('button[role="switch"]');
          toggle?.click();
        }, sidebarHost);
        await waitForMarkCount(tab, 0);
        expect(await markPixels(tab, box)).toBeLessThan(area * 0.02);
      } finally {
        await tab.close();
      }
    });

    it('at 200% zoom the first number line fits the sidebar, its labels whole, this article’s marks painted', async () => {
      const site = cnnPage!;
      const { story } = findArticle(index, site.article ?? '');
      const tab = await e2e().session.newPage();
      try {
        // A 1400-pixel window at 200% zoom: 700 CSS pixels across, two device pixels each (narrower, the sidebar
        // is a bottom sheet: tests/e2e/first-minute.test.ts).
        await tab.setViewport({ width: 700, height: 900, deviceScaleFactor: 2 });
        await tab.goto(pageUrl(site), { waitUntil: 'load' });
        await waitForSidebar(tab, [story.title]);
        // The first card with a number line is drawn once it comes near the sidebar's visible part.
        await tab.waitForFunction(
          (tag: string) => !!document.querySelector(tag)?.shadowRoot?.querySelector('figure.px-line'),
          { timeout: 10_000, polling: 50 },
          sidebarHost,
        );
        const seen = await tab.evaluate((tag: string) => {
          const root = document.querySelector(tag)!.shadowRoot!;
          const panel = root.querySelector<HTMLElement>('.px-root')!;
          const figure = root.querySelector<HTMLElement>('figure.px-line')!;
          figure.scrollIntoView({ block: 'center' });
          const box = figure.getBoundingClientRect();
          // Only the drawing of this article's row: its words (also in the accent colour) are above it.
          const track = figure.querySelector('.px-line-row-own svg.px-line-track')!.getBoundingClientRect();
          const cut = [...figure.querySelectorAll('text, .px-line-who')]
            .filter((el) => {
              const r = el.getBoundingClientRect();
              return r.left < box.left - 1 || r.right > box.right + 1;
            })
            .map((el) => el.textContent);
          return {
            overflow: panel.scrollWidth - panel.clientWidth,
            panelWidth: panel.clientWidth,
            cut,
            box: { x: track.left + scrollX, y: track.top + scrollY, width: track.width, height: track.height },
          };
        }, sidebarHost);
        expect(seen.panelWidth).toBeLessThan(400);
        expect(seen.overflow).toBeLessThanOrEqual(0);
        expect(seen.cut).toEqual([]);
        const shot = decodePng(new Uint8Array(await tab.screenshot({ clip: seen.box, type: 'png' })));
        expect(shot.width).toBeGreaterThan(seen.box.width * 1.9); // drawn at two device pixels a CSS pixel
        // Two points of this article (4,000 and 2,150), each a disc of radius 6 CSS pixels.
        expect(countColour(shot, ACCENT)).toBeGreaterThan(2 * 60);
      } finally {
        await tab.close();
      }
    });
  });
}
