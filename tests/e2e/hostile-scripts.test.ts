// A page whose own scripts tamper with the platform (shadow roots refused, custom elements refused, broken
// JSON and range geometry, a no-op highlight registry): Parallax runs in the extension's
// own world, so the sidebar and the marks work as on any page, and the page's own scripts keep theirs.
import { describe, expect, it } from 'vitest';
import {
  browserKinds,
  browserLabel,
  ErrorLog,
  findArticle,
  loadIndex,
  loadSites,
  openPage,
  pageScriptRan,
  pageUrl,
  useE2e,
  waitForSidebar,
} from './harness/e2e';
import { waitForMarkCount } from './harness/extension-ui';
import { disputedTexts, expectedDisputed } from './harness/marks';
import { domChanges, recordDomChanges } from './harness/page-state';

const hostile = loadSites().find((p) => p.path.endsWith('/hostile-scripts.html'));

for (const kind of browserKinds) {
  describe(`${browserLabel(kind)} — a page that sabotages its own globals`, () => {
    const index = loadIndex(kind);
    const e2e = useE2e(kind);

    it('shows the sidebar and paints the disputed figures, and the page keeps working', async () => {
      expect(hostile, 'tests/fixtures/sites/sites.json lists the hostile-scripts page').toBeDefined();
      const { story, article } = findArticle(index, hostile!.article ?? '');
      const expected = expectedDisputed(index, article.id);
      const mark = e2e().session.errors.entries.length;
      const tab = await openPage(e2e().session, pageUrl(hostile!), recordDomChanges);
      try {
        expect(await tab.evaluate(() => (window as unknown as { __sabotaged?: boolean }).__sabotaged)).toBe(true);
        await waitForSidebar(tab, [story.title, article.publisher]);
        await waitForMarkCount(tab, expected.length);
        expect(await disputedTexts(tab)).toEqual(expected);
        expect(await pageScriptRan(tab)).toBe(true);
        expect(await domChanges(tab)).toEqual([]);
        const errors = e2e().session.errors.entries.slice(mark);
        expect(errors, ErrorLog.format(errors)).toEqual([]);
      } finally {
        await tab.close();
      }
    });
  });
}
