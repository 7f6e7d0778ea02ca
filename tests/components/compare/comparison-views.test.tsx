// The reader's comparison in the views: the sidebar beside a report (automatic notice, each outlet's figure, the
// figures only this report gives), the popup's section (add, compare, keep asking for the sites inside the click,
// export), the export page, and a kept comparison in the stories list marked automatic; axe-core on each.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { compareReports } from '../../../lib/compare/compare-reports';
import type { ComparisonReply, ComparisonRequest, ComparisonState, TabState } from '../../../lib/messages';
import { catalogEntry } from '../../../lib/story/catalog';
import { ExportPage } from '../../../lib/ui/ExportPage';
import { PopupApp, type PopupApi } from '../../../lib/ui/PopupApp';
import { StoriesList } from '../../../lib/ui/StoriesList';
import { readCatalogEntry, storyListing } from '../../../lib/ui/stories-model';
import { fixtureReports } from '../../unit/compare/fixture-reports';
import { axeViolations } from '../axe';
import { memorySettings } from '../fake-settings';
import { renderSidebar } from '../render-sidebar';

afterEach(cleanup);

const made = compareReports(fixtureReports(), new Date(Date.UTC(2026, 10, 18, 14)));
if (!made.ok) throw new Error(made.problem);
const story = made.story;
const [first, second, third] = story.articles;

describe('the sidebar beside a report of the comparison', () => {
  test('says it is automatic and how it was made, names this page, lists what only it gives; axe clean', async () => {
    const { container } = renderSidebar({ story, articleId: third!.id, comparison: { kept: false } });
    const notice = screen.getByRole('region', { name: /Your comparison of 3 reports/ });
    expect(notice.textContent).toContain('Automatic');
    expect(notice.textContent).toContain('no one has reviewed them');
    expect(within(notice).getByRole('list', { name: 'Reports you compared' }).textContent).toContain(
      `${third!.headline} (this page)`,
    );
    expect(notice.textContent).toContain('Keep it from Parallax’s toolbar button');
    expect(container.querySelector('aside')!.getAttribute('data-origin')).toBe('automatic');
    // Each outlet's figure of a disputed fact, in its own words.
    const disputed = story.facts.find((f) => f.status === 'disputed')!;
    for (const c of disputed.claims) expect(container.textContent).toContain(c.figureText);
    const only = story.automatic!.unmatched.filter((u) => u.article === third!.id);
    expect(only.length).toBeGreaterThan(0);
    const section = screen.getByRole('region', { name: 'Only in this report' });
    for (const u of only) expect(section.textContent).toContain(u.figureText);
    expect(await axeViolations(container)).toEqual([]);
  });

  test('kept: says so', () => {
    renderSidebar({ story, articleId: first!.id, comparison: { kept: true } });
    expect(screen.getByRole('region', { name: /Your comparison/ }).textContent).toContain('You kept this comparison');
  });
});

function state(reports: number, here: string | null): ComparisonState {
  return {
    reports: story.articles
      .slice(0, reports)
      .map((a) => ({ id: a.id, outlet: a.publisher, headline: a.headline, url: a.url! })),
    here,
    addable: true,
    sites: ['*://*.harbourtimes.example/*'],
    max: 10,
  };
}

function popupApi(current: ComparisonState) {
  const { store } = memorySettings({});
  const tab: TabState = { checked: true, match: null, headline: null, publisher: null, unavailable: false };
  const requests: ComparisonRequest[] = [];
  let answer = current;
  const comparison = {
    request: vi.fn(async (message: ComparisonRequest): Promise<ComparisonReply> => {
      requests.push(message);
      if (message.type === 'compare-add')
        answer = state(answer.reports.length + 1, story.articles[answer.reports.length]!.id);
      const words: Record<string, string> = {
        'compare-add': 'Added this page to your comparison.',
        'compare-keep': 'Kept.',
        'compare-show': 'The comparison is beside the page.',
      };
      return { ok: true, message: words[message.type] ?? '', state: answer };
    }),
    allowSites: vi.fn(async () => true),
    openExport: vi.fn(),
  };
  const api: PopupApi = {
    activeTabId: vi.fn(async () => 7),
    tabState: vi.fn(async () => tab),
    checkTab: vi.fn(async () => tab),
    sidebar: vi.fn(async () => 'open' as const),
    settings: store,
    openOptions: vi.fn(),
    comparison,
  };
  return { api, comparison, requests };
}

describe('the popup’s comparison', () => {
  test('empty: says what it does and offers to add this page; adding asks the background; axe clean', async () => {
    const { api, requests } = popupApi(state(0, null));
    const { container } = render(<PopupApp api={api} />);
    const section = await screen.findByRole('region', { name: 'Compare reports' });
    expect(section.textContent).toContain('Parallax reads a page only when you add it');
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(within(section).getByRole('button', { name: 'Add to comparison' }));
    await within(section).findByText('Added this page to your comparison.');
    expect(requests).toContainEqual({ type: 'compare-add', tabId: 7 });
    expect(section.textContent).toContain('Your comparison: 1 report');
  });

  test('two reports, this page one of them: Compare, Keep (asking for the sites in the click), Export', async () => {
    const { api, comparison, requests } = popupApi(state(2, second!.id));
    const { container } = render(<PopupApp api={api} />);
    const section = await screen.findByRole('region', { name: 'Compare reports' });
    await within(section).findByText(/\(this page\)/);
    expect(within(section).getByRole('list', { name: 'Reports in your comparison' }).textContent).toContain(
      first!.publisher,
    );
    expect(within(section).queryByRole('button', { name: 'Add to comparison' })).toBeNull();
    expect(await axeViolations(container)).toEqual([]);

    fireEvent.click(within(section).getByRole('button', { name: 'Compare' }));
    await within(section).findByText('The comparison is beside the page.');
    expect(requests).toContainEqual({ type: 'compare-show', tabId: 7 });

    fireEvent.click(within(section).getByRole('button', { name: 'Keep this comparison' }));
    // Asked at once, inside the click, before the background answers.
    expect(comparison.allowSites).toHaveBeenCalledWith(['*://*.harbourtimes.example/*']);
    await within(section).findByText(/Kept\. Its sites are checked as you open them\./);

    fireEvent.click(within(section).getByRole('button', { name: 'Export as a story pack' }));
    expect(comparison.openExport).toHaveBeenCalled();
    fireEvent.click(within(section).getByRole('button', { name: `Remove ${first!.publisher}` }));
    await waitFor(() => expect(requests).toContainEqual({ type: 'compare-remove', tabId: 7, report: first!.id }));
  });
});

describe('the export page', () => {
  test('offers the file with the reports it holds; axe clean', async () => {
    const reply = {
      ok: true,
      message: '',
      state: state(3, null),
      file: { name: `${story.id}.parallax-pack`, base64: btoa('pack bytes') },
    };
    URL.createObjectURL = vi.fn(() => 'blob:parallax-test');
    URL.revokeObjectURL = vi.fn();
    const { container } = render(<ExportPage exportPack={async () => reply} />);
    const link = await screen.findByRole('link', { name: `Save ${story.id}.parallax-pack` });
    expect(link.getAttribute('download')).toBe(`${story.id}.parallax-pack`);
    expect(screen.getByRole('status').textContent).toContain('Your comparison of 3 reports');
    expect(await axeViolations(container)).toEqual([]);
  });

  test('says why when there is nothing to export', async () => {
    const reply = { ok: false, message: 'A comparison needs two reports or more.', state: state(1, null) };
    render(<ExportPage exportPack={async () => reply} />);
    expect((await screen.findByRole('alert')).textContent).toBe('A comparison needs two reports or more.');
  });
});

test('a kept comparison in the stories list is marked automatic, and the catalog entry keeps the mark', async () => {
  const entry = readCatalogEntry(JSON.parse(JSON.stringify(catalogEntry(story, { kind: 'pack', pack: story.id }))), {
    kind: 'pack',
    pack: story.id,
  });
  expect(entry?.automatic).toBe(true);
  const listing = storyListing(entry!);
  const { container } = render(
    <StoriesList
      stories={[listing]}
      packs={new Map([[story.id, { id: story.id, title: `Your comparison: ${story.title}`, stories: [story.id] }]])}
      onRemovePack={vi.fn()}
    />,
  );
  expect(container.textContent).toContain('Automatic');
  expect(container.textContent).toContain('Your own comparison, kept');
  expect(container.textContent).not.toContain('From the story pack');
  expect(await axeViolations(container)).toEqual([]);
});
