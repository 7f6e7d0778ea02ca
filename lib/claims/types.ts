// The claim engine's contract: what extraction finds in a text, and what alignment says about each claim.
import type { Quantity } from '../quantity/quantity';
import type { ClaimValue, RuntimeFact } from '../story/runtime-types';

/** The sort of figure a claim carries (the same kinds as a fact's). */
export type ClaimKind = RuntimeFact['kind'];

/** A stretch of the text: offsets into the text given to `extractClaims`, and the words. */
export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

/** One way to read a figure: as a date, a duration... with its value, or why it could not be read. */
export interface Reading {
  kind: ClaimKind;
  value: ClaimValue | null;
  /** Why the value could not be read (null when it was). */
  unreadable: string | null;
}

/** What a figure counts or dates: the noun phrase with its modifiers ("French soldiers", "pledged African troops"). */
export interface CountedConcept {
  text: string;
  /** Folded head noun, or null when the copy gives none. */
  head: string | null;
  /** Folded words before the head. */
  modifiers: string[];
  /** Capitalised words of the phrase and a possessive owner before the figure ("french", "france"). */
  proper: string[];
}

/** Names in the claim's sentence. */
export interface Names {
  people: string[];
  places: string[];
  groups: string[];
}

/** One figure of a text, read as a claim. */
export interface Claim {
  /** 0-based position among the text's claims. */
  index: number;
  sentence: TextSpan & { index: number; paragraph: number };
  /** The figure's exact span ("nearly 4,000", "from March", "on Tuesday night"). */
  figure: TextSpan;
  /** The words the value was read from: the figure, or for a date the figure with the cue words before it
   * ("to be published Wednesday"). */
  readFrom: TextSpan;
  /** The main reading's kind. */
  kind: ClaimKind;
  /** Every reading the words allow, the main one first. */
  readings: Reading[];
  /** The main reading's value (null when unreadable, and for status claims, whose statement alignment chooses). */
  value: ClaimValue | null;
  unreadable: string | null;
  concept: CountedConcept;
  /** The place a status claim is about, or the person an attribution claim names; null otherwise. */
  subject: string | null;
  names: Names;
  /** Who the text attributes the figure to, in its own words ("Le Drian said"), or null. */
  attribution: string | null;
  /** The person that attribution points to, by full name as the text gives it ("Jean-Yves Le Drian"), or null. */
  speaker: string | null;
  /** Hedge words in the figure ("nearly", "some", "several"). */
  hedges: string[];
  /** For a date: it dates a statement ("said on Tuesday", "Earlier today, the minister said"), not an event. */
  datesStatement: boolean;
  /** Meaning stems of the words around the figure, nearest first (see lexicon.ts). */
  near: string[];
  /** Places named near the figure (they may say whose the counted are: "Mali said 11 of its troops …"). */
  nearPlaces: string[];
  /** Meaning stems of every content word of the sentence. */
  context: string[];
  /** Meaning stems of the sentence before, in the same paragraph: what a date's sentence may leave unsaid. */
  background: string[];
  /**
   * The figure as the figures command reads it (its own span without hedge or lead-in, value as written, unit,
   * change, kind and what it counts); null for status and attribution claims and for figures it does not read.
   */
  quantity: (Quantity & { start: number; end: number; text: string; counts: string | null }) | null;
}

/** How a claim relates to a story's facts. */
export interface Alignment {
  claim: Claim;
  /** The fact the claim reports, or null ("none": when in doubt, the engine says nothing). */
  fact: string | null;
  /** Confidence in [0, 1] of the fact chosen (0 when none). */
  confidence: number;
  /** The claim's value read as the fact reads its figures (its unit, kind), or null. */
  value: ClaimValue | null;
  /** Reviewed claims whose figures can be true together with this one (article ids, deduplicated). */
  agrees: string[];
  /** Reviewed claims whose figures cannot (article ids, deduplicated). */
  differs: string[];
  /** Why the engine chose this fact, or why it chose none: for `npm run eval` and for debugging. */
  reason: string;
  /** The best candidate fact and its score, also when it was not good enough (for evaluation). */
  candidate: { fact: string; score: number; margin: number } | null;
}
