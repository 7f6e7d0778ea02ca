// The sidebar lists the facts a reader can see in its first frame, and the others only as the reader nears the end
// of the list (tests/components/visibility.ts says whether the end is in reach); the list's own button, a fact
// asked for and the keyboard list them all, and without an IntersectionObserver they join on their own.
import { act, fireEvent, screen } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { Sidebar } from '../../lib/ui/Sidebar';
import { FIRST_LISTED } from '../../lib/ui/use-listed-facts';
import { axeViolations } from './axe';
import { story } from './fixtures/story';
import { renderSidebar } from './render-sidebar';
import { nothingInViewEachTest, setInView, withoutObserver } from './visibility';

nothingInViewEachTest();

// The fixture's facts five times over, each copy a fact of its own: a story of several batches.
const longStory = {
  ...story,
  facts: [0, 1, 2, 3, 4].flatMap((copy) =>
    story.facts.map((f) => ({ ...f, id: `${f.id}-${copy}`, label: `${f.label} (${copy + 1})` })),
  ),
};
const listedIds = () =>
  Array.from(document.querySelectorAll<HTMLElement>('ul.px-facts > li[data-fact]')).map((li) => li.dataset.fact);
const listedCount = () => listedIds().length;
const moreButton = () => screen.queryByRole('button', { name: /^List the (other \d+ facts|last fact)$/ });
const listEnd = () => document.querySelector('.px-list-more') as HTMLElement;
/** Lets timers and the renders they cause run. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe('the first frame', () => {
  test('lists the first facts and a button for the others, nothing more while the end is out of reach', async () => {
    const container = document.body.appendChild(document.createElement('div'));
    // Preact's own render, outside the testing library's act(): effects wait for the frame, as in a browser.
    preactRender(
      <Sidebar
        story={longStory}
        articleId="cnn-r2"
        settings={DEFAULT_SETTINGS}
        onSettingsChange={() => {}}
        highlightsOn
        onToggleHighlights={() => {}}
        onShowFact={() => true}
        collapsed={false}
        onCollapsedChange={() => {}}
      />,
      container,
    );
    expect(listedCount()).toBe(FIRST_LISTED);
    expect(moreButton()?.textContent).toBe(`List the other ${longStory.facts.length - FIRST_LISTED} facts`);
    // Not busy: nothing is on its way until the reader scrolls towards it.
    expect(document.querySelector('ul.px-facts')?.hasAttribute('aria-busy')).toBe(false);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(listedCount()).toBe(FIRST_LISTED);
    expect(await axeViolations(container)).toEqual([]);
    preactRender(null, container);
    container.remove();
  });
});

describe('as the reader nears the end of the list', () => {
  test('a few more facts join each time, never the whole story in one, until all are listed', async () => {
    vi.useFakeTimers();
    renderSidebar({ story: longStory, firstListed: FIRST_LISTED });
    const seen = [listedIds()];
    setInView('all');
    // Task by task: the observer's reports and the sidebar's steps are timers here.
    for (let i = 0; i < 60 && moreButton(); i++) {
      await act(async () => {
        vi.advanceTimersToNextTimer();
      });
      seen.push(listedIds());
    }
    const counts = seen.map((ids) => ids.length);
    expect(counts[0]).toBe(FIRST_LISTED);
    expect(counts.at(-1)).toBe(longStory.facts.length);
    const steps = counts.slice(1).map((n, i) => n - counts[i]!);
    expect(Math.min(...steps)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...steps)).toBeLessThanOrEqual(8);
    // Each list along the way is the start of the whole list, in the sidebar's own order.
    for (const ids of seen) expect(seen.at(-1)!.slice(0, ids.length)).toEqual(ids);
  });

  test('the list stops growing when its end moves out of reach', async () => {
    vi.useFakeTimers();
    renderSidebar({ story: longStory, firstListed: FIRST_LISTED });
    setInView([listEnd()]);
    for (let i = 0; i < 20 && listedCount() === FIRST_LISTED; i++) {
      await act(async () => {
        vi.advanceTimersToNextTimer();
      });
    }
    const grown = listedCount();
    expect(grown).toBeGreaterThan(FIRST_LISTED);
    expect(grown).toBeLessThanOrEqual(FIRST_LISTED + 8);
    // The same element marks the end as the list grows; once it is out of reach, nothing more is listed.
    setInView('none');
    await act(async () => {
      vi.advanceTimersByTime(500);
    });
    expect(listedCount()).toBe(grown);
    expect(moreButton()?.textContent).toBe(`List the other ${longStory.facts.length - grown} facts`);
  });
});

describe('every fact at once', () => {
  test('the list’s button lists them all and moves focus to the first that was not listed', async () => {
    renderSidebar({ story: longStory, firstListed: FIRST_LISTED });
    await settle();
    const before = listedIds();
    fireEvent.click(moreButton()!);
    await settle();
    const after = listedIds();
    expect(after).toHaveLength(longStory.facts.length);
    expect(after.slice(0, FIRST_LISTED)).toEqual(before);
    expect(moreButton()).toBeNull();
    expect(document.activeElement?.id).toBe(`px-fact-${after[FIRST_LISTED]}`);
  });

  test('a fact asked for lists them all, wherever it stands', async () => {
    const last = longStory.facts.at(-1)!;
    const { rerenderWith } = renderSidebar({ story: longStory, firstListed: FIRST_LISTED });
    await settle();
    expect(listedCount()).toBe(FIRST_LISTED);
    await act(async () => {
      rerenderWith({ focusRequest: { factId: last.id, seq: 1 } });
    });
    expect(listedCount()).toBe(longStory.facts.length);
    await vi.waitFor(() => expect(document.activeElement?.id).toBe(`px-fact-${last.id}`));
  });

  test('moving by keyboard lists them all, so Tab reaches every fact', async () => {
    renderSidebar({ story: longStory, firstListed: FIRST_LISTED });
    await settle();
    fireEvent.keyDown(screen.getByRole('switch'), { key: 'Tab' });
    await settle();
    expect(listedCount()).toBe(longStory.facts.length);
  });

  test('without an IntersectionObserver they join on their own, a few per task, busy until the last', async () => {
    await withoutObserver(async () => {
      vi.useFakeTimers();
      renderSidebar({ story: longStory, firstListed: FIRST_LISTED });
      const busy = () => document.querySelector('ul.px-facts')?.getAttribute('aria-busy') === 'true';
      const counts = [listedCount()];
      const busyAtEach = [busy()];
      for (let i = 0; i < 40 && listedCount() < longStory.facts.length; i++) {
        await act(async () => {
          vi.advanceTimersToNextTimer();
        });
        counts.push(listedCount());
        busyAtEach.push(busy());
      }
      expect(counts.at(-1)).toBe(longStory.facts.length);
      expect(busyAtEach.at(-1)).toBe(false);
      expect(busyAtEach.slice(0, -1).every(Boolean)).toBe(true);
      // The first frame's four and a first batch (the effect runs inside the render here), then at most 8 per task.
      expect(counts[0]).toBe(FIRST_LISTED + 8);
      const steps = counts.slice(1).map((n, i) => n - counts[i]!);
      expect(Math.max(...steps)).toBeLessThanOrEqual(8);
      expect(steps.filter((n) => n > 0).length).toBeGreaterThan(1);
    });
  });
});
