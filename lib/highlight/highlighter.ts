// Marks an article's disputed figures with the CSS Custom Highlight API, without ever changing the page's DOM.
import { anchorFigure } from '../anchor/anchor-quote';
import { buildTextMap } from '../anchor/text-map';
import type { PageFigure } from '../event/page-figures';
import type { RuntimeFact } from '../story/runtime-types';
import { createCardMount } from './card-mount';
import { watchInteractions, type Interactions } from './interactions';
import { HIGHLIGHT_NAMES, highlightApi, type HighlightLike } from './registry';
import { automaticTargets, cardContent, targetsFor, type ArticleRef, type Target, type Tone } from './targets';

/** What the highlighter needs from its caller (the content script). */
export interface HighlighterOptions {
  /** The page's window: CSS.highlights, Highlight, getSelection and timers come from here. */
  win: Window;
  /** The article's root element: only text inside it is marked (never nav, teasers, comments). */
  root: Element;
  facts: RuntimeFact[];
  articleId: string | null;
  /** Also mark agreed (consistent) figures, more quietly. */
  quietAgreed?: boolean;
  /** Clicking a marked figure, or the card's button, opens the sidebar at that fact. */
  onOpenFact(factId: string): void;
  /** Parallax's shadow root, for the hover card. */
  cardHost: ShadowRoot;
  /** The story's articles, so the card can name outlets (article ids are shown otherwise). */
  articles?: ArticleRef[];
  /**
   * On a page matched by its story rather than as a reviewed article: the page's own figures (automatic). Those the
   * engine is sure differ from reviewed outlets are marked, in their own style, instead of the article's disputes.
   */
  pageFigures?: readonly PageFigure[];
  /**
   * The story is the reader's own comparison, which no one reviewed: the cards compare with the other reports.
   * With `pageFigures` and an `articleId`, the page is one of its reports, whose own figures the cards leave out.
   */
  automaticStory?: boolean;
  /** Whether marking starts switched on; default true. */
  enabled?: boolean;
  /** How often to check that page scripts have not removed the marks; default 1000 ms. */
  checkIntervalMs?: number;
}

/** Handle returned by createHighlighter. */
export interface Highlighter {
  /** Anchors (again) and paints; returns how many figures were marked and the ids of claims not found. */
  paint(): { painted: number; missing: string[] };
  /** Removes every mark at once. */
  clear(): void;
  setEnabled(on: boolean): void;
  /** A copy of the range of this article's figure for a fact (any status), for "scroll to this figure". */
  rangeFor(factId: string): Range | null;
  /** Removes marks, the card and every listener and timer it added. */
  destroy(): void;
}

interface Anchored {
  target: Target;
  range: Range;
}

const TONES: Tone[] = ['disputed', 'agreed', 'automatic'];

/** Paints this article's disputed figures with the CSS Custom Highlight API; never changes the page's DOM. */
export function createHighlighter(opts: HighlighterOptions): Highlighter {
  const { win, root } = opts;
  const api = highlightApi(win);
  const targets = opts.pageFigures
    ? automaticTargets(opts.pageFigures).map((t) => ({ ...t, article: opts.articleId }))
    : targetsFor(opts.facts, opts.articleId, opts.quietAgreed ?? false);
  const facts = new Map(opts.facts.map((f) => [f.id, f]));
  const own: Record<Tone, HighlightLike> | null =
    api === null ? null : { disputed: api.create(), agreed: api.create(), automatic: api.create() };
  // Where a disputed and an agreed figure overlap, the disputed mark wins.
  if (own !== null) own.disputed.priority = 1;

  let enabled = opts.enabled ?? true;
  let painted = false;
  let destroyed = false;
  const anchored = new Map<string, Anchored>();
  const ctrl = new AbortController();
  let timer: number | null = null;
  let interactions: Interactions | null = null;
  const card = createCardMount(
    win,
    opts.cardHost,
    (factId) => {
      card.hide();
      opts.onOpenFact(factId);
    },
    (how) => {
      if (how === 'away') card.hide();
      else interactions?.backToCaret(how === 'escape');
    },
  );

  const register = (): void => {
    if (api === null || own === null) return;
    for (const tone of TONES) {
      const name = HIGHLIGHT_NAMES[tone];
      if (own[tone].size > 0 && api.registry.get(name) !== own[tone]) api.registry.set(name, own[tone]);
    }
  };
  const unregister = (): void => {
    if (api === null || own === null) return;
    for (const tone of TONES) {
      if (api.registry.get(HIGHLIGHT_NAMES[tone]) === own[tone]) api.registry.delete(HIGHLIGHT_NAMES[tone]);
      own[tone].clear();
    }
  };
  const stopWatch = (): void => {
    if (timer !== null) win.clearInterval(timer);
    timer = null;
  };

  // Page scripts can delete registry entries, and re-rendering the article collapses our live ranges.
  const check = (): void => {
    if (!painted || !enabled || destroyed) return;
    register();
    for (const { range } of anchored.values()) {
      if (range.collapsed || !root.contains(range.startContainer)) {
        paint();
        return;
      }
    }
  };

  function paint(): { painted: number; missing: string[] } {
    if (destroyed) return { painted: 0, missing: [] };
    const map = buildTextMap(root);
    anchored.clear();
    const missing: string[] = [];
    for (const target of targets) {
      const range = anchorFigure(root, target.claim, map);
      if (range === null) missing.push(target.claimId);
      else anchored.set(target.claimId, { target, range });
    }
    if (api === null || own === null || !enabled) return { painted: 0, missing };
    card.hide();
    for (const tone of TONES) own[tone].clear();
    for (const { target, range } of anchored.values()) own[target.tone].add(range);
    register();
    painted = true;
    if (timer === null) timer = win.setInterval(check, opts.checkIntervalMs ?? 1000);
    return { painted: anchored.size, missing };
  }

  function clear(): void {
    unregister();
    painted = false;
    stopWatch();
    card.hide();
  }

  const firstRect = (range: Range): DOMRectReadOnly => range.getClientRects()[0] ?? range.getBoundingClientRect();
  // Distance from a point to a range's nearest box (0 inside it).
  const distance = (range: Range, x: number, y: number): number => {
    let best = Infinity;
    for (const r of range.getClientRects()) {
      const dx = Math.max(r.left - x, 0, x - r.right);
      const dy = Math.max(r.top - y, 0, y - r.bottom);
      best = Math.min(best, Math.hypot(dx, dy));
    }
    return best;
  };

  if (api !== null) {
    interactions = watchInteractions(
      win,
      {
        active: () => painted && enabled && !destroyed,
        hit(x, y, slop = 0) {
          let found: string | null = null;
          let nearest = slop;
          for (const [key, a] of anchored) {
            const d = distance(a.range, x, y);
            if (d === 0) return key;
            if (d <= nearest) [found, nearest] = [key, d];
          }
          return found;
        },
        at(node, offset) {
          for (const [key, a] of anchored) {
            try {
              if (a.range.isPointInRange(node, offset)) return key;
            } catch {
              // A node from another document (an iframe) is never inside our ranges.
            }
          }
          return null;
        },
        show(key) {
          const a = anchored.get(key);
          const fact = a && facts.get(a.target.factId);
          if (a === undefined || fact === undefined) return;
          const content = cardContent(fact, a.target, opts.articles ?? []);
          card.show(key, opts.automaticStory ? { ...content, compared: true } : content, firstRect(a.range));
        },
        reposition() {
          const key = card.shown();
          const a = key === null ? undefined : anchored.get(key);
          if (a !== undefined) card.place(firstRect(a.range));
        },
        hide: () => card.hide(),
        shown: () => card.shown(),
        onCard: (x, y) => card.contains(x, y),
        open(key) {
          const a = anchored.get(key);
          if (a !== undefined) opts.onOpenFact(a.target.factId);
        },
        announce(key) {
          const a = anchored.get(key);
          const fact = a && facts.get(a.target.factId);
          if (a === undefined || fact === undefined) return;
          const how =
            a.target.tone === 'disputed'
              ? 'other outlets give different figures'
              : a.target.tone === 'automatic'
                ? `${opts.automaticStory ? 'other reports you added' : 'reviewed outlets'} give other figures (automatic comparison, not reviewed)`
                : 'other outlets agree';
          card.announce(`Parallax: ${fact.label}, ${how}. Tab to reach the card, Escape to close it.`);
        },
        focusCard: () => card.focus(),
        cardFocused: () => card.hasFocus(),
      },
      ctrl.signal,
    );
    win.document.addEventListener('visibilitychange', check, { passive: true, signal: ctrl.signal });
  }

  return {
    paint,
    clear,
    setEnabled(on) {
      if (destroyed || on === enabled) return;
      enabled = on;
      if (on) paint();
      else clear();
    },
    rangeFor(factId) {
      for (const a of anchored.values()) if (a.target.factId === factId) return a.range.cloneRange();
      const fact = facts.get(factId);
      if (fact === undefined || destroyed) return null;
      // Built afresh: the page may have changed since the last paint.
      const map = buildTextMap(root);
      // On a page matched by its story, the page's own figures for the fact (marked or not); else the article's claims
      // (a report of the reader's comparison has both).
      const claims = [
        ...(opts.pageFigures ?? []).filter((f) => f.fact === factId),
        ...fact.claims.filter((c) => c.article === opts.articleId),
      ];
      for (const claim of claims) {
        const range = anchorFigure(root, claim, map);
        if (range !== null) return range;
      }
      return null;
    },
    destroy() {
      if (destroyed) return;
      clear();
      destroyed = true;
      ctrl.abort();
      card.destroy();
      anchored.clear();
    },
  };
}
