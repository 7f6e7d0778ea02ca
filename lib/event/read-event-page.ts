// A page that is none of the indexed articles, read against its candidate stories: the best event match with the
// page's figures, or null.
import type { Alignment } from '../claims/types';
import type { RuntimeStory } from '../story/runtime-types';
import type { EventCandidate } from './candidates';
import type { PageText } from './page-text';
import { type PageFigure, pageFigures } from './page-figures';
import { type EventMatch, type EventReading, readEvent } from './recognise-event';
import type { StorySignature } from './signature';

/** A story with its signature, as the story files hold them. */
export interface SignedEntry {
  story: RuntimeStory;
  signature: StorySignature;
}

/** An event match with what the sidebar shows of it. */
export interface EventRecognition {
  match: EventMatch;
  story: RuntimeStory;
  /** The page's figures the engine is sure of (lib/event/page-figures.ts). */
  figures: PageFigure[];
  /** Every figure of the page aligned against the story, and the text their offsets point into. */
  alignments: Alignment[];
  text: string;
}

/** Each candidate story's reading of the page, in the order given. */
export function eventReadings(
  page: PageText,
  entries: readonly (SignedEntry & { candidate?: EventCandidate })[],
  options: { explain?: boolean } = {},
): { entry: SignedEntry; reading: EventReading }[] {
  return entries.map((entry) => ({
    entry,
    reading: readEvent(page, entry.story, entry.signature, entry.candidate ?? null, options),
  }));
}

/** The best event match among readings (highest score, then the first given), as the sidebar receives it, or null. */
export function bestEvent(readings: readonly { entry: SignedEntry; reading: EventReading }[]): EventRecognition | null {
  let best: { entry: SignedEntry; reading: EventReading } | null = null;
  for (const r of readings) {
    if (r.reading.match && (!best || r.reading.match.score > best.reading.match!.score)) best = r;
  }
  if (!best?.reading.match) return null;
  const { match, alignments, text } = best.reading;
  return { match, story: best.entry.story, figures: pageFigures(alignments, text), alignments, text };
}
