// A page that is none of the indexed articles, read against its candidate stories: the best event match with the
// page's figures, or null. What the background runs after the article lookup found nothing.
import type { RuntimeStory } from '../story/runtime-types';
import type { RecognitionIndex } from '../recognise/index-format';
import { eventCandidates } from './candidates';
import { pageFigures, type PageFigure } from './page-figures';
import { type EventMatch, type EventPage, type EventReading, readEvent } from './recognise-event';
import type { StorySignature } from './signature';

/** A story with its signature, as the story files hold them. */
export interface SignedEntry {
  story: RuntimeStory;
  signature: StorySignature;
}

/** An event match as the sidebar receives it. */
export interface EventRecognition {
  match: EventMatch;
  story: RuntimeStory;
  /** The page's figures the engine is sure of (lib/event/page-figures.ts). */
  figures: PageFigure[];
}

/**
 * Longest text read: an article is rarely a fifth of this; a longer page (a liveblog's whole day, a hostile page)
 * is read to the paragraph before it, so one page never costs more than a long article.
 */
export const MAX_EVENT_TEXT = 40_000;

/** The page's text cut at the last paragraph break before MAX_EVENT_TEXT. */
export function eventText(text: string): string {
  if (text.length <= MAX_EVENT_TEXT) return text;
  const cut = text.lastIndexOf('\n\n', MAX_EVENT_TEXT);
  return text.slice(0, cut > 0 ? cut : MAX_EVENT_TEXT);
}

/** The best event reading among the candidate stories (highest score, then the first given), or null. */
export function bestEventReading(
  page: EventPage,
  entries: readonly SignedEntry[],
): { entry: SignedEntry; reading: EventReading } | null {
  const bounded = { ...page, text: eventText(page.text) };
  let best: { entry: SignedEntry; reading: EventReading } | null = null;
  for (const entry of entries) {
    const reading = readEvent(bounded, entry.story, entry.signature);
    if (reading.match && (!best || reading.match.score > best.reading.match!.score)) best = { entry, reading };
  }
  return best;
}

/** The best event match among the candidate stories, as the sidebar receives it, or null. */
export function readEventPage(page: EventPage, entries: readonly SignedEntry[]): EventRecognition | null {
  const best = bestEventReading(page, entries);
  if (!best?.reading.match) return null;
  return {
    match: best.reading.match,
    story: best.entry.story,
    figures: pageFigures(best.reading.alignments, best.reading.text),
  };
}

/** The stories at hand that a page may report (tools and tests; the background loads each from its file). */
export function candidateEntries(
  page: EventPage,
  index: RecognitionIndex,
  entryOf: (story: string) => SignedEntry | null,
): SignedEntry[] {
  const text = page.headline ? `${page.headline}\n\n${page.text}` : page.text;
  return eventCandidates(index, text)
    .map((c) => entryOf(c.story))
    .filter((e): e is SignedEntry => e !== null);
}

/** The page's event match in one index whose stories are at hand. */
export function detectEvent(
  page: EventPage,
  index: RecognitionIndex,
  entryOf: (story: string) => SignedEntry | null,
): EventRecognition | null {
  return readEventPage(page, candidateEntries(page, index, entryOf));
}
