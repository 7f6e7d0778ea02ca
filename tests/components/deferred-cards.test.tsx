// The sidebar draws a fact card in full only when it is about to be seen or asked for; until then the card is
// brief, and brief is honest: a listed fact shows its heading, status and figures, for every reader and for
// assistive technology alike, and everything that reaches a fact (links, marks, focus, keyboard, the table) draws it.
// Here every fact is listed from the first frame (how the list grows is tests/components/listed-facts.test.tsx).
import { act, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { STATUS_TEXT } from '../../lib/ui/StatusBadge';
import { axeViolations } from './axe';
import { story } from './fixtures/story';
import { allCardsDrawn, briefCards, renderSidebar } from './render-sidebar';
import { nothingInViewEachTest, setInView, withoutObserver } from './visibility';

nothingInViewEachTest();

const cardOf = (factId: string) => document.querySelector(`li[data-fact="${factId}"]`) as HTMLElement;
const drawn = (factId: string) => cardOf(factId).hasAttribute('data-drawn');
const drawnCount = () => document.querySelectorAll('li[data-fact][data-drawn]').length;
/** Lets timers and the renders they cause run. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe('before any card is seen', () => {
  test('every fact is listed brief: its heading, its status in words and each outlet’s figures', async () => {
    renderSidebar();
    await settle();
    expect(briefCards()).toBe(story.facts.length);
    const troops = cardOf('french-troops');
    expect(within(troops).getByRole('heading', { level: 4 }).textContent).toBe('French troops in Mali');
    expect(troops.textContent).toContain(`${STATUS_TEXT.disputed.name}:`);
    expect(troops.querySelector('.px-brief')?.textContent).toBe(
      'CNN, revision 2 (this article): 4,000, 2,150; CNN, revision 1: 4,000; AFP: Nearly 4,000; ' +
        'GlobalPost: 4,000; FRANCE 24: nearly 4,000',
    );
    // Nothing drawn yet: no number line, no quotes; the button that finds the figure in the page is there already.
    expect(document.querySelector('figure.px-line, q')).toBeNull();
    expect(within(troops).getByRole('button', { name: /Show in page/ })).toBeTruthy();
  });

  test('brief cards are not hidden from assistive technology, and axe finds nothing', async () => {
    const { container } = renderSidebar();
    await settle();
    for (const fact of story.facts) {
      const card = cardOf(fact.id);
      expect(card.closest('[aria-hidden="true"], [hidden]')).toBeNull();
      expect(screen.getByRole('heading', { level: 4, name: fact.label })).toBeTruthy();
    }
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('drawing as the reader scrolls', () => {
  test('cards coming into view are drawn, the others stay brief; a drawn card stays drawn', async () => {
    renderSidebar();
    await settle();
    setInView([cardOf('militants-killed'), cardOf('african-soldiers')]);
    await vi.waitFor(() => expect(drawn('militants-killed') && drawn('african-soldiers')).toBe(true));
    expect(drawnCount()).toBe(2);
    expect(cardOf('militants-killed').querySelector('figure.px-line figcaption')?.textContent).toMatch(
      /^Number line of Islamist fighters killed/,
    );
    setInView('none');
    await settle();
    expect(drawnCount()).toBe(2);
  });

  test('a page being left draws nothing more; shown again from the back-forward cache, it goes on', async () => {
    renderSidebar();
    await settle();
    window.dispatchEvent(new Event('pagehide'));
    setInView([cardOf('militants-killed')]);
    await settle();
    await settle();
    expect(drawnCount()).toBe(0);
    window.dispatchEvent(new Event('pageshow'));
    await vi.waitFor(() => expect(drawn('militants-killed')).toBe(true));
  });

  test('a drawn card’s quotes wait below its number line until they too come into view', async () => {
    renderSidebar();
    await settle();
    const card = cardOf('militants-killed');
    setInView([card]);
    await vi.waitFor(() => expect(drawn('militants-killed')).toBe(true));
    await settle();
    // The number line is drawn; the outlets' words are not, and the figures' line of text stands in for them.
    expect(card.querySelector('figure.px-line')).not.toBeNull();
    expect(card.querySelectorAll('q')).toHaveLength(0);
    const standIn = card.querySelector<HTMLElement>('p.px-brief');
    expect(standIn?.textContent).toMatch(/\d/);
    setInView([standIn!]);
    await vi.waitFor(() => expect(card.querySelectorAll('q').length).toBeGreaterThan(0));
    expect(card.querySelector('p.px-brief')).toBeNull();
    expect(card.querySelector('.px-rows')?.getAttribute('aria-label')).toMatch(/^What each outlet reported: /);
  });

  test('every card once the reader tabs: a few per task, never the whole story in one', async () => {
    vi.useFakeTimers();
    renderSidebar();
    fireEvent.keyDown(screen.getByRole('switch'), { key: 'Tab' });
    const counts: number[] = [];
    for (let i = 0; i < 8 && briefCards() > 0; i++) {
      await act(async () => {
        vi.advanceTimersToNextTimer();
        await Promise.resolve();
      });
      counts.push(drawnCount());
    }
    expect(briefCards()).toBe(0);
    const steps = counts.map((n, i) => n - (counts[i - 1] ?? 0));
    expect(Math.max(...steps)).toBeLessThanOrEqual(3);
    expect(steps.filter((n) => n > 0).length).toBeGreaterThan(1);
  });

  test('without an IntersectionObserver every card is drawn, a few per task', async () => {
    await withoutObserver(async () => {
      renderSidebar();
      await allCardsDrawn();
    });
  });
});

describe('whatever reaches a fact draws its card', () => {
  test('the summary’s link draws the fact’s card and focuses its heading', async () => {
    renderSidebar({ articleId: 'afp' });
    await settle();
    expect(drawn('french-troops')).toBe(false);
    fireEvent.click(screen.getByRole('link', { name: 'French troops in Mali' }));
    await vi.waitFor(() => expect(drawn('french-troops')).toBe(true));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 4, name: 'French troops in Mali' }));
    expect(cardOf('french-troops').querySelectorAll('q').length).toBeGreaterThan(0);
  });

  test('a mark in the page asking for the last fact draws that card only', async () => {
    const { rerenderWith } = renderSidebar();
    await settle();
    const cards = document.querySelectorAll<HTMLElement>('li[data-fact]');
    expect(cards[cards.length - 1]?.dataset.fact).toBe('chadian-troops');
    rerenderWith({ focusRequest: { factId: 'chadian-troops', seq: 1 } });
    await vi.waitFor(() => expect(drawn('chadian-troops')).toBe(true));
    expect(drawnCount()).toBe(1);
    expect(document.activeElement?.textContent).toBe('Chadian troops in Kidal');
  });

  test('focus entering a brief card draws it', async () => {
    renderSidebar();
    await settle();
    const button = within(cardOf('african-soldiers')).getByRole('button', { name: /Show in page/ });
    act(() => button.focus());
    await vi.waitFor(() => expect(drawn('african-soldiers')).toBe(true));
  });

  test('Tab in the sidebar draws every card, so the keyboard reaches every link', async () => {
    renderSidebar();
    await settle();
    fireEvent.keyDown(screen.getByRole('switch'), { key: 'Tab' });
    await allCardsDrawn();
    const links = within(cardOf('chadian-troops')).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(['Read on astroawani.com (AFP, opens in a new tab)']);
  });

  test('the table lists every fact, drawn or not; the filter keeps what was drawn', async () => {
    renderSidebar();
    await settle();
    fireEvent.click(screen.getByRole('radio', { name: 'Table' }));
    expect(within(screen.getByRole('table')).getAllByRole('rowheader')).toHaveLength(story.facts.length);
    fireEvent.click(screen.getByRole('radio', { name: 'Cards' }));
    fireEvent.click(screen.getByRole('link', { name: 'French troops in Mali' }));
    await vi.waitFor(() => expect(drawn('french-troops')).toBe(true));
    fireEvent.click(screen.getByRole('radio', { name: /Disputed only/ }));
    fireEvent.click(screen.getByRole('radio', { name: /All facts/ }));
    await settle();
    expect(drawn('french-troops')).toBe(true);
    expect(briefCards()).toBe(story.facts.length - 1);
  });
});
