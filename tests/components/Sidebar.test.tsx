// The sidebar as a reader meets it: order, filter, quotes, links, flags, collapse, keyboard and accessibility.
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { axeViolations } from './axe';
import { story, storyWithQuote } from './fixtures/story';
import { renderSidebar } from './render-sidebar';

afterEach(cleanup);

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

  test('coverage table shown: no violations', async () => {
    const { container } = renderSidebar();
    fireEvent.click(screen.getByRole('button', { name: 'Show the coverage table' }));
    expect(screen.getByRole('table')).toBeTruthy();
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

  test('a page that cannot tell the revisions apart says the revision is unknown', async () => {
    const { container } = renderSidebar({ revision: null });
    expect(screen.getByText(/You are reading:/).parentElement?.textContent).toBe('You are reading: CNN, revision unknown, 6 February 2013');
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
  test('disputed facts come first, single-source last', () => {
    renderSidebar();
    const headings = factHeadings();
    expect(headings[0]).toBe('French troops in Mali');
    expect(headings.at(-1)).toBe('Chadian troops in Kidal');
    expect(headings).toHaveLength(story.facts.length);
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

  test('an override shows the reviewer’s reason and the computed status', () => {
    renderSidebar();
    const text = card('How long the offensive had run').textContent ?? '';
    expect(text).toContain('A reviewer set this to “Outlets agree” (computed: “Disputed”)');
    expect(text).toContain('round descriptions of one operation begun on 11 January');
  });

  test('the figure is emphasised inside the full quote text', () => {
    renderSidebar();
    const quotes = Array.from(card('French troops in Mali').querySelectorAll('q'));
    const quote = quotes.find((q) => q.textContent?.startsWith('France has 2,150'));
    expect(quote?.textContent).toBe('France has 2,150 soldiers in Mali and 1,000 more troops supporting the operation from elsewhere.');
    const marks = quote?.querySelectorAll('mark') ?? [];
    expect(Array.from(marks).map((m) => m.textContent)).toEqual(['2,150']);
    expect(marks[0]?.previousSibling?.textContent).toBe('France has ');
  });

  test('the reader’s own article is the first row of each fact and is marked', () => {
    renderSidebar();
    const rows = within(card('French troops in Mali')).getAllByRole('listitem');
    expect(rows[0]?.textContent).toMatch(/^CNN, revision 2this article/);
    expect(rows.filter((r) => r.textContent?.includes('this article'))).toHaveLength(1);
  });

  test('self-contradiction and revision changes are shown on the rows where they are true', () => {
    renderSidebar();
    const rows = within(card('French troops in Mali')).getAllByRole('listitem');
    const flagged = (flag: string) => rows.filter((r) => r.textContent?.includes(flag)).map((r) => r.querySelector('.px-outlet-name')?.textContent);
    expect(flagged('contradicts itself')).toEqual(['CNN, revision 2']);
    expect(flagged('changed between revisions')).toEqual(['CNN, revision 2', 'CNN, revision 1']);
    expect(card('Islamist fighters killed').textContent).not.toContain('contradicts itself');
  });

  test('links to other outlets open in a new tab without an opener', () => {
    renderSidebar();
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

  test('a link to an older revision says the shared address now shows a later one', () => {
    renderSidebar();
    const rows = within(card('French troops in Mali')).getAllByRole('listitem');
    const r1 = rows.find((r) => r.querySelector('.px-outlet-name')?.textContent === 'CNN, revision 1');
    expect(r1?.textContent).toContain('That address now shows revision 2.');
    cleanup();
    renderSidebar({ articleId: 'cnn-r1' });
    const own = within(card('French troops in Mali')).getAllByRole('listitem');
    expect(own.filter((r) => r.textContent?.includes('now shows revision'))).toHaveLength(0);
  });

  test('"Show in page" asks the page, and says when the figure is not there', () => {
    const { spies } = renderSidebar();
    spies.onShowFact.mockReturnValueOnce(false);
    const button = within(card('French troops in Mali')).getByRole('button', { name: /^Show in page\s*: French troops in Mali$/ });
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
  test('a quote carrying markup is shown as text', () => {
    const exact = 'France has <img src=x onerror="alert(1)"> 2,150 soldiers <b>in Mali</b>';
    renderSidebar({ story: storyWithQuote('french-troops', 'afp', exact, '2,150') });
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

  test('the coverage table has row and column headers and the figures each outlet gave', () => {
    renderSidebar();
    fireEvent.click(screen.getByRole('button', { name: 'Show the coverage table' }));
    const table = screen.getByRole('table', { name: 'Which outlets report which facts' });
    const cols = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    expect(cols).toEqual(['Fact', 'CNN rev. 1', 'CNN rev. 2 (this article)', 'AFP', 'GlobalPost', 'FRANCE 24']);
    const row = within(table).getByRole('rowheader', { name: /French troops in Mali/ }).closest('tr') as HTMLElement;
    const cells = within(row).getAllByRole('cell').map((td) => td.textContent);
    expect(cells).toEqual(['4,000', '4,000; 2,150', 'Nearly 4,000', '4,000', 'nearly 4,000']);
    const chad = within(table).getByRole('rowheader', { name: /Chadian/ }).closest('tr') as HTMLElement;
    expect(within(chad).getAllByRole('cell').filter((td) => td.textContent === '–not reported')).toHaveLength(4);
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
