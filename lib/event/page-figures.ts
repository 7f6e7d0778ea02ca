// The figures of a page matched by its event, as the sidebar, the highlighter and `npm run compare` show them: the
// page's own words, the fact each reports, and the reviewed outlets it agrees or differs with. All automatic: none
// of this was reviewed, and everything that shows it says so.
import type { Alignment } from '../claims/types';
import { contextOf } from '../story/locate-quote';
import type { ClaimValue, QuotedFigure, TextQuote } from '../story/runtime-types';
import { formatValue } from '../quantity/format-value';

/**
 * One figure of the page aligned with a fact of the story, by the engine: the page's words around it (anchored with
 * their context over the page's text), the figure's span in them, and the value as the sidebar writes it ("about
 * 4,000"), or the figure itself when it was not read.
 */
export interface PageFigure extends QuotedFigure {
  fact: string;
  value: ClaimValue | null;
  /** Reviewed articles whose figures for the fact can be true with this one, and those whose cannot. */
  agrees: string[];
  differs: string[];
  /** The engine's confidence in the fact chosen, 0–1. */
  confidence: number;
}

/**
 * Below this confidence the engine says nothing about a figure (no line in the sidebar, no fact in `npm run compare`),
 * even when its alignment counted towards the event match: a line states "this page gives this fact", which asks
 * more certainty than the match does (lib/event/README.md has the measured precision at each threshold).
 */
export const SHOW_CONFIDENCE = 0.5;

/**
 * Below this confidence a differing figure is not marked in the page: a mark inside the reader's text says "reviewed
 * outlets give another figure", so it asks more still.
 */
export const MARK_CONFIDENCE = 0.6;

// A sentence longer than this is cut to the words around the figure: the sidebar quotes a line, not a paragraph.
const MAX_QUOTE = 220;

/** The fact the engine says a figure reports, or null below SHOW_CONFIDENCE. */
export function shownFact(a: Pick<Alignment, 'fact' | 'confidence'>): string | null {
  return a.fact !== null && a.confidence >= SHOW_CONFIDENCE ? a.fact : null;
}

/** The page's figures the engine is sure of, in page order; `text` is the text the alignments' offsets point into. */
export function pageFigures(alignments: readonly Alignment[], text: string): PageFigure[] {
  const out: PageFigure[] = [];
  for (const a of alignments) {
    const fact = shownFact(a);
    if (fact === null) continue;
    const { quote, figure } = pageQuote(a, text);
    out.push({
      quote,
      figure,
      figureText: a.claim.figure.text,
      fact,
      value: a.value,
      display: a.value ? formatValue(a.value) : a.claim.figure.text,
      agrees: [...a.agrees],
      differs: [...a.differs],
      confidence: Math.round(a.confidence * 1000) / 1000,
    });
  }
  return out;
}

/** One figure of a page as `npm run compare` prints it. */
export interface ComparedClaim {
  /** The page's words around the figure. */
  quote: string;
  figure: string;
  value: ClaimValue | null;
  /** The fact the figure reports, or null (none, or the engine is not sure enough to say). */
  fact: string | null;
  agrees: string[];
  differs: string[];
}

/** Every figure of a page with the fact it reports (or null) and the reviewed articles it agrees or differs with. */
export function comparedClaims(
  alignments: readonly Alignment[],
  text: string,
  exclude: readonly string[] = [],
): ComparedClaim[] {
  return alignments.map((a) => {
    const fact = shownFact(a);
    const keep = (ids: string[]) => (fact === null ? [] : ids.filter((id) => !exclude.includes(id)));
    return {
      quote: pageQuote(a, text).quote.exact,
      figure: a.claim.figure.text,
      value: a.value ?? a.claim.value,
      fact,
      agrees: keep(a.agrees),
      differs: keep(a.differs),
    };
  });
}

/** The page's words around an aligned figure as a quote, and the figure's span inside it. */
function pageQuote(a: Alignment, text: string): { quote: TextQuote; figure: { start: number; end: number } } {
  const { start, end } = quoteSpan(
    text,
    a.claim.sentence.start,
    a.claim.sentence.end,
    a.claim.figure.start,
    a.claim.figure.end,
  );
  return {
    quote: { exact: text.slice(start, end), ...contextOf(text, start, end) },
    figure: { start: a.claim.figure.start - start, end: a.claim.figure.end - start },
  };
}

/** Whether a page figure is marked in the page: the engine is sure of it and it differs from a reviewed outlet. */
export function marksFigure(figure: Pick<PageFigure, 'differs' | 'confidence'>): boolean {
  return figure.differs.length > 0 && figure.confidence >= MARK_CONFIDENCE;
}

// The sentence, or a window of whole words around the figure when the sentence is long; trimmed of spaces.
function quoteSpan(
  text: string,
  sStart: number,
  sEnd: number,
  fStart: number,
  fEnd: number,
): { start: number; end: number } {
  let start = sStart;
  let end = sEnd;
  if (end - start > MAX_QUOTE) {
    const room = Math.max(0, MAX_QUOTE - (fEnd - fStart));
    start = Math.max(sStart, fStart - Math.floor(room / 2));
    end = Math.min(sEnd, start + (fEnd - fStart) + room);
    start = Math.max(sStart, Math.min(start, end - MAX_QUOTE));
    // Whole words: move the ends out to the nearest space (never past the figure or the sentence).
    while (start > sStart && !/\s/.test(text[start - 1]!)) start--;
    while (end < sEnd && !/\s/.test(text[end]!)) end++;
  }
  while (start < fStart && /\s/.test(text[start]!)) start++;
  while (end > fEnd && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
