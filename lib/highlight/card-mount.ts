// Mounts the figure card into the shadow root it is given and places it next to a figure on screen; keyboard users
// reach its button from the figure (focus()), hear it announced (announce()), and leave it with Escape or Shift+Tab.
import { h, render } from 'preact';
import { FIGURE_CARD_CSS, FigureCard } from './FigureCard';
import type { CardContent } from './targets';

/** Shows, moves and hides the one figure card. */
export interface CardMount {
  /** Shows the card for `key` beside `rect` (viewport coordinates). */
  show(key: string, content: CardContent, rect: DOMRectReadOnly): void;
  /** Moves the visible card to a new figure rectangle (after a scroll). */
  place(rect: DOMRectReadOnly): void;
  hide(): void;
  /** Key of the visible card, or null. */
  shown(): string | null;
  /** True when the point (viewport coordinates) is on the card. */
  contains(x: number, y: number): boolean;
  /** Moves keyboard focus to the visible card's button; false when no card is shown. */
  focus(): boolean;
  /** Whether keyboard focus is inside the card. */
  hasFocus(): boolean;
  /** Says `text` through a polite live region (for a card shown by the caret, which a screen reader does not see). */
  announce(text: string): void;
  /** Unmounts the card and removes its nodes from the shadow root. */
  destroy(): void;
}

const GAP = 6;
const MARGIN = 8;
const CARD_WIDTH = 320;
/** Room assumed below a figure before the card flips above it (the card's height is not measured). */
const ROOM_BELOW = 220;

/** How the keyboard leaves the card: Escape, Shift+Tab back to the figure, or focus moving anywhere else. */
export type CardExit = 'escape' | 'back' | 'away';

/**
 * Creates the card's mount point lazily in `host`; the card's button calls `onOpen` with the fact id, and `onExit`
 * hears how keyboard focus left the card.
 */
export function createCardMount(
  win: Window,
  host: ShadowRoot,
  onOpen: (factId: string) => void,
  onExit: (how: CardExit) => void = () => {},
): CardMount {
  let wrap: HTMLDivElement | null = null;
  let live: HTMLDivElement | null = null;
  let key: string | null = null;
  const ctrl = new AbortController();

  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onExit('escape');
    } else if (e.key === 'Tab' && e.shiftKey) {
      e.preventDefault();
      onExit('back');
    }
  };

  const ensure = (): HTMLDivElement => {
    if (wrap !== null) return wrap;
    const doc = host.ownerDocument;
    const style = doc.createElement('style');
    style.textContent = FIGURE_CARD_CSS;
    wrap = doc.createElement('div');
    wrap.className = 'plx-card-pos';
    wrap.hidden = true;
    wrap.append(style, doc.createElement('div'));
    wrap.addEventListener('keydown', onKey, { signal: ctrl.signal });
    wrap.addEventListener(
      'focusout',
      (e) => {
        const next = (e as FocusEvent).relatedTarget as Node | null;
        if (wrap !== null && (next === null || !wrap.contains(next))) onExit('away');
      },
      { signal: ctrl.signal },
    );
    live = doc.createElement('div');
    live.className = 'plx-live';
    live.setAttribute('role', 'status');
    host.append(wrap, live);
    return wrap;
  };

  const place = (rect: DOMRectReadOnly): void => {
    if (wrap === null) return;
    const width = Math.min(CARD_WIDTH, win.innerWidth - 2 * MARGIN);
    const left = Math.max(MARGIN, Math.min(rect.left, win.innerWidth - width - MARGIN));
    wrap.style.left = `${left}px`;
    if (rect.bottom + GAP + ROOM_BELOW <= win.innerHeight) {
      wrap.style.top = `${rect.bottom + GAP}px`;
      wrap.style.bottom = '';
    } else {
      wrap.style.top = '';
      wrap.style.bottom = `${win.innerHeight - rect.top + GAP}px`;
    }
  };

  return {
    show(k, content, rect) {
      const el = ensure();
      key = k;
      render(h(FigureCard, { content, onOpen }), el.lastChild as Element);
      place(rect);
      el.hidden = false;
    },
    place,
    hide() {
      if (wrap === null || key === null) return;
      key = null;
      wrap.hidden = true;
    },
    shown: () => key,
    contains(x, y) {
      if (wrap === null || key === null) return false;
      const r = wrap.getBoundingClientRect();
      return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    },
    focus() {
      const button = key === null ? null : wrap?.querySelector('button');
      button?.focus();
      return button !== null && button !== undefined && host.activeElement === button;
    },
    hasFocus: () => wrap !== null && host.activeElement !== null && wrap.contains(host.activeElement),
    announce(text) {
      ensure();
      // Cleared first, so the same words said twice are announced twice.
      live!.textContent = '';
      win.setTimeout(() => {
        if (live !== null) live.textContent = text;
      }, 50);
    },
    destroy() {
      ctrl.abort();
      live?.remove();
      live = null;
      if (wrap === null) return;
      render(null, wrap.lastChild as Element);
      wrap.remove();
      wrap = null;
      key = null;
    },
  };
}
