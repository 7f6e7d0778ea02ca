// What an event-match page should show, computed in Node from the package under test through the engine's one door:
// the story the page reports and the page's figures the engine marks (read from the fixture page as the extension
// reads it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Page } from 'puppeteer-core';
import { generatedSource } from '../../../lib/engine/generated-source';
import { readPage } from '../../../lib/engine/read-page';
import { marksFigure } from '../../../lib/event/page-figures';
import { extractPage } from '../../../lib/extract/extract-page';
import { sidebarHost } from './page';
import { buildDirs, pageUrl, sitesDir, type SitePage } from './sites';
import { waitUntil } from './wait';

/** The registry name of automatic marks (lib/highlight/registry.ts). */
export const automaticName = 'plx-c';

/**
 * The story a fixture page reports and the figure texts the engine marks on it (sorted), or null for no event: the
 * engine's one door over the package's own index, as the background runs it.
 */
export async function expectedEvent(
  kind: 'chromium' | 'firefox',
  site: SitePage,
): Promise<{ story: string; title: string; marks: string[] } | null> {
  const source = generatedSource(join(buildDirs[kind], 'generated'));
  const { document } = parseHTML(readFileSync(join(sitesDir, site.file), 'utf8'));
  const answer = await readPage(extractPage(document as unknown as Document, pageUrl(site)), [source]);
  if (answer.kind !== 'event') return null;
  return {
    story: answer.match.story,
    title: answer.story.title,
    marks: [...new Set(answer.figures.filter(marksFigure).map((f) => f.figureText))].sort(),
  };
}

/** The sidebar host's `data-match` ("article", "event"), or null without a sidebar. */
export function matchKind(page: Page): Promise<string | null> {
  return page.evaluate((tag: string) => document.querySelector(tag)?.getAttribute('data-match') ?? null, sidebarHost);
}

// The distinct texts of the automatic marks, as a page script reads them. A source string, not a function: the test
// runner's transform may wrap functions in a helper that does not exist in the page.
const READ_AUTOMATIC = `(() => {
  const set = CSS.highlights ? CSS.highlights.get(${JSON.stringify(automaticName)}) : undefined;
  const ranges = [];
  if (set) set.forEach((r) => ranges.push(r));
  const texts = ranges.map((r) => {
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    return live.toString();
  });
  return [...new Set(texts)].sort();
})()`;

/** The distinct texts of the automatic marks in the page, sorted. */
export function automaticTexts(page: Page): Promise<string[]> {
  return page.evaluate(READ_AUTOMATIC) as Promise<string[]>;
}

/** Waits until the automatic marks' distinct texts are exactly `expected`, or fails with what they are. */
export async function waitForAutomatic(page: Page, expected: string[], timeout = 10_000): Promise<void> {
  const wanted = JSON.stringify([...expected].sort());
  try {
    await waitUntil(page, `JSON.stringify(${READ_AUTOMATIC}) === ${JSON.stringify(wanted)}`, {
      timeout,
    });
  } catch (error) {
    throw new Error(
      `expected automatic marks ${wanted} on ${page.url()}, found ${JSON.stringify(await automaticTexts(page))}`,
      { cause: error },
    );
  }
}
