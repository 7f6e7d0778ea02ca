// What the reader sees: a disputed figure is painted on screen (its mark colour in the pixels of its box), and the
// paint goes when the highlighting is switched off. The registry alone can hold ranges that paint nothing (a
// ::highlight rule the engine ignores), so this looks at a screenshot.
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
    return { x: rect.left + scrollX, y: rect.top + scrollY, width: rect.width, height: rect.height, text: range.toString() };
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
          const toggle = document.querySelector(tag)?.shadowRoot?.querySelector<HTMLButtonElement>('button[role="switch"]');
          toggle?.click();
        }, sidebarHost);
        await waitForMarkCount(tab, 0);
        expect(await markPixels(tab, box)).toBeLessThan(area * 0.02);
      } finally {
        await tab.close();
      }
    });
  });
}
