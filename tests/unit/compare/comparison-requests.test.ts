// The background's handling of the comparison's requests, over the real report and pack stores (in a fake
// IndexedDB) with fake tabs: adding pages read only from the tab asked for, showing the comparison beside one of its
// reports, keeping it as the reader's own pack (again: the same pack, newer), exporting it, clearing it.
// IndexedDB's key ranges as a browser has them (the pack store uses IDBKeyRange).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test, vi } from 'vitest';
import type { ComparisonShown } from '../../../lib/app-contract';
import type { PopupToBackgroundReplies } from '../../../lib/messages';
import { openReportStore } from '../../../lib/compare/report-store';
import { openPackStore } from '../../../lib/packs/pack-store';
import { readPack } from '../../../lib/packs/read-pack';
import { createComparisons, isComparisonRequest } from '../../../entrypoints/background/comparison-requests';
import { pageUrl } from '../../e2e/harness/sites';
import { FOURTH_HOST, REPORT_HOSTS, sitePage, snapshotOf } from './fixture-reports';

// Tab n shows the n-th report (1, 2, 3), tab 4 the fourth outlet's, tab 9 an extension page nothing can read.
const HOSTS = [...REPORT_HOSTS, FOURTH_HOST];

function setup() {
  const factory = new IDBFactory();
  const packs = openPackStore(factory);
  let now = Date.UTC(2026, 10, 18, 12);
  const readTab = vi.fn(async (tabId: number) => (HOSTS[tabId - 1] ? snapshotOf(HOSTS[tabId - 1]!) : null));
  const show = vi.fn(async (_tabId: number, _comparison: ComparisonShown) => 'open' as const);
  const packsChanged = vi.fn();
  const comparisons = createComparisons({
    reports: openReportStore(factory),
    packs,
    bundledStoryIds: async () => ['mali-offensive-2013'],
    tabUrl: async (tabId) => (HOSTS[tabId - 1] ? pageUrl(sitePage(HOSTS[tabId - 1]!)) : 'chrome://extensions/'),
    readTab,
    show,
    packsChanged,
    now: () => (now += 60_000),
  });
  return { comparisons, packs, readTab, show, packsChanged };
}

describe('the comparison in the background', () => {
  test('adds the pages of the tabs asked for, and only those; adding one again updates it', async () => {
    const { comparisons, readTab } = setup();
    const empty = await comparisons.handle({ type: 'compare-state', tabId: 1 });
    expect(empty.state).toMatchObject({ reports: [], here: null, addable: true });
    expect(readTab).not.toHaveBeenCalled();
    for (const tabId of [1, 2]) {
      const reply = await comparisons.handle({ type: 'compare-add', tabId });
      expect(reply.message).toBe(`Added this page to your comparison (${tabId} report${tabId === 1 ? '' : 's'}).`);
    }
    expect(readTab.mock.calls.map(([id]) => id)).toEqual([1, 2]);
    const again = await comparisons.handle({ type: 'compare-add', tabId: 2 });
    expect(again.message).toBe('Updated this report in your comparison (2 reports).');
    expect(again.state.here).toBe(again.state.reports[1]!.id);
    expect(again.state.sites).toEqual(['*://*.dailyledger.example/*', '*://*.harbourtimes.example/*']);
    const unreadable = await comparisons.handle({ type: 'compare-add', tabId: 9 });
    expect(unreadable).toMatchObject({ ok: false, message: 'Parallax could not read this page.' });
    expect(unreadable.state.addable).toBe(false);
  });

  test('shows the comparison beside one of its reports, never beside another page', async () => {
    const { comparisons, show } = setup();
    await comparisons.handle({ type: 'compare-add', tabId: 1 });
    const one = await comparisons.handle({ type: 'compare-show', tabId: 1 });
    expect(one).toMatchObject({ ok: false, message: 'A comparison needs two reports or more.' });
    for (const tabId of [2, 3]) await comparisons.handle({ type: 'compare-add', tabId });
    const elsewhere = await comparisons.handle({ type: 'compare-show', tabId: 4 });
    expect(elsewhere).toMatchObject({
      ok: false,
      message: 'Open one of the reports of your comparison to compare it.',
    });
    expect(show).not.toHaveBeenCalled();
    const shown = await comparisons.handle({ type: 'compare-show', tabId: 3 });
    expect(shown.ok).toBe(true);
    const [tabId, comparison] = show.mock.calls[0]!;
    expect(tabId).toBe(3);
    expect(comparison.kind).toBe('comparison');
    expect(comparison.story.automatic?.kind).toBe('comparison');
    expect(comparison.article).toBe(shown.state.reports[2]!.id);
    expect(comparison.story.facts.some((f) => f.status === 'disputed')).toBe(true);
  });

  test('kept: installed as the reader’s own pack, automatic; kept again: the same pack, not a second one', async () => {
    const { comparisons, packs, packsChanged } = setup();
    for (const tabId of [1, 2, 3]) await comparisons.handle({ type: 'compare-add', tabId });
    const kept = await comparisons.handle({ type: 'compare-keep', tabId: 3 });
    expect(kept).toMatchObject({ ok: true });
    expect(packsChanged).toHaveBeenCalledTimes(1);
    const [pack] = await packs.list();
    expect(pack!.title).toMatch(/^Your comparison: /);
    expect(pack!.stories).toEqual([expect.objectContaining({ automatic: true })]);
    await comparisons.handle({ type: 'compare-keep', tabId: 3 });
    expect((await packs.list()).map((p) => p.id)).toEqual([pack!.id]);
  });

  test('exported: a story pack file the options page accepts; cleared: nothing left', async () => {
    const { comparisons } = setup();
    for (const tabId of [1, 2]) await comparisons.handle({ type: 'compare-add', tabId });
    const exported = (await comparisons.handle({
      type: 'compare-export',
      tabId: null,
    })) as PopupToBackgroundReplies['compare-export'];
    if (!exported.file) throw new Error(exported.message);
    expect(exported.file.name).toMatch(/^comparison-\d{8}-\d{6}\.parallax-pack$/);
    const bytes = Uint8Array.from(atob(exported.file.base64), (c) => c.charCodeAt(0));
    const pack = await readPack(bytes);
    expect(pack.stories[0]!.story.automatic?.kind).toBe('comparison');
    const cleared = await comparisons.handle({ type: 'compare-clear', tabId: null });
    expect(cleared.state.reports).toEqual([]);
  });

  test('tells the comparison’s requests from the others', () => {
    expect(isComparisonRequest({ type: 'compare-add' })).toBe(true);
    expect(isComparisonRequest({ type: 'check-tab' })).toBe(false);
  });
});
