// The sidebar on a page matched by its story (an event match), against the real built index: it says the page is
// not reviewed and names the reviewed articles, lists the page's own figures as an automatic comparison, then the
// story's facts with the page's first; no axe violations.
import { resolve } from 'node:path';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { readPage } from '../../../lib/engine/read-page';
import { memorySource } from '../../../lib/engine/sources';
import { readRecognitionIndex } from '../../../lib/recognise/read-index';
import { readGeneratedEntries, readGeneratedRecognition } from '../../../lib/story/read-generated';
import { axeViolations } from '../axe';
import { renderSidebar } from '../render-sidebar';

afterEach(cleanup);

const generated = resolve(import.meta.dirname, '../../../public/generated');
const [entry] = readGeneratedEntries(generated);
const story = entry!.story;
const source = memorySource(readRecognitionIndex(readGeneratedRecognition(generated)), [entry!]);
// Written for the tests: another outlet's brief on the story, one of whose counts differs from a reviewed outlet's.
const page = {
  headline: 'France says its Mali campaign has killed hundreds of militants',
  published: '2013-02-06',
  text: `PARIS, Feb 6 (Harbour Wire) - French forces in Mali have killed hundreds of Islamist fighters since the intervention began, Defence Minister Jean-Yves Le Drian said on Tuesday.

About 4,000 French troops are now in the country, Le Drian told BFM TV, and France will begin to pull them out in March if all goes to plan.

Some 3,800 African troops have also deployed, Foreign Minister Laurent Fabius said in an interview with the daily Metro.
`,
};
const answer = await readPage(
  { url: 'https://news.example/brief', canonical: null, ogUrl: null, jsonLdUrls: [], ...page },
  [source],
);
if (answer.kind !== 'event') throw new Error(`the brief should be an event match of the story, not ${answer.kind}`);
const found = answer;

function renderEvent() {
  return renderSidebar({
    story,
    articleId: null,
    event: { match: found.match, figures: found.figures },
    reportedFacts: new Set(found.figures.map((f) => f.fact)),
  });
}

describe('the sidebar on a report of a known story', { timeout: 30_000 }, () => {
  test('says the page is not reviewed and names every reviewed article of the story', () => {
    renderEvent();
    const notice = screen.getByRole('region', { name: 'Parallax has not reviewed this article' });
    expect(notice.textContent).toContain(`It reports the same story as ${story.articles.length} reviewed articles`);
    expect(within(notice).getAllByRole('listitem')).toHaveLength(story.articles.length);
    // No "You are reading": the page is none of the reviewed articles.
    expect(screen.queryByText(/You are reading/)).toBeNull();
  });

  test('lists the page’s figures as an automatic comparison, each beside the reviewed outlets’ figures', () => {
    const { spies } = renderEvent();
    const section = screen.getByRole('region', { name: 'This page’s figures' });
    expect(within(section).getByText('Automatic')).toBeTruthy();
    expect(section.textContent).toContain('no one has reviewed them');
    const troops = section.querySelector<HTMLElement>('li[data-fact="french-troops-in-mali"]')!;
    expect(troops.querySelector('mark')?.textContent).toBe('About 4,000');
    const relations = Array.from(troops.querySelectorAll<HTMLElement>('[data-relation]')).map(
      (li) => li.dataset.relation,
    );
    expect(relations).toContain('differs');
    expect(relations).toContain('agrees');
    expect(troops.textContent).toContain('Differs from a reviewed outlet');
    fireEvent.click(within(troops).getByRole('button', { name: /Show in the page/ }));
    expect(spies.onShowFact).toHaveBeenCalledWith('french-troops-in-mali');
    fireEvent.click(within(troops).getByRole('button', { name: /Reviewed fact/ }));
    const card = screen
      .getAllByRole('listitem')
      .find((li) => li.dataset.fact === 'french-troops-in-mali' && li.classList.contains('px-fact'));
    expect(card?.classList.contains('px-fact-focused')).toBe(true);
  });

  test(
    'then every fact of the story, those the page reports first; the summary of an article’s disputes is not ' +
      'shown',
    () => {
      const { container } = renderEvent();
      const cards = Array.from(container.querySelectorAll<HTMLElement>('li.px-fact[data-fact]')).map(
        (c) => c.dataset.fact!,
      );
      expect(cards.sort()).toEqual(story.facts.map((f) => f.id).sort());
      const ordered = Array.from(container.querySelectorAll<HTMLElement>('li.px-fact[data-fact]')).map(
        (c) => c.dataset.fact!,
      );
      const reported = new Set(found.figures.map((f) => f.fact));
      const firstOther = ordered.findIndex((id) => !reported.has(id));
      expect(ordered.slice(firstOther).some((id) => reported.has(id))).toBe(false);
      expect(screen.queryByText(/in this article (is|are) reported differently/)).toBeNull();
    },
  );

  test('no axe violations, expanded and in the table view', async () => {
    const { container } = renderEvent();
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(screen.getByRole('radio', { name: 'Table' }));
    expect(await axeViolations(container)).toEqual([]);
  });
});
