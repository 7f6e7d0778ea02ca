// What the engine answers about a page: one of the indexed articles, a report of an indexed story in its own words
// (an event match), or nothing. The one shape that travels from the engine to the background, the sidebar, the
// popup and every tool.
import type { Alignment, Claim } from '../claims/types';
import type { PageFigure } from '../event/page-figures';
import type { EventEvidence, EventMatch } from '../event/recognise-event';
import type { Match } from '../recognise/types';
import type { RuntimeStory } from '../story/runtime-types';

/** The page is one of the indexed articles (reviewed). */
export interface ArticleAnswer {
  kind: 'article';
  /** The index it was found in: '' for the bundled one, else the pack's id. */
  pack: string;
  story: RuntimeStory;
  match: Match;
}

/** The page is none of the indexed articles but reports an indexed story: its figures, compared automatically. */
export interface EventAnswer {
  kind: 'event';
  pack: string;
  story: RuntimeStory;
  match: EventMatch;
  /** The page's figures the engine is sure of; automatic, never reviewed. */
  figures: PageFigure[];
}

/** Neither. */
export interface NoAnswer {
  kind: 'none';
}

/** The engine's answer about one page. */
export type PageAnswer = ArticleAnswer | EventAnswer | NoAnswer;

/** A story the page was weighed against as a report, and what decided. */
export interface EventCandidateDetail {
  pack: string;
  story: string;
  /** How much the names the page shares with the story weigh (lib/event/candidates.ts). */
  names: number;
  /** The shared names, heaviest first. */
  shared: string[];
  match: EventMatch | null;
  evidence: EventEvidence;
}

/** What tools and tests see behind an answer (`readPage(…, { detail: true })`); the extension never asks for it. */
export interface AnswerDetail {
  /** The text the claims' offsets point into: the headline, a blank line, then the page's text. */
  text: string;
  /** The day the page's relative dates were read from, or null. */
  published: string | null;
  /** Every claim of the page. */
  claims: Claim[];
  /**
   * The claims aligned with the answer's story: for an article, against its story (its own reviewed claims are the
   * page itself); for an event, the matched story's reading; empty when the answer is none.
   */
  alignments: Alignment[];
  /** Every story the page was weighed against as a report, in the order weighed. */
  candidates: EventCandidateDetail[];
}
