// Whether a text reports a story at all, from its alignments: a figure that fits a fact is only a report of the
// story when the text reports several of the story's facts, near its top, and is dated when the story happened.
// A troop count in a piece about another week is about that week.
import type { RuntimeStory } from '../story/runtime-types';
import { addDays } from '../quantity/calendar';
import type { Alignment } from './types';

/** The text-level evidence behind alignments. */
export interface StoryEvidence {
  reports: boolean;
  /** Distinct facts of the story the text's figures report. */
  facts: number;
  /** Whether one of them is in the text's first paragraphs. */
  lead: boolean;
  /** Share of the text's amounts, dates and durations that report a fact of the story. */
  share: number;
  /** Publication date against the story's dates: inside the window, outside it, or unknown. */
  date: 'inside' | 'outside' | 'unknown';
  reason: string;
}

/** Thresholds of the text-level check (see lib/claims/README.md). */
export const STORY_EVIDENCE = {
  minFacts: 2,
  /** Confidence an alignment needs to count as evidence. */
  minConfidence: 0.35,
  leadParagraphs: 3,
  minShare: 0.25,
  /** Days before the story's first date and after its last that a report of it may be dated. */
  daysBefore: 3,
  daysAfter: 10,
} as const;

const FIGURES = new Set(['count', 'date', 'duration', 'distance']);

/** Weighs the alignments of one text against one story. */
export function storyEvidence(
  alignments: readonly Alignment[],
  story: RuntimeStory,
  published: string | null,
): StoryEvidence {
  // Only confident alignments count as evidence: a few weak fits are what other stories of the same place give.
  const aligned = alignments.filter((a) => a.fact !== null && a.confidence >= STORY_EVIDENCE.minConfidence);
  const facts = new Set(aligned.map((a) => a.fact)).size;
  const lead = aligned.some((a) => a.claim.sentence.paragraph < STORY_EVIDENCE.leadParagraphs);
  const figures = alignments.filter((a) => FIGURES.has(a.claim.kind));
  const share = figures.length === 0 ? 0 : figures.filter((a) => a.fact !== null).length / figures.length;
  const date = dateFit(published, story);
  const reasons: string[] = [];
  if (date === 'outside') reasons.push(`dated ${published}, outside the story's dates`);
  if (facts < STORY_EVIDENCE.minFacts) reasons.push(`${facts} of the story's facts reported`);
  if (!lead) reasons.push('none of them in the first paragraphs');
  if (share < STORY_EVIDENCE.minShare) reasons.push(`${Math.round(share * 100)}% of its figures report the story`);
  return {
    reports: reasons.length === 0,
    facts,
    lead,
    share: Math.round(share * 1000) / 1000,
    date,
    reason: reasons.join('; ') || 'reports the story',
  };
}

function dateFit(published: string | null, story: RuntimeStory): StoryEvidence['date'] {
  const day = published?.slice(0, 10);
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return 'unknown';
  const from = addDays(story.dates.start, -STORY_EVIDENCE.daysBefore);
  const to = addDays(story.dates.end, STORY_EVIDENCE.daysAfter);
  return day >= from && day <= to ? 'inside' : 'outside';
}
