// Finds a claim's figure in the live page from its TextQuoteSelector, exactly when it can, approximately when it must.
import search from 'approx-string-match';
import type { RuntimeClaim } from '../story/runtime-types';
import { foldString, foldedOffset } from './normalise';
import { buildTextMap, rangeOf, type TextMap } from './text-map';

/** Where a figure was found in a text map: folded offsets and how it was found. */
export interface FigureSpan {
  start: number;
  end: number;
  method: 'exact' | 'fuzzy';
}

/** Share of a quote's length that may differ and still count as the same quote (a word or two edited). */
const ERROR_RATE = 0.15;
const MAX_ERRORS = 60;
/** How far past a fuzzy match's ends the figure may sit (an edit may have shifted it). */
const FIGURE_SLACK = 8;

/** How many characters of the wanted context match the text next to a candidate, up to the context's length. */
function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  let score = 0;
  if (prefix.length > 0) {
    let i = start - 1;
    if (text[i] === ' ') i--;
    for (let j = prefix.length - 1; j >= 0 && i >= 0 && text[i] === prefix[j]; i--, j--) score++;
  }
  if (suffix.length > 0) {
    let i = end;
    if (text[i] === ' ') i++;
    for (let j = 0; j < suffix.length && i < text.length && text[i] === suffix[j]; i++, j++) score++;
  }
  return score;
}

function occurrences(text: string, needle: string, from = 0, to = text.length): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle, from); i !== -1 && i + needle.length <= to; i = text.indexOf(needle, i + 1)) {
    found.push(i);
  }
  return found;
}

/** Locates the claim's figure in the map's folded text, or null when the quote or its figure is not there. */
export function findFigure(map: TextMap, claim: Pick<RuntimeClaim, 'quote' | 'figure'>): FigureSpan | null {
  const quote = foldString(claim.quote.exact);
  if (quote.text.length === 0) return null;
  let figStart = foldedOffset(quote, claim.figure.start);
  let figEnd = foldedOffset(quote, claim.figure.end);
  // A figure span that begins or ends on whitespace would paint the space too.
  if (quote.text[figStart] === ' ') figStart++;
  if (figEnd > figStart && quote.text[figEnd - 1] === ' ') figEnd--;
  if (figEnd <= figStart) return null;

  const text = map.text;
  const prefix = foldString(claim.quote.prefix).text;
  const suffix = foldString(claim.quote.suffix).text;

  const exact = occurrences(text, quote.text);
  if (exact.length > 0) {
    let best = exact[0]!;
    if (exact.length > 1) {
      let bestScore = -1;
      for (const at of exact) {
        const score = contextScore(text, at, at + quote.text.length, prefix, suffix);
        if (score > bestScore) [best, bestScore] = [at, score];
      }
    }
    return { start: best + figStart, end: best + figEnd, method: 'exact' };
  }

  // The figure itself must be in the page verbatim (painting another number would mislead), so the approximate
  // search only runs in a window around each place the figure's text occurs: cheap even on a very long page.
  const figure = quote.text.slice(figStart, figEnd);
  const maxErrors = Math.min(MAX_ERRORS, Math.max(1, Math.floor(quote.text.length * ERROR_RATE)));
  let best: { at: number; errors: number; score: number; distance: number } | null = null;
  for (const at of occurrences(text, figure)) {
    const from = Math.max(0, at - figStart - maxErrors - FIGURE_SLACK);
    const to = Math.min(text.length, at + quote.text.length - figStart + maxErrors + FIGURE_SLACK);
    for (const m of search(text.slice(from, to), quote.text, maxErrors)) {
      const start = from + m.start;
      const end = from + m.end;
      if (at < start - FIGURE_SLACK || at + figure.length > end + FIGURE_SLACK) continue;
      const expected = start + Math.round((figStart * (end - start)) / quote.text.length);
      const candidate = {
        at,
        errors: m.errors,
        score: contextScore(text, start, end, prefix, suffix),
        distance: Math.abs(at - expected),
      };
      if (best === null || better(candidate, best)) best = candidate;
    }
  }
  return best === null ? null : { start: best.at, end: best.at + figure.length, method: 'fuzzy' };
}

function better(
  a: { errors: number; score: number; distance: number },
  b: { errors: number; score: number; distance: number },
): boolean {
  if (a.errors !== b.errors) return a.errors < b.errors;
  if (a.score !== b.score) return a.score > b.score;
  return a.distance < b.distance;
}

/** Finds a quote's figure in the live DOM under `root`: exact match first (using prefix/suffix to pick the right
 * occurrence), then fuzzy (tolerating inline markup, whitespace, curly/straight quotes, dashes, small edits).
 * Returns a Range over exactly the figure's text, or null. Pass `map` (built from the same root) to reuse it. */
export function anchorFigure(
  root: Node,
  claim: Pick<RuntimeClaim, 'quote' | 'figure'>,
  map: TextMap = buildTextMap(root),
): Range | null {
  const span = findFigure(map, claim);
  return span === null ? null : rangeOf(map, span.start, span.end);
}
