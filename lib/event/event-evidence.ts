// The evidence an event match weighs, read from a page against one story: how many of the story's facts its figures
// report and how near its top, what share of its figures they are, the names it shares (and how specific they are,
// from the candidate look-up), its date against the story's days, and whether it reads as an article at all.
import type { Alignment } from '../claims/types';
import { isIsoDate, isoOf } from '../quantity/calendar';
import { readDate } from '../quantity/parse-date';
import type { RuntimeStory } from '../story/runtime-types';
import type { EventCandidate } from './candidates';
import type { PageText } from './page-text';
import { inWindows, storyWindows } from './story-days';
import { EVENT_THRESHOLDS, UNDATED } from './thresholds';
import { sharedNames, type StorySignature } from './signature';

/** The evidence behind an event match, for `detect --explain` and the tests. */
export interface EventEvidence {
  facts: number;
  /** Aligned facts in the headline or the first two paragraphs. */
  leadFacts: number;
  /** Share of the page's amounts and dates that report the story. */
  share: number;
  /** Shared names: those the page names among the names most of the story's articles share. */
  names: number;
  namesOf: number;
  /** How much all the names the page shares with the story weigh, and the next-best story's (lib/event/candidates.ts). */
  nameScore: number;
  nextScore: number;
  /** Shared names of two words or more that few stories of the index use: the event's own people, streets, places. */
  specificNames: string[];
  /** Of them, people's full names. */
  people: string[];
  /** Of them, the region's institutions and areas (a county, a hospital): a match by names needs one that is not. */
  settings: string[];
  /** Of them, those both the page and the story name at their top (the headline or the first two paragraphs). */
  leadSpecific: string[];
  /** The page's headline words the story's headlines share, and what they weigh (part of `nameScore`). */
  words: string[];
  wordScore: number;
  /**
   * What carried the match: enough of the story's figures, its own names, or its headlines' words in its days; null
   * when there is no match.
   */
  route: 'facts' | 'names' | 'words' | null;
  date: 'inside' | 'outside' | 'unknown';
  /** For an undated page: a day it names ("January 15") after the story's days, which dates it later. */
  laterDay: string | null;
  /**
   * For an undated page naming no later day: the first day it names with its year inside the story's days ("March 1,
   * 2014"), which dates it there.
   */
  namedDay: string | null;
  reasons: string[];
}

const LEAD_PARAGRAPHS = 3; // the headline is paragraph 0
const LEAD_CHARACTERS = 700;

// Where the first `n` paragraphs of a text end.
function paragraphEnd(text: string, n: number): number {
  let at = 0;
  for (let i = 0; i < n; i++) {
    const next = text.indexOf('\n\n', at);
    if (next < 0) return text.length;
    at = next + 2;
  }
  return at;
}
const FIGURES = new Set(['count', 'date', 'duration', 'distance']);

/** The evidence of a page against one story, its alignments made. */
export function weigh(
  alignments: readonly Alignment[],
  page: PageText,
  story: RuntimeStory,
  signature: StorySignature,
  candidate: EventCandidate | null,
): EventEvidence {
  const { text, published } = page;
  const minConfidence = published ? EVENT_THRESHOLDS.minConfidence : UNDATED.minConfidence;
  const strong = alignments.filter((a) => a.fact !== null && a.confidence >= minConfidence);
  const facts = new Set(strong.map((a) => a.fact)).size;
  // The top of the page: the headline and first two paragraphs, or its first 700 characters when those are short
  // (a Q&A or a list opens with a line or two).
  const leadEnd = Math.max(LEAD_CHARACTERS, paragraphEnd(text, LEAD_PARAGRAPHS));
  const leadFacts = new Set(strong.filter((a) => a.claim.sentence.start < leadEnd).map((a) => a.fact)).size;
  const figures = alignments.filter((a) => FIGURES.has(a.claim.kind));
  const share = figures.length === 0 ? 0 : figures.filter((a) => a.fact !== null).length / figures.length;
  const fit = dateFit(page, story);
  const laterDay = published || page.monthDay ? null : namedDayOutside(alignments, story);
  const namedDay = fit === 'unknown' && !laterDay ? namedDayInside(alignments, story) : null;
  const wanted = new Set(sharedNames(signature, Math.min(2, Math.max(1, story.articles.length))));
  const named = [...wanted].filter((key) => page.names.has(key));
  return {
    facts,
    leadFacts,
    share: Math.round(share * 1000) / 1000,
    names: named.length,
    namesOf: wanted.size,
    date: namedDay ? 'inside' : fit,
    laterDay,
    namedDay,
    nameScore: candidate?.score ?? 0,
    nextScore: candidate?.next ?? 0,
    specificNames: candidate?.specific ?? [],
    people: candidate?.people ?? [],
    settings: candidate?.settings ?? [],
    leadSpecific: (candidate?.specific ?? []).filter(
      (k) => page.names.get(k)?.lead && (signature.names.find((n) => n.name === k)?.lead ?? 0) > 0,
    ),
    words: candidate?.words ?? [],
    wordScore: candidate?.wordScore ?? 0,
    route: null,
    reasons: [],
  };
}

// The first calendar day (a day of a month, not a month or a weekday) an undated page names after the story's days
// and outside its facts. A page is written after the days it reports: one that names a later day was written later,
// but one written in the story's days may recall earlier ones ("a boy died nearby on May 2, 2014").
function namedDayOutside(alignments: readonly Alignment[], story: RuntimeStory): string | null {
  const windows = storyWindows(story);
  const last = windows[windows.length - 1]?.[1] ?? story.dates.end;
  for (const a of alignments) {
    // A day the story's facts themselves name ("the intervention began on January 11") dates nothing.
    if (a.claim.kind !== 'date' || a.fact !== null || !/\d/.test(a.claim.figure.text)) continue;
    const day = readDate(a.claim.figure.text, story.dates.end);
    if (day && day.lo === day.hi && day.lo > last) return a.claim.figure.text;
  }
  return null;
}

// The first day, with its year, that an undated page names inside the story's days, or null. A report names the day
// it tells of; a day without its year is left out, since read in the story's year it may fall in the story's days in
// a year the page never meant ("a girl was shot Nov. 22", written a year later).
function namedDayInside(alignments: readonly Alignment[], story: RuntimeStory): string | null {
  const windows = storyWindows(story);
  for (const a of alignments) {
    if (a.claim.kind !== 'date' || !/\b\d{4}\b/.test(a.claim.figure.text)) continue;
    const day = readDate(a.claim.figure.text, story.dates.end);
    if (day && day.lo === day.hi && inWindows(day.lo, windows)) return a.claim.figure.text;
  }
  return null;
}

// The page's day against the story's days. A dateline's month and day without a year is read in the story's own
// year(s): inside the window then, or outside it in any year (the window does not come round again).
/** Whether the page's date (its metadata's, else a dateline's) falls inside the story's days, outside, or is unknown. */
export function dateFit(page: PageText, story: RuntimeStory): EventEvidence['date'] {
  const { published, monthDay } = page;
  const windows = storyWindows(story);
  if (published && /^\d{4}-\d{2}-\d{2}$/.test(published)) return inWindows(published, windows) ? 'inside' : 'outside';
  if (!monthDay) return 'unknown';
  const years = new Set(windows.flat().map((d) => Number(d.slice(0, 4))));
  const days = [...years].map((y) => isoOf(y, monthDay.month, monthDay.day));
  return days.some((d) => isIsoDate(d) && inWindows(d, windows)) ? 'inside' : 'outside';
}
