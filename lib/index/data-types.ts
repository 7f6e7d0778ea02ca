// The reviewed source files under data/ (what a reviewer edits) and the checked story they validate into.
import type { ClaimValue, FactFlags, FactStatus, RuntimeArticle, RuntimeFact, TextQuote } from '../story/runtime-types';

/** A validation problem: the file, the item inside it and the reason, so a reviewer can go straight to it. */
export interface DataError {
  file: string;
  item: string;
  reason: string;
}

/** One story's files as read from disk (or built in memory by a test), not yet checked. */
export interface StorySource {
  /** Folder of the story relative to the repository, e.g. "data/stories/mali-offensive-2013". */
  dir: string;
  /** Parsed `story.json`, or undefined when the file is missing. */
  story: unknown;
  /** Every article the folder holds: parsed `<id>.json` and the text of `<id>.txt` (undefined if missing). */
  articles: { id: string; meta: unknown; text: string | undefined }[];
  /** Parsed `facts.json`. */
  facts: unknown;
  /** Parsed `not-claims.json`. */
  notClaims: unknown;
}

/** The date relative expressions ("Tuesday", "last month") are read from when the publication day is unknown. */
export interface DatedBy {
  date: string;
  reason: string;
}

/** A checked article: metadata plus the reviewed text, as the runtime article carries them. */
export interface CheckedArticle extends RuntimeArticle {
  /** Day that relative dates in the text are read from: `published`, else the reviewer's `datedBy`. */
  referenceDate: string | null;
}

/** A checked claim: located in its article, figure parsed and agreeing with the reviewer's value. */
export interface CheckedClaim {
  article: string;
  quote: TextQuote;
  /** Where the quote starts and ends in the article text. */
  start: number;
  end: number;
  figure: { start: number; end: number };
  figureText: string;
  value: ClaimValue;
  attribution: string | null;
  hedges: string[];
  note: string | null;
}

/** A checked fact, before its status is computed. */
export interface CheckedFact {
  id: string;
  label: string;
  kind: RuntimeFact['kind'];
  unit: string | null;
  note: string | null;
  override: { status: FactStatus; reason: string } | null;
  /** The reviewer's display weight (1–5), or null when the fact is weighed by its kind. */
  weight: number | null;
  claims: CheckedClaim[];
}

/** A number, date or duration in a text that is deliberately not a claim, with the reviewer's reason. */
export interface CheckedNotClaim {
  article: string;
  quote: TextQuote;
  start: number;
  end: number;
  reason: string;
}

/** A story whose files passed every check. */
export interface CheckedStory {
  id: string;
  /** Its folder, for error messages ("data/stories/<id>"). */
  dir: string;
  title: string;
  summary: string;
  dates: { start: string; end: string };
  articles: CheckedArticle[];
  facts: CheckedFact[];
  notClaims: CheckedNotClaim[];
}

/** The status logic's answer for one fact. */
export interface Assessment {
  status: FactStatus;
  flags: FactFlags;
}
