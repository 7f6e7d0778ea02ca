// On a recognised article the sidebar appears with the story's title and the article's publisher; on an
// ordinary page nothing is added; the page's own scripts keep working either way.
import { describe, expect, it } from 'vitest';
import {
  browserKinds,
  browserLabel,
  ErrorLog,
  findArticle,
  loadIndex,
  loadSites,
  openPage,
  pageCanStillChange,
  pageScriptRan,
  pageUnderSidebar,
  pageUrl,
  settle,
  sidebarBox,
  sidebarCount,
  useE2e,
  waitForSidebar,
} from './harness/e2e';

const sites = loadSites();
const storyPages = sites.filter((p) => p.kind === 'story' || p.kind === 'archive');
// Republished copies sit on sites Parallax has no host access to: nothing runs there until the reader asks.
const quietPages = sites.filter((p) => p.kind === 'ordinary' || p.kind === 'republished');

for (const kind of browserKinds) {
  describe(`${browserLabel(kind)} — sidebar on story pages, nothing on ordinary pages`, () => {
    const index = loadIndex(kind);
    const e2e = useE2e(kind);

    for (const site of storyPages) {
      it(`shows the story on ${site.kind} page ${pageUrl(site)}`, async () => {
        const { session } = e2e();
        const { story, article } = findArticle(index, site.article ?? '');
        const mark = session.errors.entries.length;
        const tab = await openPage(session, pageUrl(site));
        try {
          await waitForSidebar(tab, [story.title, article.publisher]);
          expect(await sidebarCount(tab)).toBe(1);
          // Styled, not a bare list of text in the page flow: a fixed panel inside the viewport.
          const box = await sidebarBox(tab);
          expect(box).toMatchObject({ fixed: true });
          expect(box!.width).toBeGreaterThanOrEqual(200);
          expect(box!.height).toBeGreaterThanOrEqual(300);
          expect(box!.left).toBeGreaterThanOrEqual(0);
          expect(box!.left + box!.width).toBeLessThanOrEqual(box!.viewportWidth);
          // The page is pushed aside, not covered.
          expect(await pageUnderSidebar(tab)).toEqual({ bodyOverlap: 0, coveredParagraphs: [] });
          expect(await pageScriptRan(tab)).toBe(true);
          expect(await pageCanStillChange(tab)).toBe(true);
          expect(await sidebarCount(tab)).toBe(1);
          const errors = session.errors.entries.slice(mark);
          expect(errors, ErrorLog.format(errors)).toEqual([]);
        } finally {
          await tab.close();
        }
      });
    }

    for (const site of quietPages) {
      it(`adds nothing to ${site.kind} page ${pageUrl(site)}`, async () => {
        const { session } = e2e();
        const mark = session.errors.entries.length;
        const tab = await openPage(session, pageUrl(site));
        try {
          await settle();
          expect(await sidebarCount(tab)).toBe(0);
          expect(await pageScriptRan(tab)).toBe(true);
          expect(await pageCanStillChange(tab)).toBe(true);
          const errors = session.errors.entries.slice(mark);
          expect(errors, ErrorLog.format(errors)).toEqual([]);
        } finally {
          await tab.close();
        }
      });
    }

    it('logged no extension errors during the whole session', async () => {
      await settle();
      const errors = e2e().session.errors.extension();
      expect(errors, ErrorLog.format(errors)).toEqual([]);
    });
  });
}
