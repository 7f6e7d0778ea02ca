// Pointer, caret, click and keyboard handling for marked figures; every listener is bound to one AbortSignal.
// Keyboard path: a caret in a marked figure (caret browsing, or a screen reader's cursor moving the selection) shows
// the card and announces it; Tab then moves focus into the card, and Escape or Shift+Tab gives the caret back.

/** What the interaction layer asks of the highlighter. Keys identify marked figures. */
export interface InteractionHooks {
  /** False while marking is off: every handler then returns at once. */
  active(): boolean;
  /** The marked figure under a viewport point (or within `slop` pixels of it, the nearest), or null. */
  hit(x: number, y: number, slop?: number): string | null;
  /** The marked figure containing a DOM position (the caret), or null. */
  at(node: Node, offset: number): string | null;
  show(key: string): void;
  /** Moves the visible card after the page scrolled. */
  reposition(): void;
  hide(): void;
  shown(): string | null;
  /** True when the point is on the card (so leaving the figure for the card keeps it open). */
  onCard(x: number, y: number): boolean;
  open(key: string): void;
  /** Says that the card of `key` is there and how to reach it (it was shown for the caret, not the pointer). */
  announce(key: string): void;
  /** Moves focus to the visible card's button; false when it cannot. */
  focusCard(): boolean;
  /** Whether focus is inside the card (the caret then stays where it was, and the card stays open). */
  cardFocused(): boolean;
}

/** What the caller can ask of the interaction layer. */
export interface Interactions {
  /** Focus left the card by Escape or Shift+Tab: put the caret back where Tab left it (Escape also closes the card). */
  backToCaret(close: boolean): void;
}

/** Grace period before a card left by the pointer hides, so the pointer can travel to its button. */
const HIDE_DELAY_MS = 300;
/** How far from a marked figure a finger's tap still counts as on it: a line of text is ~20 px, a finger needs 44. */
export const TOUCH_SLOP = 12;

/** Listens on `win` and its document until `signal` aborts; pointer and caret work is throttled to one frame. */
export function watchInteractions(win: Window, hooks: InteractionHooks, signal: AbortSignal): Interactions {
  const doc = win.document;
  const passive = { passive: true, capture: true, signal } as const;
  let source: 'pointer' | 'caret' | null = null;
  // A card closed with Escape stays closed until the pointer or caret leaves that figure.
  let dismissed: string | null = null;
  let x = 0;
  let y = 0;
  let pointerFrame = 0;
  let caretFrame = 0;
  let scrollFrame = 0;
  let hideTimer: number | null = null;
  // Where the caret was when Tab moved focus into the card.
  let caret: { node: Node; offset: number } | null = null;
  // What pressed last: a finger has no hover, so its first tap on a figure shows the card and the next opens it.
  let pointerType = 'mouse';

  const cancelHide = (): void => {
    if (hideTimer !== null) win.clearTimeout(hideTimer);
    hideTimer = null;
  };
  const show = (key: string, from: 'pointer' | 'caret'): void => {
    cancelHide();
    source = from;
    if (hooks.shown() === key) return;
    hooks.show(key);
    if (from === 'caret') hooks.announce(key);
  };
  const hide = (): void => {
    cancelHide();
    source = null;
    hooks.hide();
  };

  const onPointerFrame = (): void => {
    pointerFrame = 0;
    // The card covers page text, maybe other marked figures: while the pointer is on it, it stays as it is.
    if (hooks.shown() !== null && hooks.onCard(x, y)) {
      cancelHide();
      return;
    }
    const key = hooks.hit(x, y);
    if (key !== null) {
      if (key !== dismissed) show(key, 'pointer');
      return;
    }
    dismissed = null;
    if (source !== 'pointer' || hooks.shown() === null) return;
    if (hideTimer === null) {
      hideTimer = win.setTimeout(() => {
        hideTimer = null;
        if (source === 'pointer') hide();
      }, HIDE_DELAY_MS);
    }
  };

  const onCaretFrame = (): void => {
    caretFrame = 0;
    // Focus in the card may move the selection in some browsers: the card stays until focus leaves it.
    if (hooks.cardFocused()) return;
    const sel = win.getSelection();
    const node = sel?.focusNode ?? null;
    const key = node === null ? null : hooks.at(node, sel!.focusOffset);
    if (key !== null) {
      if (key !== dismissed) show(key, 'caret');
      return;
    }
    if (source === 'caret') {
      dismissed = null;
      hide();
    }
  };

  doc.addEventListener(
    'pointerdown',
    (e) => {
      pointerType = (e as PointerEvent).pointerType || 'mouse';
    },
    passive,
  );

  doc.addEventListener(
    'pointermove',
    (e) => {
      // A finger moving is scrolling the page, not hovering: it must not pop up cards on the way.
      if (!hooks.active() || (e as PointerEvent).pointerType === 'touch') return;
      x = (e as MouseEvent).clientX;
      y = (e as MouseEvent).clientY;
      if (pointerFrame === 0) pointerFrame = win.requestAnimationFrame(onPointerFrame);
    },
    passive,
  );

  doc.addEventListener(
    'selectionchange',
    () => {
      if (!hooks.active()) return;
      if (caretFrame === 0) caretFrame = win.requestAnimationFrame(onCaretFrame);
    },
    passive,
  );

  doc.addEventListener(
    'click',
    (e) => {
      if (!hooks.active()) return;
      const sel = win.getSelection();
      // The click that ends a drag-selection is selecting text, not asking for the sidebar.
      if (sel !== null && !sel.isCollapsed) return;
      const { clientX, clientY } = e as MouseEvent;
      // A click on the card is the card's own business, whatever marked text lies under it.
      if (hooks.shown() !== null && hooks.onCard(clientX, clientY)) return;
      if (pointerType === 'touch' || pointerType === 'pen') {
        const key = hooks.hit(clientX, clientY, TOUCH_SLOP);
        if (key === null) hide();
        else if (hooks.shown() === key) hooks.open(key);
        else show(key, 'pointer');
        return;
      }
      const key = hooks.hit(clientX, clientY);
      if (key !== null) hooks.open(key);
    },
    passive,
  );

  doc.addEventListener(
    'keydown',
    (e) => {
      if ((e as KeyboardEvent).key !== 'Escape' || hooks.shown() === null) return;
      dismissed = hooks.shown();
      hide();
    },
    passive,
  );

  // Not passive: Tab from a figure whose card the caret opened goes into the card instead of the next link.
  doc.addEventListener(
    'keydown',
    (e) => {
      const k = e as KeyboardEvent;
      if (k.key !== 'Tab' || k.shiftKey || k.altKey || k.ctrlKey || k.metaKey || k.defaultPrevented) return;
      if (!hooks.active() || source !== 'caret' || hooks.shown() === null) return;
      const sel = win.getSelection();
      const saved = sel?.focusNode ? { node: sel.focusNode, offset: sel.focusOffset } : null;
      if (!hooks.focusCard()) return;
      k.preventDefault();
      caret = saved;
    },
    { capture: true, signal },
  );

  win.addEventListener(
    'scroll',
    () => {
      if (hooks.shown() === null || scrollFrame !== 0) return;
      scrollFrame = win.requestAnimationFrame(() => {
        scrollFrame = 0;
        hooks.reposition();
      });
    },
    passive,
  );

  signal.addEventListener(
    'abort',
    () => {
      cancelHide();
      for (const f of [pointerFrame, caretFrame, scrollFrame]) if (f !== 0) win.cancelAnimationFrame(f);
    },
    { once: true },
  );

  return {
    backToCaret(close) {
      const saved = caret;
      caret = null;
      if (close) {
        dismissed = hooks.shown();
        hide();
      }
      // Blurring the focused element inside Parallax's shadow root returns focus to the page, at the caret.
      let active = doc.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      (active as HTMLElement | null)?.blur?.();
      if (saved?.node.isConnected) win.getSelection()?.collapse(saved.node, saved.offset);
    },
  };
}
