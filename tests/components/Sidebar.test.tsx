// The sidebar as a reader meets it: order, filter, quotes, links, flags, collapse, keyboard and accessibility.
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { axeViolations } from './axe';
import { story, storyWithQuote } from './fixtures/story';
import { drawnSidebar, renderSidebar } from './render-sidebar';
import { installVisibility, uninstallVisibility } from './visibility';

beforeEach(installVisibility);
afterEach(() => {
  cleanup();
  uninstallVisibility();
});

const factHeadings = () => screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
const card = (label: string) => screen.getByRole('heading', { level: 4, name: label }).closest('li') as HTMLElement;

describe('accessibility (axe)', { timeout: 20_000 }, () => {
  test('axe reports a real violation in this environment', async () => {
    const { container } = renderSidebar();
    container.append(document.createElement('button'));
    expect((await axeViolations(container)).some((v) => v.startsWith('button-name'))).toBe(true);
  });

  test('expanded: no violations', async () => {
    const { container } = renderSidebar();
    expect(await axeViolations(container)).toEqual([]);
  });

  test('collapsed: no violations', async () => {
    const { container } = renderSidebar({ collapsed: true });
    expect(screen.getByRole('button', { name: /disputed/ })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  test('filtered to disputed: no violations', async () => {
    const { container } = renderSidebar();
    fireEvent.click(screen.getByRole('radio', { name: /Disputed only/ }));
    expect(await axeViolations(container)).toEqual([]);
  });

  test('table view with a quote open: no violations', async () => {
    const { container } = renderSidebar();
    fireEvent.click(screen.getByRole('radio', { name: 'Table' }));
    fireEvent.click(within(screen.getByRole('table')).getAllByRole('button')[0]!);
    expect(screen.getByRole('table').querySelector('.px-table-quote q')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  test('a wire report on a republishing site: no violations', async () => {
    const { container } = renderSidebar({ articleId: 'afp', pageUrl: 'https://www.astroawani.com/berita-dunia/x' });
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('structure', () => {
  test('is a complementary landmark labelled Parallax', () => {
    renderSidebar();
    expect(screen.getByRole('complementary', { name: 'Parallax' })).toBeTruthy();
  });

  test('says which article the reader is on and what its revisions changed', () => {
    renderSidebar();
    expect(screen.getByText('CNN, revision 2, 6 February 2013')).toBeTruthy();
    expect(screen.getByText('5–6 February 2013')).toBeTruthy();
    const revisions = screen.getByRole('region', { name: 'Other revisions of this article' });
    expect(revisions.textContent).toContain('Revision 1 also exists.');
    expect(revisions.textContent).toContain('French troops in Mali: 4,000 (revision 1) → 4,000 and 2,150 (revision 2)');
  });

  test('a wire report names the site the reader is on', () => {
    renderSidebar({
      articleId: 'afp',
      pageUrl: 'https://www.astroawani.com/berita-dunia/hundreds-rebels-killed-france-leave-mali-march-6430',
    });
    expect(screen.getByText(/You are reading:/).parentElement?.textContent).toBe(
      'You are reading: AFP, 5 February 2013 (AFP wire report, republished by astroawani.com)',
    );
  });

  test('a page that cannot tell the revisions apart says the revision is unknown', async () => {
    const { container } = renderSidebar({ revision: null });
    expect(screen.getByText(/You are reading:/).parentElement?.textContent).toBe(
      'You are reading: CNN, revision unknown, 6 February 2013',
    );
    expect(screen.getByText(/which one it is cannot be told/).textContent).toMatch(/shown as revision 2, the latest/);
    expect(screen.queryByText('CNN, revision 2, 6 February 2013')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
    cleanup();
    renderSidebar({ articleId: 'afp', revision: null });
    expect(screen.queryByText(/revision unknown|cannot be told/)).toBeNull();
  });

  test('an article without revisions shows no revision section', () => {
    renderSidebar({ articleId: 'afp' });
    expect(screen.queryByRole('region', { name: 'Other revisions of this article' })).toBeNull();
    expect(screen.getByText(/You are reading:/).parentElement?.textContent).toBe(
      'You are reading: AFP, 5 February 2013 (AFP wire report; the publishing site is unknown)',
    );
  });
});

describe('facts', () => {
  test('the facts this article reports come first, disputed first; the others after', () => {
    renderSidebar();
    expect(factHeadings()).toEqual([
      'French troops in Mali',
      'Islamist fighters killed',
      'African soldiers already deployed',
      'Malian soldiers killed',
      'How long the offensive had run',
      'Chadian troops in Kidal',
    ]);
    cleanup();
    renderSidebar({ articleId: 'afp' });
    expect(factHeadings().slice(0, 2)).toEqual(['French troops in Mali', 'Islamist fighters killed']);
    expect(factHeadings().at(-1)).toBe('African soldiers already deployed');
  });

  test('each status is written out, not only coloured', () => {
    renderSidebar();
    expect(card('French troops in Mali').textContent).toContain('Disputed:');
    expect(card('Islamist fighters killed').textContent).toContain('Outlets agree:');
    expect(card('Chadian troops in Kidal').textContent).toContain('Only one outlet:');
  });

  test('the filter shows disputed facts only, and back', () => {
    renderSidebar();
    fireEvent.click(screen.getByRole('radio', { name: 'Disputed only (1)' }));
    expect(factHeadings()).toEqual(['French troops in Mali']);
    fireEvent.click(screen.getByRole('radio', { name: 'All facts (6)' }));
    expect(factHeadings()).toHaveLength(6);
  });

  test('an override shows the reviewer’s reason and the computed status', async () => {
    await drawnSidebar();
    const text = card('How long the offensive had run').textContent ?? '';
    expect(text).toContain('A reviewer set this to “Outlets agree” (computed: “Disputed”)');
    expect(text).toContain('round descriptions of one operation begun on 11 January');
  });

  test('the figure is emphasised inside the full quote text', async () => {
    await drawnSidebar();
    const quotes = Array.from(card('French troops in Mali').querySelectorAll('q'));
    const quote = quotes.find((q) => q.textContent?.startsWith('France has 2,150'));
    expect(quote?.textContent).toBe(
      'France has 2,150 soldiers in Mali and 1,000 more troops supporting the operation from elsewhere.',
    );
    const marks = quote?.querySelectorAll('mark') ?? [];
    expect(Array.from(marks).map((m) => m.textContent)).toEqual(['2,150']);
    expect(marks[0]?.previousSibling?.textContent).toBe('France has ');
  });

  test('the reader’s own article is the first row of each fact and is marked', async () => {
    await drawnSidebar();
    const rows = within(card('French troops in Mali')).getAllByRole('listitem');
    expect(rows[0]?.textContent).toMatch(/^CNN, revision 2this article/);
    expect(rows.filter((r) => r.textContent?.includes('this article'))).toHaveLength(1);
  });

  test('self-contradiction and revision changes are shown on the rows where they are true', async () => {
    await drawnSidebar();
    const rows = within(card('French troops in Mali')).getAllByRole('listitem');
    const flagged = (flag: string) =>
      rows.filter((r) => r.textContent?.includes(flag)).map((r) => r.querySelector('.px-outlet-name')?.textContent);
    expect(flagged('contradicts itself')).toEqual(['CNN, revision 2']);
    expect(flagged('changed between revisions')).toEqual(['CNN, revision 2', 'CNN, revision 1']);
    expect(card('Islamist fighters killed').textContent).not.toContain('contradicts itself');
  });

  test('links to other outlets open in a new tab without an opener', async () => {
    await drawnSidebar();
    const links = within(card('French troops in Mali')).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://www.cnn.com/2013/02/06/world/africa/mali-conflict/index.html',
      'https://www.astroawani.com/berita-dunia/hundreds-rebels-killed-france-leave-mali-march-6430',
      'https://www.pri.org/stories/2013-02-06/mali-real-war-says-france-defense-minister',
      'http://www.france24.com/en/20130206-france-plans-withdraw-troops-mali-march',
    ]);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')?.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
    }
  });

  test('a link to an older revision says the shared address now shows a later one', async () => {
    await drawnSidebar();
    const rows = within(card('French troops in Mali')).getAllByRole('listitem');
    const r1 = rows.find((r) => r.querySelector('.px-outlet-name')?.textContent === 'CNN, revision 1');
    expect(r1?.textContent).toContain('That address now shows revision 2.');
    cleanup();
    await drawnSidebar({ articleId: 'cnn-r1' });
    const own = within(card('French troops in Mali')).getAllByRole('listitem');
    expect(own.filter((r) => r.textContent?.includes('now shows revision'))).toHaveLength(0);
  });

  test('"Show in page" asks the page, and says when the figure is not there', () => {
    const { spies } = renderSidebar();
    spies.onShowFact.mockReturnValueOnce(false);
    const button = within(card('French troops in Mali')).getByRole('button', {
      name: /^Show in page\s*: French troops in Mali$/,
    });
    fireEvent.click(button);
    expect(spies.onShowFact).toHaveBeenCalledWith('french-troops');
    expect(within(card('French troops in Mali')).getByRole('status').textContent).toBe('Not in this page.');
    fireEvent.click(button);
    expect(within(card('French troops in Mali')).getByRole('status').textContent).toBe('');
  });

  test('a fact this article does not report offers no "Show in page"', () => {
    renderSidebar();
    const c = card('Chadian troops in Kidal');
    expect(within(c).queryByRole('button', { name: /Show in page/ })).toBeNull();
    expect(c.textContent).toContain('This article does not report this.');
  });
});

describe('data is text, never HTML', () => {
  test('a quote carrying markup is shown as text', async () => {
    const exact = 'France has <img src=x onerror="alert(1)"> 2,150 soldiers <b>in Mali</b>';
    await drawnSidebar({ story: storyWithQuote('french-troops', 'afp', exact, '2,150') });
    const root = screen.getByRole('complementary');
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    const quote = Array.from(root.querySelectorAll('q')).find((q) => q.textContent?.includes('onerror'));
    expect(quote?.textContent).toBe(exact);
    expect(quote?.querySelector('mark')?.textContent).toBe('2,150');
  });
});

describe('controls', () => {
  test('the highlighting switch reports its state and toggles', () => {
    const { spies } = renderSidebar({ highlightsOn: true });
    const sw = screen.getByRole('switch', { name: /Highlight disputed figures in the page/ });
    expect(sw.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(sw);
    expect(spies.onToggleHighlights).toHaveBeenCalledWith(false);
  });

  test('the table view has row and column headers, the figures each outlet gave and a status per row', () => {
    renderSidebar();
    fireEvent.click(screen.getByRole('radio', { name: 'Table' }));
    expect(screen.queryByRole('heading', { level: 4 })).toBeNull();
    const table = screen.getByRole('table', { name: /Each outlet’s figures, fact by fact/ });
    const cols = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(cols).toEqual(['Fact', 'CNN rev. 1', 'CNN rev. 2 (this article)', 'AFP', 'GlobalPost', 'FRANCE 24']);
    const rows = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(rows[0]).toBe('French troops in MaliDisputed');
    expect(rows.at(-1)).toBe('Chadian troops in KidalOnly one outlet');
    const row = within(table)
      .getByRole('rowheader', { name: /French troops in Mali/ })
      .closest('tr') as HTMLElement;
    const cells = within(row)
      .getAllByRole('cell')
      .map((td) => td.textContent);
    expect(cells).toEqual([
      '4,000 (quote)',
      '4,000; 2,150 (quote)',
      'Nearly 4,000 (quote)',
      '4,000 (quote)',
      'nearly 4,000 (quote)',
    ]);
    const chad = within(table)
      .getByRole('rowheader', { name: /Chadian/ })
      .closest('tr') as HTMLElement;
    expect(
      within(chad)
        .getAllByRole('cell')
        .filter((td) => td.textContent === '–not reported'),
    ).toHaveLength(4);
  });

  test('a cell of the table opens that outlet’s quote below its row, and closes it again', () => {
    renderSidebar();
    fireEvent.click(screen.getByRole('radio', { name: 'Table' }));
    const table = screen.getByRole('table');
    const row = within(table)
      .getByRole('rowheader', { name: /French troops in Mali/ })
      .closest('tr') as HTMLElement;
    const cell = within(row).getByRole('button', { name: '4,000; 2,150 (quote)' });
    expect(cell.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(cell);
    expect(cell.getAttribute('aria-expanded')).toBe('true');
    const quote = row.nextElementSibling as HTMLElement;
    expect(cell.getAttribute('aria-controls')).toBe(quote.querySelector('td')?.id);
    expect(quote.textContent).toContain('CNN, revision 2 (this article) on French troops in Mali:');
    expect(Array.from(quote.querySelectorAll('q mark')).map((m) => m.textContent)).toEqual(['4,000', '2,150']);
    // Another cell replaces it; the same cell again closes it.
    fireEvent.click(within(row).getByRole('button', { name: 'Nearly 4,000 (quote)' }));
    expect(table.querySelectorAll('.px-table-quote')).toHaveLength(1);
    expect(table.querySelector('.px-table-quote')?.textContent).toContain('AFP on French troops in Mali:');
    fireEvent.click(within(row).getByRole('button', { name: 'Nearly 4,000 (quote)' }));
    expect(table.querySelectorAll('.px-table-quote')).toHaveLength(0);
  });

  test('the disputed-only filter applies to the table too', () => {
    renderSidebar();
    fireEvent.click(screen.getByRole('radio', { name: /Disputed only/ }));
    fireEvent.click(screen.getByRole('radio', { name: 'Table' }));
    expect(within(screen.getByRole('table')).getAllByRole('rowheader')).toHaveLength(1);
  });
});

describe('the summary at the top', () => {
  test('counts this article’s disputed figures and links each to its fact', () => {
    renderSidebar();
    const lead = screen.getByRole('region', { name: '1 figure in this article is reported differently elsewhere' });
    const link = within(lead).getByRole('link', { name: 'French troops in Mali' });
    expect(link.getAttribute('href')).toBe('#px-fact-french-troops');
    expect(lead.textContent).toContain('(here: 4,000, 2,150)');
  });

  test('a link focuses the fact’s card, back in the cards view, without touching the page’s address', () => {
    renderSidebar();
    fireEvent.click(screen.getByRole('radio', { name: 'Table' }));
    const link = screen.getByRole('link', { name: 'French troops in Mali' });
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    fireEvent(link, event);
    expect(event.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 4, name: 'French troops in Mali' }));
    expect(screen.getByRole('radio', { name: 'Cards' })).toHaveProperty('checked', true);
  });

  test('an article with no disputed figure says so, with no list', () => {
    renderSidebar({
      articleId: 'globalpost',
      story: { ...story, facts: story.facts.filter((f) => f.id !== 'french-troops') },
    });
    const lead = screen.getByRole('region', { name: 'No figure in this article is reported differently elsewhere' });
    expect(within(lead).queryByRole('list')).toBeNull();
  });
});

describe('number lines', () => {
  const line = (label: string) => card(label).querySelector('figure.px-line') as HTMLElement;

  test('each numeric fact has one; its caption says what it draws, this article and the gap included', async () => {
    await drawnSidebar();
    const caption = within(line('French troops in Mali')).getByText(/^Number line of French troops in Mali/);
    expect(caption.tagName).toBe('FIGCAPTION');
    expect(caption.textContent).toBe(
      'Number line of French troops in Mali (people), from 2,000 to 4,000. ' +
        'CNN, revision 2, this article: “4,000” and “2,150”. CNN, revision 1: “4,000”. AFP: 3,600 to 4,000 ' +
        '(“Nearly 4,000”). ' +
        'GlobalPost: “4,000”. FRANCE 24: 3,600 to 4,000 (“nearly 4,000”). ' +
        'The figures fall into 2 groups that do not overlap: 2,150; then 3,600 to 4,000.',
    );
    expect(line('French troops in Mali').getAttribute('role')).toBeNull();
  });

  test('a point for an exact figure, a bar for a hedged one, this article’s marked, the gap drawn', async () => {
    await drawnSidebar();
    const figure = line('French troops in Mali');
    const own = figure.querySelector('.px-line-row-own') as HTMLElement;
    expect(own.textContent).toBe('CNN, revision 2this article4,000 · 2,150');
    expect(own.querySelectorAll('circle.px-line-own')).toHaveLength(2);
    const afp = Array.from(figure.querySelectorAll('.px-line-row')).find((r) => r.textContent?.startsWith('AFP'))!;
    expect(afp.querySelectorAll('rect.px-line-bar')).toHaveLength(1);
    expect(afp.querySelectorAll('circle')).toHaveLength(0);
    // The gap between 2,150 and 3,600–4,000 is shaded on every row, between dashed edges.
    const tracks = figure.querySelectorAll('svg.px-line-track');
    expect(tracks).toHaveLength(5);
    for (const track of Array.from(tracks)) {
      expect(track.querySelectorAll('.px-line-gap')).toHaveLength(1);
      expect(track.querySelectorAll('.px-line-gap-edge')).toHaveLength(2);
    }
    // The drawing itself is hidden from assistive technology: the caption says the same thing.
    expect(figure.querySelector('[aria-hidden="true"] svg')).toBeTruthy();
  });

  test('no gap is drawn for figures the outlets agree on, and no line for a fact without figures', async () => {
    await drawnSidebar();
    expect(line('Islamist fighters killed').querySelectorAll('.px-line-gap, .px-line-gap-edge')).toHaveLength(0);
  });

  test('it scales with the sidebar: positions in percent, full-width tracks, labels as wrapping text', async () => {
    await drawnSidebar();
    for (const figure of Array.from(document.querySelectorAll<SVGElement>('figure.px-line'))) {
      for (const el of Array.from(figure.querySelectorAll('.px-line-plot circle, .px-line-plot rect'))) {
        const x = el.getAttribute('cx') ?? el.getAttribute('x');
        expect(x).toMatch(/^\d+(\.\d+)?%$/);
      }
      for (const svg of Array.from(figure.querySelectorAll('svg.px-line-track, svg.px-line-axis'))) {
        expect(svg.getAttribute('width')).toBeNull();
        expect(svg.getAttribute('viewBox')).toBeNull();
      }
      expect(figure.querySelectorAll('svg text')).toHaveLength(figure.querySelectorAll('.px-line-axis text').length);
    }
  });
});

describe('collapse and keyboard', () => {
  test('Escape collapses to a tab showing the disputed count, which takes focus', () => {
    const { spies } = renderSidebar();
    const sw = screen.getByRole('switch');
    sw.focus();
    fireEvent.keyDown(sw, { key: 'Escape' });
    expect(spies.onCollapsedChange).toHaveBeenCalledWith(true);
    const tab = screen.getByRole('button', { name: /1 disputed figure/ });
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(tab);
    expect(screen.getByRole('complementary', { name: 'Parallax' })).toBeTruthy();
  });

  test('the tab expands again and focus returns to the collapse button', () => {
    const { spies } = renderSidebar({ collapsed: true });
    fireEvent.click(screen.getByRole('button', { name: /disputed/ }));
    expect(spies.onCollapsedChange).toHaveBeenCalledWith(false);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Collapse/ }));
  });

  test('a focus request opens the sidebar, clears a filter that hides the fact and focuses its heading', () => {
    const { spies, rerenderWith } = renderSidebar();
    fireEvent.click(screen.getByRole('radio', { name: /Disputed only/ }));
    fireEvent.click(screen.getByRole('button', { name: /Collapse/ }));
    rerenderWith({ focusRequest: { factId: 'militants-killed', seq: 1 } });
    expect(spies.onCollapsedChange).toHaveBeenLastCalledWith(false);
    const heading = screen.getByRole('heading', { level: 4, name: 'Islamist fighters killed' });
    expect(document.activeElement).toBe(heading);
    expect(factHeadings()).toHaveLength(6);
  });
});
