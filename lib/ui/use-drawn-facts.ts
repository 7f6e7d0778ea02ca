// Which fact cards are drawn in full: a card is drawn when it is about to be seen (an IntersectionObserver on the
// sidebar's scrolling box, a quarter of its height ahead), when something asks for its fact (a summary link, a
// mark in the page, focus entering it), and every card, a few per task, once the reader moves through the sidebar
// by keyboard. Until then a card is its brief form (lib/ui/FactCard.tsx): the reader never pays for cards they
// never reach.
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** The drawn cards and the ways to ask for more. */
export interface DrawnFacts {
  drawn: ReadonlySet<string>;
  /** Draws these facts' cards in the next render. */
  draw(ids: readonly string[]): void;
  /** Draws every card, a few per task (keyboard use: Tab must reach every card's links). */
  drawAll(): void;
}

// Drawing one card in full takes a few milliseconds on a slow machine. Cards coming into view are drawn one per task,
// nearest first: each drawn card pushes the brief ones below it down, maybe out of reach, and the observer says so
// before the next; every card (keyboard use) is drawn a few per task.
const NEAR_PER_TASK = 1;
const ALL_PER_TASK = 3;
// How far beyond the visible part of the sidebar a card starts being drawn: a quarter of its height, above and
// below; a card takes a few milliseconds to draw, far less than it takes to scroll that far.
const LOOK_AHEAD = '25% 0px';

const PENDING = 'li[data-fact]:not([data-drawn])';

/** Distance from an entry's box to its root's visible box (0 when they overlap), to draw the nearest first. */
function distance(entry: IntersectionObserverEntry): number {
  const box = entry.boundingClientRect;
  const root = entry.rootBounds;
  if (!root) return 0;
  return Math.max(0, box.top - root.bottom, root.top - box.bottom);
}

/**
 * Tracks the drawn cards of the fact list inside `section`; `ids` are every fact the sidebar may list. Without an
 * IntersectionObserver (an old browser, a test DOM) every card is drawn, a few per task.
 */
export function useDrawnFacts(section: RefObject<HTMLElement | null>, ids: readonly string[]): DrawnFacts {
  const [drawn, setDrawn] = useState<ReadonlySet<string>>(() => new Set());
  // What the observer last said is near the visible box, by id, with its distance from it.
  const near = useRef(new Map<string, number>());
  // `pending`: a step is scheduled; `gone`: the list was unmounted, and a scheduled step does nothing.
  const state = useRef({ all: false, pending: false, gone: false, drawn, ids });
  state.current.drawn = drawn;
  state.current.ids = ids;
  const observer = useRef<{ io: IntersectionObserver; root: Element | null } | null>(null);

  function add(next: readonly string[]): void {
    const missing = next.filter((id) => !state.current.drawn.has(id));
    if (missing.length === 0) return;
    const union = new Set([...state.current.drawn, ...missing]);
    state.current.drawn = union;
    setDrawn(union);
  }

  /** Draws the next few cards: those nearest the visible box, or, after drawAll, the next in list order. */
  function step(): void {
    state.current.pending = false;
    if (state.current.gone) return;
    const pending = state.current.ids.filter((id) => !state.current.drawn.has(id));
    const wanted = state.current.all
      ? pending
      : pending.filter((id) => near.current.has(id)).sort((a, b) => near.current.get(a)! - near.current.get(b)!);
    const count = state.current.all ? ALL_PER_TASK : NEAR_PER_TASK;
    add(wanted.slice(0, count));
    if (wanted.length > count) schedule(false);
  }

  /**
   * The next step: in the next task when what the observer said is fresh, or for every card; after a card coming
   * into view was drawn, two frames on, once the observer has said which of the others it pushed out of reach (it
   * reports after the frame that laid the card out).
   */
  function schedule(fresh: boolean): void {
    if (state.current.pending) return;
    state.current.pending = true;
    const win = section.current?.ownerDocument.defaultView;
    if (fresh || state.current.all || !win) setTimeout(step, 0);
    else win.requestAnimationFrame(() => win.requestAnimationFrame(() => setTimeout(step, 0)));
  }

  // After every render: observe the brief cards now in the list (a filter or the view may have changed them).
  useEffect(() => {
    const list = section.current;
    const win = list?.ownerDocument.defaultView as (Window & typeof globalThis) | null | undefined;
    if (!list || !win) return;
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
      const io = new win.IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            const id = (entry.target as HTMLElement).dataset.fact;
            if (!id) continue;
            if (entry.isIntersecting) near.current.set(id, distance(entry));
            else near.current.delete(id);
          }
          if (near.current.size > 0) schedule(true);
        },
        { root, rootMargin: LOOK_AHEAD },
      );
      observer.current = { io, root };
    }
    const { io } = observer.current;
    for (const card of list.querySelectorAll<HTMLElement>(PENDING)) io.observe(card);
    for (const card of list.querySelectorAll<HTMLElement>('li[data-fact][data-drawn]')) {
      io.unobserve(card);
      near.current.delete(card.dataset.fact ?? '');
    }
  });

  useEffect(
    () => () => {
      observer.current?.io.disconnect();
      state.current.gone = true;
    },
    [],
  );

  return {
    drawn,
    draw: add,
    drawAll() {
      if (state.current.all) return;
      state.current.all = true;
      schedule(true);
    },
  };
}
