// What a figure is worth and how a fact's reports relate: the value types the dispute logic compares, which the
// story files, the claim engine and the sidebar share.

/** What sort of figure a fact is; decides how its values compare. */
export type FactKind = 'count' | 'date' | 'duration' | 'distance' | 'status' | 'attribution';

/** How the outlets' reports of one fact relate, computed by lib/disputes (or set by a reasoned override). */
export type FactStatus = 'disputed' | 'consistent' | 'single-source';

/** A parsed figure: a numeric interval, an interval of calendar days, or a normalised statement. */
export type ClaimValue =
  | {
      kind: 'quantity';
      /** Lowest and highest value the wording allows (hedges widen it; "hundreds" is [200, 999]). */
      lo: number;
      hi: number;
      /** Canonical unit of the fact, e.g. "people", "days", "km". */
      unit: string;
    }
  | {
      kind: 'date';
      /** Earliest and latest calendar day the wording allows, ISO `YYYY-MM-DD`. */
      lo: string;
      hi: string;
    }
  | {
      kind: 'statement';
      /** The normalised statement a reviewer recorded, e.g. "under French control" or "2013-02-05". */
      value: string;
    };

/** A computed signal beyond the status. */
export interface FactFlags {
  /** The figure differs between revisions of one article (ids of the revisions involved). */
  changedBetweenRevisions: string[];
  /** Articles whose own claims about this fact cannot all be true. */
  selfContradictions: string[];
}
