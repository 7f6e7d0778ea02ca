// What the reader sees of a mark: its box on screen and how many of its pixels carry the mark's colour, read from a
// screenshot (the registry alone can hold ranges that paint nothing, e.g. a ::highlight rule the engine ignores).
import type { Page } from 'puppeteer-core';
import { waitForMarkCount } from './extension-ui';
import { disputedName } from './marks';
import { countColour, decodePng } from './png';
import { inIsolatedWorld } from './wait';

/** public/highlights.css: the light-scheme background of disputed marks (#ffd75e); headless browsers run light. */
export const DISPUTED_BACKGROUND: [number, number, number] = [0xff, 0xd7, 0x5e];

/** A box in document coordinates (what screenshot clips take), with the text of the mark in it. */
export interface MarkBox {
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
}

/** The on-screen box of the first disputed mark (at least 20 px wide when one is), scrolled into view. */
export async function firstMarkBox(page: Page): Promise<MarkBox> {
  await waitForMarkCount(page, 1);
  return inIsolatedWorld(
    page,
    (name: string) => {
      const ranges: AbstractRange[] = [];
      (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get(name)?.forEach((r) => {
        ranges.push(r);
      });
      const live = ranges.map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range;
      });
      const range = live.find((r) => r.getBoundingClientRect().width > 20) ?? live[0]!;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      // The widest line box of the figure (a range's bounding box also spans any line break inside it).
      const rect = [...range.getClientRects()].sort((a, b) => b.width - a.width)[0] ?? range.getBoundingClientRect();
      return {
        x: rect.left + scrollX,
        y: rect.top + scrollY,
        width: rect.width,
        height: rect.height,
        text: range.toString(),
      };
    },
    disputedName,
  );
}

/** How many pixels of `box` on screen have the disputed marks' background colour. */
export async function markPixels(page: Page, box: MarkBox): Promise<number> {
  const { x, y, width, height } = box;
  const shot = await page.screenshot({ clip: { x, y, width, height }, type: 'png' });
  return countColour(decodePng(new Uint8Array(shot)), DISPUTED_BACKGROUND);
}
