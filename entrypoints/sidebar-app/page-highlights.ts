// Keeps the highlights on the live article: re-anchors when text arrives late or the page re-renders its article,
// finds a new article root when the old one is replaced, and scrolls to a figure for the sidebar.
import type { PageFigure } from '@/lib/event/page-figures';
import type { RuntimeArticle, RuntimeFact } from '@/lib/story/runtime-types';
import { createHighlighter } from '@/lib/highlight/highlighter';

// Pages that stream or re-render text change in bursts: one re-anchor after the burst settles is enough.
const SETTLE_MS = 250;

interface PageHighlightOptions {
  win: Window;
  findRoot(): Element;
  facts: RuntimeFact[];
  articles: RuntimeArticle[];
  articleId: string | null;
  /** On a page matched by its story: its own figures, marked where they differ (automatic). */
  pageFigures?: readonly PageFigure[];
  /** The story is the reader's own comparison (automatic): the cards say so. */
  automaticStory?: boolean;
  cardHost: ShadowRoot;
  onOpenFact(factId: string): void;
}

/** The highlighter bound to whatever element currently holds the article. */
export function createPageHighlights(options: PageHighlightOptions) {
  let root = options.findRoot();
  let enabled = false;
  let highlighter = create(root);
  let timer: ReturnType<typeof setTimeout> | undefined;

  function create(at: Element) {
    return createHighlighter({
      win: options.win,
      root: at,
      facts: options.facts,
      articles: options.articles,
      articleId: options.articleId,
      pageFigures: options.pageFigures,
      automaticStory: options.automaticStory,
      enabled,
      cardHost: options.cardHost,
      onOpenFact: options.onOpenFact,
    });
  }

  function refresh(): void {
    if (!root.isConnected) {
      highlighter.destroy();
      root = options.findRoot();
      highlighter = create(root);
      highlighter.setEnabled(enabled);
    }
    if (enabled) highlighter.paint();
  }

  const observer = new MutationObserver((records) => {
    // Only a change inside the article, or one that took the article out of the page, moves its figures: a page's
    // clock, its ads and its comments change often, and re-anchoring for them would cost the reader for nothing.
    if (root.isConnected && !records.some((r) => root.contains(r.target))) return;
    clearTimeout(timer);
    timer = setTimeout(refresh, SETTLE_MS);
  });
  // The whole document, not the body: a page may put a new <body> in place of the one it loaded with.
  observer.observe(options.win.document.documentElement, { childList: true, subtree: true, characterData: true });

  return {
    /** Turns painting on or off; off removes every mark at once. */
    setEnabled(on: boolean): void {
      if (on === enabled) return;
      enabled = on;
      // Turning on paints at once; turning off removes every mark at once.
      highlighter.setEnabled(on);
    },
    /** Scrolls the page to a fact's figure in this article; false when the figure is not in the page. */
    scrollTo(factId: string): boolean {
      const range = highlighter.rangeFor(factId);
      if (!range) return false;
      const rect = range.getBoundingClientRect();
      options.win.scrollBy({ top: rect.top - options.win.innerHeight / 3, behavior: 'smooth' });
      return true;
    },
    /** Where a fact's figure is on screen (viewport coordinates), or null when it is not in the page. */
    rectOf(factId: string): DOMRect | null {
      return highlighter.rangeFor(factId)?.getBoundingClientRect() ?? null;
    },
    /** Removes the marks, the observer and the timer. */
    destroy(): void {
      clearTimeout(timer);
      observer.disconnect();
      highlighter.destroy();
    },
  };
}
