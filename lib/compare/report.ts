// A report the reader added to their comparison: one page's address, outlet, headline, day and article text, read
// from the page only when the reader asked. Made from the content script's snapshot, and read back defensively from
// the store (a damaged entry is left out, never shown).
import type { PageSnapshot } from '../extract/page-snapshot';
import { isId } from '../story/ids';

/** One report of the comparison. */
export interface Report {
  /** Its article id in the comparison's story: the outlet's host made into an id, unique in the comparison. */
  id: string;
  /** The page's address (without its fragment), then its other addresses (canonical, og:url). */
  url: string;
  urls: string[];
  /** The outlet, as the page's site names it: its host without "www." ("harbourtimes.example"). */
  outlet: string;
  headline: string | null;
  /** The day the page says it was published (ISO `YYYY-MM-DD`), or null. */
  published: string | null;
  /** The article text, paragraphs separated by one blank line. */
  text: string;
  /** When it was added (ms since the epoch). */
  added: number;
}

/** Most reports one comparison holds: more is a reading list, and each one costs the comparison time. */
export const MAX_REPORTS = 10;
/** Longest article text kept (characters): a page longer than this is not one news report. */
export const MAX_REPORT_CHARS = 60_000;
/** Shortest article text worth comparing (characters): less is a teaser, a sign-in wall or a list. */
export const MIN_REPORT_CHARS = 280;

/** A report made from a page, or why the page cannot be added. */
export type AddedReport = { ok: true; report: Report; replaces: string | null } | { ok: false; problem: string };

/** A web address without its fragment, or null for anything that is not http(s). */
export function webAddress(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

/** The outlet a page address belongs to: its host without "www.". */
export function outletOf(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
}

/**
 * The text as the data format holds it: paragraphs separated by exactly one blank line, lines of a paragraph
 * joined, no blank space at either end.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p !== '')
    .join('\n\n');
}

// The outlet's host as an id, with a number when the outlet already has a report ("harbourtimes-example-2").
function reportId(outlet: string, taken: ReadonlySet<string>): string {
  const base =
    outlet
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 48)
      .replace(/-$/, '') || 'report';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * The report a page makes, given the reports already in the comparison: the same address again replaces its
 * report (a page updated since), a new one is refused when the comparison is full or the page has no article text
 * to compare.
 */
export function reportOf(page: PageSnapshot, reports: readonly Report[], now: number): AddedReport {
  const url = webAddress(page.url);
  if (!url) return { ok: false, problem: 'Only web pages can be added to a comparison.' };
  const text = normaliseText(page.text);
  if (text.length < MIN_REPORT_CHARS)
    return { ok: false, problem: 'This page has too little article text to compare (is it an article?).' };
  if (text.length > MAX_REPORT_CHARS)
    return { ok: false, problem: 'This page is too long to be one news report; Parallax compares articles.' };
  const urls = [...new Set([url, ...[page.canonical, page.ogUrl].map(webAddress).filter((u) => u !== null)])];
  const same = reports.find((r) => r.urls.some((u) => urls.includes(u)));
  if (!same && reports.length >= MAX_REPORTS)
    return {
      ok: false,
      problem: `A comparison holds at most ${MAX_REPORTS} reports: remove one to add this page.`,
    };
  const outlet = outletOf(url);
  const taken = new Set(reports.filter((r) => r !== same).map((r) => r.id));
  return {
    ok: true,
    replaces: same?.id ?? null,
    report: {
      id: same?.id ?? reportId(outlet, taken),
      url,
      urls,
      outlet,
      headline: page.headline?.trim() || null,
      published: page.published,
      text,
      added: now,
    },
  };
}

const isStr = (v: unknown): v is string => typeof v === 'string';

/** A report read back from the store, or null when the stored value is damaged. */
export function readReport(value: unknown): Report | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!isStr(v.id) || !isId(v.id) || !isStr(v.url) || webAddress(v.url) === null || !isStr(v.outlet)) return null;
  if (!Array.isArray(v.urls) || !v.urls.every((u) => isStr(u) && webAddress(u) !== null)) return null;
  if (!(v.headline === null || isStr(v.headline))) return null;
  if (!(v.published === null || (isStr(v.published) && /^\d{4}-\d{2}-\d{2}$/.test(v.published)))) return null;
  if (!isStr(v.text) || v.text.length < MIN_REPORT_CHARS || v.text.length > MAX_REPORT_CHARS) return null;
  if (typeof v.added !== 'number' || !Number.isFinite(v.added)) return null;
  return {
    id: v.id,
    url: v.url,
    urls: v.urls as string[],
    outlet: v.outlet,
    headline: v.headline,
    published: v.published,
    text: normaliseText(v.text),
    added: v.added,
  };
}

/** The report a page address belongs to, by any of its addresses, or undefined. */
export function reportAt(reports: readonly Report[], address: string | null | undefined): Report | undefined {
  const url = webAddress(address);
  return url === null ? undefined : reports.find((r) => r.urls.includes(url));
}
