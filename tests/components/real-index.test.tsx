// The sidebar against the real built index (the story files in public/generated/, written by `npm run index`).
import { resolve } from 'node:path';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { FactStatus } from '../../lib/story/runtime-types';
import { factWeight } from '../../lib/story/fact-order';
import { readGeneratedStories } from '../../lib/story/read-generated';
import { axeViolations } from './axe';
import { allCardsDrawn, renderSidebar } from './render-sidebar';
import { installVisibility, uninstallVisibility } from './visibility';

// Every card in view, so each is drawn in full (a few per task) and its quotes and number line can be checked.
beforeEach(installVisibility);
afterEach(() => {
  cleanup();
  uninstallVisibility();
});

const index = { stories: readGeneratedStories(resolve(import.meta.dirname, '../../public/generated')) };
// axe over a full story of dozens of facts takes seconds on a busy two-core machine.
const SLOW = { timeout: 30_000 };
const RANK: Record<FactStatus, number> = { disputed: 0, consistent: 1, 'single-source': 2 };

for (const story of index.stories) {
  describe(`story ${story.id}`, () => {
    for (const article of story.articles) {
      test(
        `on ${article.id}: every fact, this article's first, in status then weight order, every quote verbatim with its figure marked, a number line per numeric fact; no axe violations`,
        SLOW,
        async () => {
          const { container } = renderSidebar({ story, articleId: article.id });
          await allCardsDrawn(container);
          const cards = Array.from(container.querySelectorAll<HTMLElement>('li[data-fact]'));
          expect(cards.map((c) => c.dataset.fact).sort()).toEqual(story.facts.map((f) => f.id).sort());
          // Checked from the data, independently of the order function: (not reported here, status, -weight) ascends.
          const keys = cards.map((c) => {
            const fact = story.facts.find((f) => f.id === c.dataset.fact)!;
            const here = fact.claims.some((cl) => cl.article === article.id);
            return [here ? 0 : 1, RANK[fact.status], -factWeight(fact)];
          });
          const sorted = [...keys].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!);
          expect(keys).toEqual(sorted);
          const first = story.facts.find((f) => f.id === cards[0]!.dataset.fact)!;
          expect(first.claims.some((c) => c.article === article.id)).toBe(true);
          const disputedHere = story.facts.filter(
            (f) => f.status === 'disputed' && f.claims.some((c) => c.article === article.id),
          );
          if (disputedHere.length > 0) expect(first.status).toBe('disputed');
          // The summary counts and links this article's disputed facts, in the same order as the cards.
          const lead = screen.getByRole('region', { name: /reported differently elsewhere/ });
          expect(
            within(lead)
              .queryAllByRole('link')
              .map((a) => a.getAttribute('href')),
          ).toEqual(
            cards
              .filter((c) => disputedHere.some((f) => f.id === c.dataset.fact))
              .map((c) => `#px-fact-${c.dataset.fact}`),
          );
          for (const fact of story.facts) {
            const card = cards.find((c) => c.dataset.fact === fact.id)!;
            const numeric = ['count', 'duration', 'distance', 'date'].includes(fact.kind);
            const figure = card.querySelector('figure.px-line');
            expect(figure !== null, `${fact.id} number line`).toBe(numeric);
            if (figure) {
              const caption = figure.querySelector('figcaption')!.textContent ?? '';
              for (const c of fact.claims) expect(caption).toContain(`“${c.figureText}”`);
            }
          }
          for (const fact of story.facts) {
            const card = cards.find((c) => c.dataset.fact === fact.id)!;
            const quotes = Array.from(card.querySelectorAll('q')).map((q) => [
              q.textContent,
              q.querySelector('mark')?.textContent,
            ]);
            for (const claim of fact.claims) expect(quotes).toContainEqual([claim.quote.exact, claim.figureText]);
            const ownRows = card.querySelectorAll('.px-rows .px-tag-own');
            expect(ownRows).toHaveLength(fact.claims.some((c) => c.article === article.id) ? 1 : 0);
          }
          expect(screen.getByText(/You are reading:/).parentElement?.textContent).toContain(article.publisher);
          expect(await axeViolations(container)).toEqual([]);
        },
      );
    }

    for (const article of story.articles) {
      test(
        `on ${article.id}: the table view has a row per fact in the cards' order and a column per article; no axe violations`,
        SLOW,
        async () => {
          const { container } = renderSidebar({ story, articleId: article.id });
          const order = Array.from(container.querySelectorAll<HTMLElement>('li[data-fact]')).map((c) => c.dataset.fact);
          fireEvent.click(screen.getByRole('radio', { name: 'Table' }));
          const table = screen.getByRole('table');
          expect(within(table).getAllByRole('rowheader')).toHaveLength(story.facts.length);
          expect(Array.from(table.querySelectorAll<HTMLElement>('tr[data-fact]')).map((r) => r.dataset.fact)).toEqual(
            order,
          );
          expect(within(table).getAllByRole('columnheader')).toHaveLength(story.articles.length + 1);
          fireEvent.click(within(table).getAllByRole('button', { expanded: false })[0]!);
          expect(within(table).getAllByRole('button', { expanded: true })).toHaveLength(1);
          expect(await axeViolations(container)).toEqual([]);
        },
      );
    }

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
