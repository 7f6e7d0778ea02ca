// The thresholds of an event match, each chosen from measured margins (lib/event/README.md lists them): by the
// page's figures (EVENT_THRESHOLDS, UNDATED for a page with no date) and by the story's own names (NAME_THRESHOLDS).

/** Thresholds of an event match (see lib/event/README.md for the margins). */
export const EVENT_THRESHOLDS = {
  /** Distinct facts the page's figures report with confidence. */
  minFacts: 3,
  /** So many that the figures carry the match even with few shared names (a "by the numbers" page). */
  manyFacts: 5,
  /** Below that, the weight the shared names need (lib/event/candidates.ts): two names of an index's rarest. */
  minNameScore: 7.5,
  /** Confidence an alignment needs to count. */
  minConfidence: 0.35,
  /** Of them, in the headline or the first two paragraphs. */
  minLeadFacts: 1,
  /** Share of the page's amounts and dates that report the story. */
  minShare: 0.3,
  /** Shared names the page must name (of the names most of the story's articles share). */
  minNames: 1,
  /** Days before the story's first day and after its last that a report may be dated. */
  daysBefore: 2,
  daysAfter: 7,
};

/** For a page with no date: more facts, surer alignments, more of them at the top, more of its figures. */
export const UNDATED = { minFacts: 5, minConfidence: 0.45, minLeadFacts: 3, minShare: 0.4 };

/**
 * The second way to a match, by the story's own names (lib/event/README.md has the margins): a report that carries
 * few of the story's figures (a short local report, a follow-up) but names its people or places, names few other
 * stories use, clearly more than it names any other story's.
 */
export const NAME_THRESHOLDS = {
  /** Shared specific names needed, dated and undated; a person's full name counts for two. */
  minSpecific: 2,
  undatedMinSpecific: 3,
  /** Weight of all shared names, and its lead over the next-best story's (a ratio). */
  minScore: 10,
  margin: 1.3,
  /** Facts the page's figures report: dated, and undated. */
  minFacts: 0,
  undatedMinFacts: 1,
};

/**
 * The third way, by the story's headlines' words (lib/event/headline-terms.ts): a page dated in the story's days whose
 * headline says what happened in words few other stories' headlines use ("Caledonia hunting accident": the town is a
 * name, "hunting" and "accident" are words), its shared names and words clearly ahead of any other story's.
 */
export const WORD_THRESHOLDS = {
  /** Shared headline words, and their weight (each its specificity, lib/event/terms.ts). */
  minWords: 3,
  minScore: 8,
  /** Lead of all shared names and words over the next-best story's (a ratio). */
  margin: 1.3,
};
