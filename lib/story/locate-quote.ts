// Finding a reviewed quote in its article the way a W3C TextQuoteSelector is resolved: the exact text, made
// unique by the prefix and suffix around it when it occurs more than once.

/** Most characters of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

/** Where a quote was found, with the context either side. */
export interface LocatedQuote {
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

/** A quote that is located, or the reason it is not. */
export type QuoteResult = { ok: true; quote: LocatedQuote } | { ok: false; reason: string };

/** Every start offset of `exact` in `text`, overlapping occurrences included. */
export function occurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  if (exact === '') return found;
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) found.push(i);
  return found;
}

/** The up-to-32-character prefix and suffix of [start, end), never splitting a surrogate pair. */
export function contextOf(text: string, start: number, end: number): { prefix: string; suffix: string } {
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  let to = Math.min(text.length, end + CONTEXT_LENGTH);
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to--;
  return { prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Locates `exact` in `text`. A stored prefix or suffix must match the text next to the quote; when the quote
 * occurs more than once, they must single out exactly one occurrence.
 */
export function locateQuote(text: string, exact: string, prefix?: string, suffix?: string): QuoteResult {
  if (exact.trim() === '') return { ok: false, reason: 'quote is empty' };
  for (const [name, value] of [
    ['prefix', prefix],
    ['suffix', suffix],
  ] as const) {
    if (value !== undefined && value.length > CONTEXT_LENGTH) {
      return { ok: false, reason: `${name} is ${value.length} characters long; at most ${CONTEXT_LENGTH} allowed` };
    }
  }
  const all = occurrences(text, exact);
  if (all.length === 0)
    return { ok: false, reason: `quote is not verbatim in the article text: ${JSON.stringify(exact)}` };
  const fitting = all.filter(
    (start) =>
      (prefix === undefined || text.slice(start - prefix.length, start) === prefix) &&
      (suffix === undefined || text.startsWith(suffix, start + exact.length)),
  );
  if (fitting.length === 0) {
    const actual = contextOf(text, all[0]!, all[0]! + exact.length);
    const which =
      prefix !== undefined && !all.some((s) => text.slice(s - prefix.length, s) === prefix) ? 'prefix' : 'suffix';
    const expected = which === 'prefix' ? actual.prefix : actual.suffix;
    return {
      ok: false,
      reason: `${which} does not match the text around the quote (the text has ${JSON.stringify(expected)})`,
    };
  }
  if (fitting.length > 1) {
    return {
      ok: false,
      reason: `quote occurs ${fitting.length} times in the article text; add a prefix or suffix that singles one out`,
    };
  }
  const start = fitting[0]!;
  const end = start + exact.length;
  return { ok: true, quote: { start, end, ...contextOf(text, start, end) } };
}
