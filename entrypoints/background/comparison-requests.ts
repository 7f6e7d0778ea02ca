// The reader's comparison in the background: adding a page (read from the tab only on the reader's click), removing,
// clearing, showing it beside one of its reports, keeping it as the reader's own story pack, exporting that pack.
// The comparison itself is made by lib/compare; this module only wires it to the tabs, the stores and the index.
import { compareReports, comparisonId } from '@/lib/compare/compare-reports';
import { comparisonPackFile, comparisonPackName } from '@/lib/compare/comparison-pack';
import { MAX_REPORTS, type Report, reportAt, reportOf, webAddress } from '@/lib/compare/report';
import type { ReportStore } from '@/lib/compare/report-store';
import type { ComparisonShown } from '@/lib/app-contract';
import type { PageSnapshot } from '@/lib/extract/page-snapshot';
import type {
  ComparisonReply,
  ComparisonRequest,
  ComparisonState,
  PopupToBackgroundReplies,
  SidebarState,
} from '@/lib/messages';
import type { PackStore } from '@/lib/packs/pack-store';
import { PackError, readPack } from '@/lib/packs/read-pack';
import { packSitePatterns } from '@/lib/permissions/host-patterns';
import type { RuntimeStory } from '@/lib/story/runtime-types';

/** What the comparison needs from the browser and the rest of the background (fakes in tests). */
export interface ComparisonDeps {
  reports: ReportStore;
  packs: Pick<PackStore, 'add' | 'list'>;
  /** Ids of the stories bundled with the extension (a kept comparison may not take one's place). */
  bundledStoryIds(): Promise<string[]>;
  /** The address of a tab's page, when Parallax may see it. */
  tabUrl(tabId: number): Promise<string | undefined>;
  /** The page of a tab, read by its content script (injected first if needed), or null when it cannot be read. */
  readTab(tabId: number): Promise<PageSnapshot | null>;
  /** Shows the comparison beside a tab's page; the sidebar's state there. */
  show(tabId: number, comparison: ComparisonShown): Promise<SidebarState | null>;
  /** The installed packs changed: the index and the site registrations follow. */
  packsChanged(): void;
  now(): number;
}

type Reply<T extends ComparisonRequest['type']> = PopupToBackgroundReplies[T];

/** The comparison's request handler, with the last comparison made kept while the background lives. */
export function createComparisons(deps: ComparisonDeps) {
  let last: { key: string; story: RuntimeStory } | null = null;

  const keyOf = (reports: readonly Report[]) => reports.map((r) => `${r.id}@${r.added}`).join('\n');

  async function state(tabId: number | null, reports?: Report[]): Promise<ComparisonState> {
    const list = reports ?? (await deps.reports.list(deps.now()));
    const url = tabId === null ? undefined : await deps.tabUrl(tabId).catch(() => undefined);
    return {
      reports: list.map((r) => ({ id: r.id, outlet: r.outlet, headline: r.headline, url: r.url })),
      here: reportAt(list, url)?.id ?? null,
      addable: webAddress(url) !== null,
      sites: packSitePatterns(list.map((r) => new URL(r.url).hostname)),
      max: MAX_REPORTS,
    };
  }

  const reply = async (ok: boolean, message: string, tabId: number | null): Promise<ComparisonReply> => ({
    ok,
    message,
    state: await state(tabId),
  });

  // The story of the reports as they are now: the last one made while they have not changed.
  async function story(): Promise<{ story: RuntimeStory } | { problem: string }> {
    const reports = await deps.reports.list(deps.now());
    const key = keyOf(reports);
    if (last?.key === key) return { story: last.story };
    const started = Math.min(...reports.map((r) => r.added));
    const made = compareReports(reports, new Date(deps.now()), comparisonId(new Date(started)));
    if (!made.ok) return { problem: made.problem };
    last = { key, story: made.story };
    await deps.reports.touch(deps.now());
    return { story: made.story };
  }

  async function add(tabId: number): Promise<ComparisonReply> {
    const page = await deps.readTab(tabId).catch(() => null);
    if (!page) return reply(false, 'Parallax could not read this page.', tabId);
    const reports = await deps.reports.list(deps.now());
    const made = reportOf(page, reports, deps.now());
    if (!made.ok) return reply(false, made.problem, tabId);
    await deps.reports.put(made.report, deps.now());
    const n = reports.length + (made.replaces ? 0 : 1);
    const what = made.replaces ? 'Updated this report in' : 'Added this page to';
    return reply(true, `${what} your comparison (${n} report${n === 1 ? '' : 's'}).`, tabId);
  }

  async function show(tabId: number): Promise<ComparisonReply> {
    const url = await deps.tabUrl(tabId).catch(() => undefined);
    const here = reportAt(await deps.reports.list(deps.now()), url);
    if (!here) return reply(false, 'Open one of the reports of your comparison to compare it.', tabId);
    const made = await story();
    if ('problem' in made) return reply(false, made.problem, tabId);
    await deps.show(tabId, { kind: 'comparison', story: made.story, article: here.id });
    return reply(true, 'The comparison is beside the page.', tabId);
  }

  async function keep(tabId: number | null): Promise<ComparisonReply> {
    const made = await story();
    if ('problem' in made) return reply(false, made.problem, tabId);
    const taken = new Map<string, string>((await deps.bundledStoryIds()).map((id) => [id, '']));
    for (const pack of await deps.packs.list()) for (const s of pack.stories) taken.set(s.id, pack.id);
    try {
      // Checked exactly as a pack added on the options page is, then installed the same way.
      await deps.packs.add(await readPack(await comparisonPackFile(made.story), taken));
    } catch (error) {
      if (!(error instanceof PackError)) throw error;
      return reply(false, `The comparison could not be kept: ${error.message}`, tabId);
    }
    deps.packsChanged();
    return reply(true, 'Kept: Parallax shows this comparison again when you open one of its reports.', tabId);
  }

  async function exportFile(tabId: number | null): Promise<Reply<'compare-export'>> {
    const made = await story();
    if ('problem' in made) return reply(false, made.problem, tabId);
    const bytes = await comparisonPackFile(made.story);
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return {
      ...(await reply(true, 'The comparison is ready to save as a story pack.', tabId)),
      file: { name: comparisonPackName(made.story), base64: btoa(binary) },
    };
  }

  return {
    /** Answers one request from the popup (or the context menu). */
    async handle(request: ComparisonRequest): Promise<ComparisonReply> {
      switch (request.type) {
        case 'compare-state':
          return reply(true, '', request.tabId);
        case 'compare-add':
          return add(request.tabId);
        case 'compare-remove': {
          const removed = await deps.reports.remove(request.report, deps.now());
          return reply(removed, removed ? 'Removed the report.' : 'That report was no longer there.', request.tabId);
        }
        case 'compare-clear':
          await deps.reports.clear();
          last = null;
          return reply(true, 'Your comparison is cleared.', request.tabId);
        case 'compare-show':
          return show(request.tabId);
        case 'compare-keep':
          return keep(request.tabId);
        case 'compare-export':
          return exportFile(request.tabId);
      }
    },
    /** Clears a comparison unused for a week (at start-up; every read checks too). */
    expire: () => deps.reports.expire(deps.now()),
  };
}

/** Whether a message is one of the comparison's requests. */
export function isComparisonRequest(message: { type: string }): message is ComparisonRequest {
  return message.type.startsWith('compare-');
}
