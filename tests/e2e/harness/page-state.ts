// Reads what the extension did to a page from the page's main world: DOM changes outside the sidebar host
// (there must be none) and the ranges in the document's highlight registry.
import type { Page } from 'puppeteer-core';
import { sidebarHost } from './page';

/** One highlight in the page's registry and the text of each of its ranges. */
export interface HighlightSnapshot {
  name: string;
  texts: string[];
}

/**
 * Starts recording DOM mutations from DOMContentLoaded on; call before navigating. Content scripts run at
 * document_idle, after that event, so the parser's own insertions are not recorded. The record lives in a
 * main-world global, never in the DOM.
 */
export async function recordDomChanges(page: Page): Promise<void> {
  // A source string, not a function: the test runner's transform would wrap named inner functions in a
  // helper that does not exist in the page.
  await page.evaluateOnNewDocument(`(() => {
    const tag = ${JSON.stringify(sidebarHost)};
    const log = [];
    window.__e2eDomChanges = log;
    const describe = (node) =>
      node instanceof Element ? '<' + node.localName + (node.id ? '#' + node.id : '') + '>' : node.nodeName;
    const ours = (node) => node instanceof Element && node.localName === tag;
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        for (const r of records) {
          if (ours(r.target)) continue;
          if (r.type === 'childList') {
            const nodes = [...r.addedNodes, ...r.removedNodes].filter((n) => !ours(n));
            if (nodes.length > 0) log.push('children of ' + describe(r.target) + ': ' + nodes.map(describe).join(', '));
          } else if (r.type === 'attributes') {
            log.push('attribute ' + r.attributeName + ' of ' + describe(r.target));
          } else {
            log.push('text in ' + describe(r.target.parentNode || r.target));
          }
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    }, { once: true });
  })();`);
}

/** DOM changes recorded since DOMContentLoaded, ignoring the sidebar host itself. */
export function domChanges(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...((window as unknown as { __e2eDomChanges?: string[] }).__e2eDomChanges ?? ['not recording']),
  ]);
}

/** Every highlight in the document's registry, read as a page script would. */
export function highlights(page: Page): Promise<HighlightSnapshot[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    if (!registry) return [];
    return [...registry.entries()].map(([name, set]) => ({
      name,
      texts: [...set].map((r) => {
        if (r instanceof Range) return r.toString();
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live.toString();
      }),
    }));
  });
}
