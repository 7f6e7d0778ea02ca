// How many facts the sidebar lists: the first few in the first frame, then a few more each time the end of the list
// comes near the sidebar's visible part (an IntersectionObserver on a marker after the list), so a story's facts
// below the fold cost the page nothing until the reader scrolls towards them. Asking for a fact, moving by keyboard
// or pressing the list's "List the other facts" button lists them all.
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { nextTask } from './closing-window';

/** The listed count and the way to list every fact. */
export interface ListedFacts {
  /** How many of the shown facts to list (Infinity once all are asked for). */
  count: number;
  /** True while the facts join the list on their own, a few per task (no IntersectionObserver): it is busy. */
  filling: boolean;
  listAll(): void;
}

// The first frame lists what a reader can see in it, below the story, the summary and the controls.
export const FIRST_LISTED = 4;
// Brief facts join a few per task: a whole story's brief cards in one task held a page's main thread for up to 50 ms.
const LISTED_PER_TASK = 8;
// How far below the sidebar's visible part the end of the list starts the next facts: half its height, far more
// than a reader scrolls in the task or two it takes to list them.
const LOOK_AHEAD = '0px 0px 50% 0px';

/**
 * Tracks the listed count of a list whose end is marked by `end` (rendered only while facts are left to list).
 * `total` is every fact the list may show, `first` how many the first frame lists. Without an IntersectionObserver
 * (an old browser, a test DOM) the facts join the list on their own, a few per task from the first frame on.
 */
export function useListedFacts(
  end: RefObject<HTMLElement | null>,
  total: number,
  first: number = FIRST_LISTED,
): ListedFacts {
  const [count, setCount] = useState(first);
  // Set when the window has no IntersectionObserver: the facts then join on their own, the list busy until the last.
  const unobserved = useRef(false);
  // `observed`: the end marker and the count the observer was last asked about; `gone`: unmounted.
  const state = useRef({ count, total, gone: false, observed: null as { el: Element; count: number } | null });
  state.current.count = count;
  state.current.total = total;
  const observer = useRef<IntersectionObserver | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /**
   * Lists the next few facts; all of them once the last few are in, so the list takes whatever the story holds.
   * Whether facts are left after these.
   */
  function listMore(): boolean {
    if (state.current.gone) return false;
    const next = state.current.count + LISTED_PER_TASK;
    const last = next >= state.current.total;
    setCount((was) => (last ? Number.POSITIVE_INFINITY : Math.max(was, next)));
    return !last;
  }

  // After every render: while facts are left, ask whether the end of the list is near (a fresh report for each new
  // count: the observer reports only changes, and a list that grew may still end within reach).
  useEffect(() => {
    const marker = end.current;
    const win = marker?.ownerDocument.defaultView as (Window & typeof globalThis) | null | undefined;
    if (!marker || !win || count >= total) return;
    if (typeof win.IntersectionObserver !== 'function') {
      if (unobserved.current) return;
      unobserved.current = true;
      // From the first frame on, the next few in each task until all are listed (each task's render, in a microtask,
      // brings the count the next one adds to).
      const step = () => {
        if (listMore()) timer.current = nextTask(step);
      };
      step();
      return;
    }
    const root = marker.closest('.px-root');
    if (!observer.current || (observer.current.root as Element | null) !== root) {
      observer.current?.disconnect();
      observer.current = new win.IntersectionObserver(
        (entries) => {
          if (entries.at(-1)?.isIntersecting) {
            clearTimeout(timer.current);
            timer.current = nextTask(listMore);
          }
        },
        { root, rootMargin: LOOK_AHEAD },
      );
      state.current.observed = null;
    }
    const seen = state.current.observed;
    if (seen?.el === marker && seen.count === count) return;
    if (seen) observer.current.unobserve(seen.el);
    observer.current.observe(marker);
    state.current.observed = { el: marker, count };
  });

  useEffect(
    () => () => {
      state.current.gone = true;
      observer.current?.disconnect();
      clearTimeout(timer.current);
    },
    [],
  );

  return {
    count,
    filling: unobserved.current && count < total,
    listAll() {
      clearTimeout(timer.current);
      setCount(Number.POSITIVE_INFINITY);
    },
  };
}
