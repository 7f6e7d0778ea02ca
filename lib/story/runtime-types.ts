// The compact runtime index the extension bundles: the contract between the index build, the recogniser,
// the background, the sidebar and the highlighter. Produced by `npm run index` from the reviewed files in data/
// (one file per story, see story-file.ts; recognition data is lib/recognise's binary index).

import type { ClaimValue, FactFlags, FactKind, FactStatus } from '../disputes/values';

export type { ClaimValue, FactFlags, FactKind, FactStatus } from '../disputes/values';

/** W3C Web Annotation TextQuoteSelector: the quote plus up to 32 characters of context either side. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * A figure in its own words: a quote anchored with its context and the figure's span inside it. What a reviewed
 * claim and a figure the engine read from a page have in common, so one view shows either and one anchoring finds
 * either in a page.
 */
export interface QuotedFigure {
  /** Verbatim quote from the text, anchored with its context. */
  quote: TextQuote;
  /** The figure's exact span inside `quote.exact`: [start, end) in UTF-16 code units. */
  figure: { start: number; end: number };
  /** `quote.exact.slice(figure.start, figure.end)`, kept for readers and tools. */
  figureText: string;
  /** Human-readable value, e.g. "200–999" or "25–27 days" or "under French control". */
  display: string;
}

/** One article's report of one fact. */
export interface RuntimeClaim extends QuotedFigure {
  /** Article id (see RuntimeArticle.id). */
  article: string;
  /** Parsed value of the figure. */
  value: ClaimValue;
  /** Who the article says the figure comes from, in its own words ("Le Drian said"), or null. */
  attribution: string | null;
  /** Hedge words around the figure ("nearly", "some", "several"). */
  hedges: string[];
}

/** One thing several articles can report: a count, a toll, a date, a duration, a town's status, who said what. */
export interface RuntimeFact {
  id: string;
  label: string;
  /** What sort of figure this is; decides how values compare. */
  kind: FactKind;
  /** The status the sidebar shows: the computed one unless a reviewer overrode it. */
  status: FactStatus;
  /** The status the logic computed from the claims. */
  computedStatus: FactStatus;
  /** A reviewer's override, always with its written reason; null when none. */
  override: { status: FactStatus; reason: string } | null;
  /** A reviewer's weight for the display order, 1 (a background detail) to 5 (the story's headline figure);
   * absent when none was given (the order then weighs the fact by its kind, lib/story/fact-order.ts). */
  weight?: number;
  flags: FactFlags;
  claims: RuntimeClaim[];
}

/** An article of a story: one text as one outlet published it (a revision counts as its own article). */
export interface RuntimeArticle {
  id: string;
  /** Who the reader should credit: the site, or the wire when the site is unknown ("AFP"). */
  publisher: string;
  /** Wire agency behind the text, if any ("AFP"); null when the site wrote it. */
  wire: string | null;
  /** Publishing site, "unknown" when nothing establishes it, null when it is the publisher itself. */
  site: string | null;
  /** As published, or null when the source does not record it (nothing is shown then). */
  headline: string | null;
  /** The public address to link to (opened in a new tab), or null. */
  url: string | null;
  /** Every known address of this text (for recognition by address). */
  urls: string[];
  /** ISO date or date-time of publication and of the last update; null when unknown. */
  published: string | null;
  updated: string | null;
  /** Revision of one article at one address: group id and 1-based number; null when not revised. */
  revision: { group: string; number: number } | null;
  /** BCP 47 language tag. */
  language: string;
  /** Reviewed article text, paragraphs separated by "\n\n" (quotes are verbatim slices of it). */
  text: string;
}

/** A story: one event as several outlets reported it. */
export interface RuntimeStory {
  id: string;
  title: string;
  /** One or two sentences on what happened. */
  summary: string;
  /** The event's dates, ISO `YYYY-MM-DD`. */
  dates: { start: string; end: string };
  articles: RuntimeArticle[];
  /** Facts in display order for a reader of none of the articles (lib/story/fact-order.ts). */
  facts: RuntimeFact[];
  /**
   * Set on a story Parallax's engine made and no one reviewed (the reader's own comparison of reports): everything
   * that shows it says it is automatic. Absent on reviewed stories.
   */
  automatic?: AutomaticOrigin;
}

/** How an automatic story was made: the reader's comparison of the reports they added. */
export interface AutomaticOrigin {
  kind: 'comparison';
  /** When the comparison was made, ISO date-time. */
  made: string;
  /**
   * Figures the engine could not compare: those one report alone gives, or that it could not group with another
   * report's with confidence. Each is listed under its report, never as a fact.
   */
  unmatched: UnmatchedFigure[];
  /** The day each report that gives no publication day was read against (the day it was added), by article id. */
  datedBy?: Record<string, string>;
}

/** A figure of one report that is not compared: its words, what it seems to count, and its report. */
export interface UnmatchedFigure extends QuotedFigure {
  article: string;
  /** The drafted fact it was found in (figures of one drafted fact share it) and that fact's proposed label. */
  fact: string;
  label: string;
  kind: FactKind;
  value: ClaimValue;
}

/** The stories of an index as tools and tests read them (the generated folder holds one file per story). */
export interface RuntimeIndex {
  stories: RuntimeStory[];
}
