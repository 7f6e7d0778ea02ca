// The sidebar against the real built index (the story files in public/generated/, written by `npm run index`).
import { resolve } from 'node:path';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import type { FactStatus } from '../../lib/index/runtime-types';
import { readGeneratedStories } from '../../lib/index/read-generated';
import { axeViolations } from './axe';
import { renderSidebar } from './render-sidebar';

afterEach(cleanup);

const index = { stories: readGeneratedStories(resolve(import.meta.dirname, '../../public/generated')) };
// axe over a full story of dozens of facts takes seconds on a busy two-core machine.
const SLOW = { timeout: 30_000 };
const RANK: Record<FactStatus, number> = { disputed: 0, consistent: 1, 'single-source': 2 };

for (const story of index.stories) {
  describe(`story ${story.id}`, () => {
    for (const article of story.articles) {
      test(`on ${article.id}: every fact, in status order, every quote verbatim with its figure marked; no axe violations`, SLOW, async () => {
        const { container } = renderSidebar({ story, articleId: article.id });
        const cards = Array.from(container.querySelectorAll<HTMLElement>('[data-fact]'));
        expect(cards.map((c) => c.dataset.fact).sort()).toEqual(story.facts.map((f) => f.id).sort());
        const ranks = cards.map((c) => RANK[story.facts.find((f) => f.id === c.dataset.fact)!.status]);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        for (const fact of story.facts) {
          const card = cards.find((c) => c.dataset.fact === fact.id)!;
          const quotes = Array.from(card.querySelectorAll('q')).map((q) => [q.textContent, q.querySelector('mark')?.textContent]);
          for (const claim of fact.claims) expect(quotes).toContainEqual([claim.quote.exact, claim.figureText]);
          expect(within(card).queryAllByText('this article')).toHaveLength(fact.claims.some((c) => c.article === article.id) ? 1 : 0);
        }
        expect(screen.getByText(/You are reading:/).parentElement?.textContent).toContain(article.publisher);
        expect(await axeViolations(container)).toEqual([]);
      });
    }

    test('the coverage table has a row per fact and a column per article; no axe violations', SLOW, async () => {
      const { container } = renderSidebar({ story, articleId: story.articles[0]!.id });
      fireEvent.click(screen.getByRole('button', { name: 'Show the coverage table' }));
      const table = screen.getByRole('table');
      expect(within(table).getAllByRole('rowheader')).toHaveLength(story.facts.length);
      expect(within(table).getAllByRole('columnheader')).toHaveLength(story.articles.length + 1);
      expect(await axeViolations(container)).toEqual([]);
    });

    const revised = story.articles.filter((a) => a.revision);
    for (const article of revised) {
      test(`on ${article.id}: the revision section names every fact that changed between revisions`, () => {
        renderSidebar({ story, articleId: article.id });
        const section = screen.getByRole('region', { name: 'Other revisions of this article' });
        const changed = story.facts.filter((f) => f.flags.changedBetweenRevisions.includes(article.id));
        for (const fact of changed) expect(section.textContent).toContain(`${fact.label}:`);
        expect(within(section).queryAllByRole('listitem')).toHaveLength(changed.length);
      });
    }
  });
}
