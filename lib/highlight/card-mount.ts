// Mounts the figure card into the shadow root it is given and places it next to a figure on screen.
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
  /** Unmounts the card and removes its nodes from the shadow root. */
  destroy(): void;
}

const GAP = 6;
const MARGIN = 8;
const CARD_WIDTH = 320;
/** Room assumed below a figure before the card flips above it (the card's height is not measured). */
const ROOM_BELOW = 220;

/** Creates the card's mount point lazily in `host`; the card's button calls `onOpen` with the fact id. */
export function createCardMount(win: Window, host: ShadowRoot, onOpen: (factId: string) => void): CardMount {
  let wrap: HTMLDivElement | null = null;
  let key: string | null = null;

  const ensure = (): HTMLDivElement => {
    if (wrap !== null) return wrap;
    const doc = host.ownerDocument;
    const style = doc.createElement('style');
    style.textContent = FIGURE_CARD_CSS;
    wrap = doc.createElement('div');
    wrap.className = 'plx-card-pos';
    wrap.hidden = true;
    wrap.append(style, doc.createElement('div'));
    host.append(wrap);
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
    destroy() {
      if (wrap === null) return;
      render(null, wrap.lastChild as Element);
      wrap.remove();
      wrap = null;
      key = null;
    },
  };
}
