// The sidebar as a bottom sheet on narrow windows: follows the window's width, turns swipes on the bar into open,
// collapse and close, answers the platform's back gesture, and keeps the paragraph being read above the sheet
// when it opens. It wraps the sidebar from outside (its host and shadow root); the sidebar itself is unchanged.
import type { SidebarState } from '@/lib/messages';
import { SHEET_CSS } from '@/lib/ui/sheet-css';
import { keepAboveSheet, SHEET_QUERY, type SidebarLayout, SWIPE_SLOP, swipeOutcome } from '@/lib/ui/sheet-geometry';
import { createBackGesture } from './back-gesture';
import { readingSpotAt, type ReadingSpot } from './reading-line';

/** What the sheet needs from the app that owns the sidebar's state. */
export interface BottomSheetOptions {
  win: Window;
  shadow: ShadowRoot;
  /** The element holding the article, where the line being read is looked for. */
  findRoot(): Element;
  state(): SidebarState;
  /** Moves the sidebar to a new state (through the app, which draws it). */
  setState(next: SidebarState): void;
  /** The window crossed the narrow-screen width. */
  onLayoutChange(layout: SidebarLayout): void;
}

/** The sheet's handle for the app. */
export interface BottomSheet {
  layout(): SidebarLayout;
  /**
   * Runs `apply` (which draws `next`) and keeps the reader's place: opening the sheet keeps the paragraph being
   * read (around `anchor`, a figure the reader tapped, else the line in the middle of the window) above it.
   */
  transition(prev: SidebarState, next: SidebarState, apply: () => void, anchor?: () => DOMRect | null): void;
  destroy(): void;
}

interface Drag {
  id: number;
  startY: number;
  startTime: number;
  from: 'open' | 'collapsed';
  moved: boolean;
}

/** Starts following the window's width and the reader's gestures on the sheet. */
export function createBottomSheet(options: BottomSheetOptions): BottomSheet {
  const { win, shadow } = options;
  const ctrl = new AbortController();
  const listen = { signal: ctrl.signal } as const;
  const narrow = win.matchMedia(SHEET_QUERY);
  let layout: SidebarLayout = narrow.matches ? 'sheet' : 'side';
  let drag: Drag | null = null;

  const style = win.document.createElement('style');
  style.textContent = SHEET_CSS;
  shadow.append(style);

  const mount = (): HTMLElement | null => shadow.querySelector<HTMLElement>('.px-mount');
  const back = createBackGesture(win, () => close('collapsed'));

  /** Collapses or closes from a gesture; focus that was in the sheet goes to the bar, not to the page's start. */
  function close(next: 'collapsed' | 'closed'): void {
    const hadFocus = shadow.activeElement !== null;
    options.setState(next);
    if (hadFocus && next === 'collapsed') shadow.querySelector<HTMLElement>('.px-tab')?.focus();
  }

  function readingSpot(anchor?: () => DOMRect | null): ReadingSpot | null {
    try {
      const rect = anchor?.();
      if (rect && rect.height > 0) return { line: rect, block: rect };
      // Measured before the sheet opens: below the slim bar the page is still the reader's.
      const barTop = shadow.host.getBoundingClientRect().top;
      return readingSpotAt(win, options.findRoot(), win.innerHeight / 2, Math.min(barTop, win.innerHeight));
    } catch {
      return null; // A page whose geometry cannot be read: the sheet opens where it is.
    }
  }

  function keepInView(spot: ReadingSpot | null): void {
    const host = shadow.host;
    if (!spot || !host.isConnected) return;
    const delta = keepAboveSheet(spot.block, spot.line, host.getBoundingClientRect().top);
    if (delta <= 0) return;
    const smooth = !win.matchMedia('(prefers-reduced-motion: reduce)').matches;
    win.scrollBy({ top: delta, behavior: smooth ? 'smooth' : 'instant' });
  }

  function settle(el: HTMLElement | null): void {
    if (!el) return;
    el.classList.remove('px-dragging');
    el.classList.add('px-settling');
    el.style.transform = '';
    win.setTimeout(() => el.classList.remove('px-settling'), 200);
  }

  const handleOf = (event: Event): 'open' | 'collapsed' | null => {
    for (const node of event.composedPath()) {
      const classes = (node as Partial<Element>).classList;
      // A swipe that starts on a button is still a swipe; a tap on it stays a tap (the click is not touched).
      if (classes?.contains('px-tab')) return 'collapsed';
      if (classes?.contains('px-bar')) return 'open';
    }
    return null;
  };

  /** The click that ends a swipe is not a tap on the button the swipe started on; a swipe may end with none. */
  function swallowNextClick(): void {
    const once = new AbortController();
    ctrl.signal.addEventListener('abort', () => once.abort(), { once: true });
    shadow.addEventListener(
      'click',
      (c) => {
        c.stopPropagation();
        c.preventDefault();
        once.abort();
      },
      { capture: true, signal: once.signal },
    );
    win.setTimeout(() => once.abort(), 400);
  }

  shadow.addEventListener(
    'pointerdown',
    (e) => {
      const event = e as PointerEvent;
      const from = layout === 'sheet' && event.isPrimary && event.button === 0 ? handleOf(event) : null;
      if (!from || options.state() !== from) return;
      drag = { id: event.pointerId, startY: event.clientY, startTime: event.timeStamp, from, moved: false };
    },
    listen,
  );

  shadow.addEventListener(
    'pointermove',
    (e) => {
      const event = e as PointerEvent;
      if (!drag || event.pointerId !== drag.id) return;
      const dy = event.clientY - drag.startY;
      if (!drag.moved && Math.abs(dy) < SWIPE_SLOP) return;
      if (!drag.moved) {
        drag.moved = true;
        (event.target as Element | null)?.setPointerCapture?.(event.pointerId);
      }
      const el = mount();
      el?.classList.add('px-dragging');
      // The sheet follows the finger down; up, the bar only opens on release.
      if (el) el.style.transform = `translateY(${Math.max(0, dy)}px)`;
    },
    listen,
  );

  const finish = (e: Event, cancelled: boolean): void => {
    const event = e as PointerEvent;
    if (!drag || event.pointerId !== drag.id) return;
    const { from, moved, startY, startTime } = drag;
    drag = null;
    settle(mount());
    if (!moved || cancelled) return;
    swallowNextClick();
    const outcome = swipeOutcome(
      from,
      event.clientY - startY,
      event.timeStamp - startTime,
      shadow.host.getBoundingClientRect().height,
    );
    if (outcome === 'open') options.setState('open');
    else if (outcome === 'collapse') close('collapsed');
    else if (outcome === 'close') close('closed');
  };
  shadow.addEventListener('pointerup', (e) => finish(e, false), listen);
  shadow.addEventListener('pointercancel', (e) => finish(e, true), listen);

  const onWidth = (): void => {
    const next: SidebarLayout = narrow.matches ? 'sheet' : 'side';
    if (next === layout) return;
    layout = next;
    if (layout === 'side') back.disarm();
    options.onLayoutChange(layout);
  };
  narrow.addEventListener('change', onWidth);

  return {
    layout: () => layout,
    transition(prev, next, apply, anchor) {
      const opening = layout === 'sheet' && next === 'open' && prev !== 'open';
      const spot = opening ? readingSpot(anchor) : null;
      apply();
      if (layout === 'sheet' && next === 'open') back.arm();
      else back.disarm();
      if (opening) keepInView(spot);
    },
    destroy() {
      ctrl.abort();
      narrow.removeEventListener('change', onWidth);
      back.disarm();
      style.remove();
    },
  };
}
