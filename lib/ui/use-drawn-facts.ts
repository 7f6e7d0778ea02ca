// Which fact cards are drawn in full, in two parts: a card's head (its number line) is drawn when the card is about
// to be seen (an IntersectionObserver on the sidebar's scrolling box, a quarter of its height ahead), and each
// outlet's words below it when they in turn come that near, so a tall card at the bottom of the first screen costs
// only what shows of it. A card is drawn whole when something asks for its fact (a summary link, a mark in the page,
// focus entering it), and every card, a few per task, once the reader moves through the sidebar by keyboard. Until
// then a card, or the part below its head, is brief (lib/ui/FactCard.tsx): the reader never pays for what they
// never reach.
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { nextFrame, nextTask } from './closing-window';

/** The drawn cards and the ways to ask for more. */
export interface DrawnFacts {
  /** Facts whose card's head (number line) is drawn. */
  drawn: ReadonlySet<string>;
  /** Facts whose outlets' words are drawn too. */
  quotesDrawn: ReadonlySet<string>;
  /** Draws these facts' cards whole in the next render. */
  draw(ids: readonly string[]): void;
  /** Draws every card whole, a few parts per task (keyboard use: Tab must reach every card's links). */
  drawAll(): void;
}

// Drawing one part of a card takes a few milliseconds on a slow machine. Parts coming into view are drawn one per
// task, nearest first: each drawn part pushes the brief ones below it down, maybe out of reach, and the observer says
// so before the next; every part (keyboard use) is drawn a few per task.
const NEAR_PER_TASK = 1;
const ALL_PER_TASK = 3;
// How far beyond the visible part of the sidebar a part starts being drawn: a quarter of its height, above and
// below; a part takes a few milliseconds to draw, far less than it takes to scroll that far.
const LOOK_AHEAD = '25% 0px';

/**
 * The element that waits to be drawn carries its part's key: a brief card, or the brief line that stands for a drawn
 * card's outlets until they are drawn. A key is the part's letter and the fact's id, so any id makes a distinct key.
 */
export const DRAW_KEY = 'data-draw';
export const cardKey = (id: string) => `c${id}`;
export const quotesKey = (id: string) => `q${id}`;
const PENDING = `[${DRAW_KEY}]`;

/** Distance from an entry's box to its root's visible box (0 when they overlap), to draw the nearest first. */
function distance(entry: IntersectionObserverEntry): number {
  const box = entry.boundingClientRect;
  const root = entry.rootBounds;
  if (!root) return 0;
  return Math.max(0, box.top - root.bottom, root.top - box.bottom);
}

/**
 * Runs `then` in a task two frames on; false when the window cannot be asked for a frame. A window being closed throws
 * when asked for a frame or a timer (Firefox: NS_ERROR_NOT_INITIALIZED), and its page is never seen again.
 */
function afterTwoFrames(win: Window, then: () => void): boolean {
  const second = () => {
    if (nextFrame(win, () => nextTask(then)) === undefined) nextTask(then);
  };
  return nextFrame(win, second) !== undefined;
}

/** The facts of the keys that start with `letter`. */
function factsOf(keys: ReadonlySet<string>, letter: string): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const key of keys) if (key.startsWith(letter)) ids.add(key.slice(1));
  return ids;
}

/**
 * Tracks the drawn parts of the fact cards inside `section`; `ids` are every fact the sidebar may list, in list
 * order. Without an IntersectionObserver (an old browser, a test DOM) every card is drawn whole, a few parts per task.
 */
export function useDrawnFacts(section: RefObject<HTMLElement | null>, ids: readonly string[]): DrawnFacts {
  const [drawn, setDrawn] = useState(() => ({
    keys: new Set<string>() as ReadonlySet<string>,
    cards: new Set<string>() as ReadonlySet<string>,
    quotes: new Set<string>() as ReadonlySet<string>,
  }));
  // What the observer last said is near the visible box, by key, with its distance from it.
  const near = useRef(new Map<string, number>());
  // `pending`: a step is scheduled; `gone`: the list was unmounted, and a scheduled step does nothing; `hidden`: the
  // page is being left (or kept in the back-forward cache), and nothing is drawn until it is shown again.
  const state = useRef({ all: false, pending: false, gone: false, hidden: false, keys: drawn.keys, ids });
  state.current.keys = drawn.keys;
  state.current.ids = ids;
  const observer = useRef<{ io: IntersectionObserver; root: Element | null } | null>(null);
  // The waiting elements the observer watches.
  const watched = useRef(new Set<Element>());

  function add(next: readonly string[]): void {
    const missing = next.filter((key) => !state.current.keys.has(key));
    if (missing.length === 0) return;
    const keys = new Set([...state.current.keys, ...missing]);
    state.current.keys = keys;
    setDrawn({ keys, cards: factsOf(keys, 'c'), quotes: factsOf(keys, 'q') });
  }

  /** Every part in list order: each card's head, then its outlets. */
  function allKeys(): string[] {
    return state.current.ids.flatMap((id) => [cardKey(id), quotesKey(id)]);
  }

  /** Draws the next few parts: those nearest the visible box, or, after drawAll, the next in list order. */
  function step(): void {
    state.current.pending = false;
    if (state.current.gone || state.current.hidden) return;
    const pending = allKeys().filter((key) => !state.current.keys.has(key));
    const wanted = state.current.all
      ? pending
      : pending.filter((key) => near.current.has(key)).sort((a, b) => near.current.get(a)! - near.current.get(b)!);
    const count = state.current.all ? ALL_PER_TASK : NEAR_PER_TASK;
    add(wanted.slice(0, count));
    if (wanted.length > count) schedule(false);
  }

  /**
   * The next step: in the next task when what the observer said is fresh, or for every card; after a part coming
   * into view was drawn, two frames on, once the observer has said which of the others it pushed out of reach (it
   * reports after the frame that laid the part out).
   */
  function schedule(fresh: boolean): void {
    // A page being left schedules nothing (showing it again does); its window may be closing.
    if (state.current.pending || state.current.hidden) return;
    state.current.pending = true;
    const win = section.current?.ownerDocument.defaultView;
    if (fresh || state.current.all || !win || !afterTwoFrames(win, step)) nextTask(step);
  }

  // After every render: observe the parts now waiting in the list (a filter or the view may have changed them), and
  // forget those drawn since.
  useEffect(() => {
    const list = section.current;
    const win = list?.ownerDocument.defaultView as (Window & typeof globalThis) | null | undefined;
    // A page being left observes nothing new: its window may be closing, and showing it again renders afresh.
    if (!list || !win || state.current.hidden) return;
    if (typeof win.IntersectionObserver !== 'function') {
      if (!state.current.all) {
        state.current.all = true;
        schedule(true);
      }
      return;
    }
    const root = list.closest('.px-root');
    if (observer.current?.root !== root) {
      observer.current?.io.disconnect();
      near.current.clear();
      watched.current.clear();
      const io = new win.IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            const key = entry.target.getAttribute(DRAW_KEY);
            if (!key) continue;
            if (entry.isIntersecting) near.current.set(key, distance(entry));
            else near.current.delete(key);
          }
          if (near.current.size > 0) schedule(true);
        },
        { root, rootMargin: LOOK_AHEAD },
      );
      observer.current = { io, root };
    }
    const { io } = observer.current;
    // Stop watching what was drawn (a card's element stays, without its key; a part's placeholder leaves the list).
    for (const el of watched.current) {
      if (el.isConnected && el.hasAttribute(DRAW_KEY)) continue;
      io.unobserve(el);
      watched.current.delete(el);
    }
    for (const key of near.current.keys()) if (state.current.keys.has(key)) near.current.delete(key);
    for (const waiting of list.querySelectorAll<HTMLElement>(PENDING)) {
      if (watched.current.has(waiting)) continue;
      io.observe(waiting);
      watched.current.add(waiting);
    }
  });

  // A page being left draws nothing more: a frame asked of a window being closed throws (in Firefox), and a card
  // drawn then is never seen. A page shown again from the back-forward cache goes on where it stopped.
  useEffect(() => {
    const win = section.current?.ownerDocument.defaultView;
    const hide = () => {
      state.current.hidden = true;
    };
    const show = () => {
      state.current.hidden = false;
      schedule(true);
    };
    win?.addEventListener('pagehide', hide);
    win?.addEventListener('pageshow', show);
    return () => {
      win?.removeEventListener('pagehide', hide);
      win?.removeEventListener('pageshow', show);
      observer.current?.io.disconnect();
      state.current.gone = true;
    };
  }, []);

  return {
    drawn: drawn.cards,
    quotesDrawn: drawn.quotes,
    draw(next) {
      add(next.flatMap((id) => [cardKey(id), quotesKey(id)]));
    },
    drawAll() {
      if (state.current.all) return;
      state.current.all = true;
      schedule(true);
    },
  };
}
