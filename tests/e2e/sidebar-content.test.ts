// The sidebar's whole content on every story page, checked against the bundled index: every fact of the story in
// the order `npm run facts -- --article ID` prints (this article's first, its disputed ones leading), each with its
// status, a number line per numeric fact, each outlet's verbatim quote with the figure marked, this article's row
// first and tagged, the index's flags as tags; by keyboard, the summary's link to a fact and the table view with a
// quote opened, axe-core clean; the "Disputed only" filter; "Show in page" brings the figure into view.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { factsReport } from '../../lib/index/facts-report';
import type { FactStatus, RuntimeFact, RuntimeIndex, RuntimeStory } from '../../lib/story/runtime-types';
import {
  browserKinds,
  browserLabel,
  ErrorLog,
  findArticle,
  loadIndex,
  loadSites,
  openPage,
  pageUrl,
  sidebarHost,
  sidebarText,
  useE2e,
  waitForSidebar,
  type E2eEnv,
  type SitePage,
  waitUntil,
} from './harness/e2e';
import { runAxe, waitForMarkCount } from './harness/extension-ui';
import {
  chooseFilter,
  figureSpot,
  inViewport,
  showInPageButton,
  shownFacts,
  waitForFactList,
  sidebarFocus,
  tabTo,
  type ShownFact,
  type ShownRow,
} from './harness/sidebar-facts';

const sites = loadSites();
const storyPages = sites.filter((p) => p.kind === 'story' || p.kind === 'archive');
// The keyboard walk and axe run once per indexed article (the other pages are copies of one of them).
const firstPerArticle = new Set(
  storyPages.filter((p, i) => storyPages.findIndex((q) => q.article === p.article) === i),
);
const NUMERIC_KINDS = new Set<RuntimeFact['kind']>(['count', 'duration', 'distance', 'date']);

/** The status words the sidebar must show for each status (lib/ui/StatusBadge.tsx). */
const statusWords: Record<FactStatus, string> = {
  disputed: 'Disputed:',
  consistent: 'Outlets agree:',
  'single-source': 'Only one outlet:',
};
/** The sidebar lists every fact of the story in the order `npm run facts -- --article ID` prints for its page. */
function expectedOrder(index: RuntimeIndex, story: RuntimeStory, ownId: string): RuntimeFact[] {
  const ids = factsReport(index, ownId)
    .stories.find((s) => s.id === story.id)!
    .facts.map((f) => f.id);
  return ids.map((id) => story.facts.find((f) => f.id === id)!);
}

const reports = (fact: RuntimeFact, ownId: string) => fact.claims.some((c) => c.article === ownId);

/** The outlet rows a fact should show: the reader's article first, then the others in the story's order. */
function expectedRows(story: RuntimeStory, fact: RuntimeFact, ownId: string): ShownRow[] {
  const reporting = story.articles.filter((a) => fact.claims.some((c) => c.article === a.id));
  const ordered = [...reporting.filter((a) => a.id === ownId), ...reporting.filter((a) => a.id !== ownId)];
  return ordered.map((article) => ({
    outlet: article.revision ? `${article.publisher}, revision ${article.revision.number}` : article.publisher,
    tags: [
      ...(article.id === ownId ? ['this article'] : []),
      ...(fact.flags.selfContradictions.includes(article.id) ? ['contradicts itself'] : []),
      ...(fact.flags.changedBetweenRevisions.includes(article.id) ? ['changed between revisions'] : []),
    ],
    quotes: fact.claims
      .filter((c) => c.article === article.id)
      .map((c) => ({ text: c.quote.exact, marks: [c.figureText], before: c.quote.exact.slice(0, c.figure.start) })),
  }));
}

function expectedFacts(
  index: RuntimeIndex,
  story: RuntimeStory,
  ownId: string,
): Omit<ShownFact, 'status' | 'numberLine'>[] {
  return expectedOrder(index, story, ownId).map((fact) => ({
    id: fact.id,
    label: fact.label,
    hasShowButton: fact.claims.some((c) => c.article === ownId),
    rows: expectedRows(story, fact, ownId),
  }));
}

async function openStory(env: E2eEnv, index: RuntimeIndex, site: SitePage): Promise<Page> {
  const { story, article } = findArticle(index, site.article ?? '');
  const tab = await openPage(env.session, pageUrl(site));
  await waitForSidebar(tab, [story.title, article.publisher]);
  // The list grows as the reader scrolls down it: scrolled to its end, it holds every fact.
  await waitForFactList(tab);
  await waitForSidebar(tab, [expectedOrder(index, story, article.id).at(-1)!.label]);
  return tab;
}

/**
 * A disputed fact this article reports whose marked figure is wholly outside the viewport now, with its figure
 * texts; scrolls to the end of the page to look again when every such figure is in view at the top.
 */
async function factOutOfView(
  tab: Page,
  index: RuntimeIndex,
  story: RuntimeStory,
  ownId: string,
): Promise<{ fact: RuntimeFact; texts: string[] } | null> {
  const candidates = expectedOrder(index, story, ownId)
    .filter((f) => f.status === 'disputed' && f.claims.some((c) => c.article === ownId))
    .map((fact) => ({
      fact,
      texts: [...new Set(fact.claims.filter((c) => c.article === ownId).map((c) => c.figureText))],
    }));
  for (const end of ['top', 'bottom'] as const) {
    await tab.evaluate(
      (where: string) =>
        window.scrollTo({ top: where === 'top' ? 0 : document.documentElement.scrollHeight, behavior: 'instant' }),
      end,
    );
    for (const candidate of candidates) {
      const spot = await figureSpot(tab, candidate.texts);
      if (spot.rects.length > 0 && spot.rects.every((r) => !inViewport(r, spot.viewportHeight))) return candidate;
    }
  }
  return null;
}

/**
 * By keyboard from the sidebar's first control: Tab to the summary's first link and Enter focuses that fact, with its
 * number line; Tab to the view choice, the right arrow shows the table, Tab to a figure and Enter opens its quote.
 * axe-core then finds nothing inside the sidebar.
 */
async function keyboardWalk(tab: Page, index: RuntimeIndex, story: RuntimeStory, ownId: string): Promise<void> {
  const lead = expectedOrder(index, story, ownId).filter((f) => f.status === 'disputed' && reports(f, ownId));
  if (lead.length > 0) {
    await tabTo(tab, 'a.px-lead-link');
    await tab.keyboard.press('Enter');
    await waitUntil(
      tab,
      (tag: string, id: string) => document.querySelector(tag)?.shadowRoot?.activeElement?.id === `px-fact-${id}`,
      { timeout: 5_000 },
      sidebarHost,
      lead[0]!.id,
    );
    const line = await tab.evaluate(
      (tag: string, id: string) =>
        document.querySelector(tag)?.shadowRoot?.querySelector(`li[data-fact="${id}"] figure.px-line figcaption`)
          ?.textContent ?? null,
      sidebarHost,
      lead[0]!.id,
    );
    const label = lead[0]!.label;
    if (NUMERIC_KINDS.has(lead[0]!.kind)) {
      expect(
        line?.startsWith(`Number line of ${label}`) || line?.startsWith(`Time line of ${label}`),
        String(line),
      ).toBe(true);
    }
    expect(await tab.evaluate(() => location.hash)).toBe('');
  }
  await tabTo(tab, 'input[name="px-layout"]');
  await tab.keyboard.press('ArrowRight');
  await waitUntil(
    tab,
    (tag: string) => document.querySelector(tag)?.shadowRoot?.querySelector('table.px-table') != null,
    { timeout: 5_000 },
    sidebarHost,
  );
  await tabTo(tab, 'button.px-cell');
  const cell = await sidebarFocus(tab);
  await tab.keyboard.press('Enter');
  await waitUntil(
    tab,
    (tag: string) => document.querySelector(tag)?.shadowRoot?.querySelector('tr.px-table-quote q') != null,
    { timeout: 5_000 },
    sidebarHost,
  );
  expect(cell?.text).not.toBe('');
  const axe = await runAxe(tab, sidebarHost);
  expect(axe.checkedNodes).toBeGreaterThan(50);
  expect(axe.violations).toEqual([]);
}

for (const kind of browserKinds) {
  describe(`${browserLabel(kind)} — the sidebar's content`, () => {
    const index = loadIndex(kind);
    const e2e = useE2e(kind);

    for (const site of storyPages) {
      it(`opens on this article's facts, disputed first, and lists every fact with each outlet's words on ${site.kind} page ${pageUrl(site)}`, async () => {
        const ownId = site.article ?? '';
        const { story } = findArticle(index, ownId);
        const tab = await openStory(e2e(), index, site);
        try {
          const shown = await shownFacts(tab);
          const expected = expectedFacts(index, story, ownId);
          expect(shown.map((f) => f.label)).toEqual(expected.map((f) => f.label));
          expect(shown.map(({ status: _, numberLine: __, ...rest }) => rest)).toEqual(expected);
          // What the reader sees first: a fact this article reports and, when it reports a disputed one, that.
          const first = story.facts.find((f) => f.id === shown[0]!.id)!;
          expect(reports(first, ownId), `first fact ${first.id}`).toBe(true);
          if (story.facts.some((f) => f.status === 'disputed' && reports(f, ownId)))
            expect(first.status).toBe('disputed');
          for (const [i, fact] of expectedOrder(index, story, ownId).entries()) {
            expect(shown[i]!.status, fact.label).toMatch(new RegExp(`^${statusWords[fact.status]}`));
            expect(shown[i]!.numberLine, `${fact.id} number line`).toBe(NUMERIC_KINDS.has(fact.kind));
          }
          // The flags must actually be exercised by this story, or the tag checks above prove little.
          const tags = shown.flatMap((f) => f.rows.flatMap((r) => r.tags));
          expect(tags).toContain('this article');
          if (story.facts.some((f) => f.flags.selfContradictions.length > 0))
            expect(tags).toContain('contradicts itself');
          if (story.facts.some((f) => f.flags.changedBetweenRevisions.length > 0))
            expect(tags).toContain('changed between revisions');
          // A wire report names the site it is read on (the page's own host), never "unknown".
          const own = story.articles.find((a) => a.id === ownId)!;
          if (own.wire) {
            expect(await sidebarText(tab)).toContain(
              `${own.wire} wire report, republished by ${site.host.replace(/^www\./, '')}`,
            );
          }
          if (firstPerArticle.has(site)) await keyboardWalk(tab, index, story, ownId);
        } finally {
          await tab.close();
        }
      });

      it(`filters to the disputed facts and shows a disputed figure in the page on ${pageUrl(site)}`, async () => {
        const ownId = site.article ?? '';
        const { story } = findArticle(index, ownId);
        const disputed = expectedOrder(index, story, ownId).filter((f) => f.status === 'disputed');
        expect(disputed.length).toBeGreaterThan(0);
        const tab = await openStory(e2e(), index, site);
        try {
          await chooseFilter(tab, 'disputed');
          await waitUntil(
            tab,
            (n: number) =>
              document.querySelector('parallax-sidebar')?.shadowRoot?.querySelectorAll('ul.px-facts > li[data-fact]')
                .length === n,
            { timeout: 5_000 },
            disputed.length,
          );
          expect((await shownFacts(tab)).map((f) => f.id)).toEqual(disputed.map((f) => f.id));
          await chooseFilter(tab, 'all');
          // Every fact again, as the reader scrolls down the list.
          expect(await shownFacts(tab)).toHaveLength(story.facts.length);

          await waitForMarkCount(tab, 1);
          const target = await factOutOfView(tab, index, story, ownId);
          expect(
            target,
            'no disputed figure of this article lies outside the viewport at either end of the page',
          ).not.toBeNull();
          const button = await showInPageButton(tab, target!.fact.id);
          const before = await figureSpot(tab, target!.texts);
          await button.click();
          // The page scrolls smoothly: wait until it has moved and come to rest with the figure in view.
          await waitUntil(
            tab,
            (name: string, texts: string[], startY: number) => {
              const w = window as unknown as { __plxLastY?: number };
              const settled = w.__plxLastY === window.scrollY;
              w.__plxLastY = window.scrollY;
              if (!settled || window.scrollY === startY) return false;
              const set = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get(name);
              const ranges: AbstractRange[] = [];
              set?.forEach((r) => {
                ranges.push(r);
              });
              return ranges.some((r) => {
                const live = document.createRange();
                live.setStart(r.startContainer, r.startOffset);
                live.setEnd(r.endContainer, r.endOffset);
                const box = live.getBoundingClientRect();
                return texts.includes(live.toString()) && box.top >= 0 && box.bottom <= window.innerHeight;
              });
            },
            { timeout: 5_000, polling: 150 },
            'plx-a',
            target!.texts,
            before.scrollY,
          ).catch(async (error: unknown) => {
            const now = await figureSpot(tab, target!.texts);
            throw new Error(
              `"Show in page" for ${target!.fact.label}: scrollY ${before.scrollY} → ${now.scrollY}, figure rects ${JSON.stringify(now.rects)} in a viewport of ${now.viewportHeight}`,
              { cause: error },
            );
          });
          const after = await figureSpot(tab, target!.texts);
          expect(after.scrollY).not.toBe(before.scrollY);
          expect(after.rects.some((r) => inViewport(r, after.viewportHeight))).toBe(true);
        } finally {
          await tab.close();
        }
      });
    }

    it('logged no extension errors during the whole session', async () => {
      const errors = e2e().session.errors.extension();
      expect(errors, ErrorLog.format(errors)).toEqual([]);
    });
  });
}
