// Whether a page that is none of the indexed articles reports an indexed story: an "event match". The evidence is
// the page's own figures aligned with the story's facts (how many, how near its top), the names it shares with the
// story's articles, and its date against the story's dates. One false alarm is worse than five misses: every
// threshold below was chosen from the measured margins (lib/event/README.md).
import { alignClaims } from '../claims/align-claims';
import type { Alignment } from '../claims/types';
import type { RuntimeStory } from '../story/runtime-types';
import type { EventCandidate } from './candidates';
import { dateFit, type EventEvidence, weigh } from './event-evidence';
import { EVENT_THRESHOLDS, NAME_THRESHOLDS, UNDATED, WORD_THRESHOLDS } from './thresholds';
import type { PageText } from './page-text';
import { storyWindows } from './story-days';

export type { EventEvidence } from './event-evidence';
export { EVENT_THRESHOLDS, NAME_THRESHOLDS, UNDATED, WORD_THRESHOLDS } from './thresholds';
import type { StorySignature } from './signature';

/** An event match: the story, how sure, and how many of its facts the page reports. */
export interface EventMatch {
  story: string;
  score: number;
  /** Distinct facts of the story the page's figures report. */
  facts: number;
}

/** The page read against one story: the match (or null), the evidence, and every figure's alignment. */
export interface EventReading {
  match: EventMatch | null;
  evidence: EventEvidence;
  /** The page's figures, aligned against the story (all "none" when there is no match). */
  alignments: Alignment[];
  /** The text the alignments' offsets point into: the headline, a blank line, then the article text. */
  text: string;
  /** The day the page's relative dates were read from: its metadata, its dateline, or null. */
  published: string | null;
}

/** Reads a page (read once, `readPageText`) against one story, found as `candidate` when it was looked up. */
export function readEvent(
  page: PageText,
  story: RuntimeStory,
  signature: StorySignature,
  candidate: EventCandidate | null = null,
  options: { explain?: boolean } = {},
): EventReading {
  const { text, published } = page;
  // Whether the page reads as an article rather than a list, worked out once per page (not once per story).
  const shaped = page.articleShaped();
  // A page dated outside the story's days, or no article at all, does not report it whatever its figures say: they are
  // aligned only to explain the decision (the costliest step, and most candidate pages of a day's reading are these).
  // So does a page whose names and words already rule out every way to a match, however many of the story's facts
  // its figures reported.
  const outright = !options.explain && (dateFit(page, story) === 'outside' || !shaped);
  const unaligned = options.explain || outright ? null : weigh([], page, story, signature, candidate);
  const settled =
    outright || (unaligned !== null && !couldMatch(unaligned, story.facts.length, writesStoryYear(text, story)));
  const alignments = settled ? [] : alignClaims(page.claims(), story, { published });
  // A page settled before alignment has nothing aligned: what was weighed then is its evidence.
  const evidence = settled && unaligned ? unaligned : weigh(alignments, page, story, signature, candidate);
  const dated = evidence.date !== 'unknown';
  const reasons: string[] = [];
  if (!shaped) reasons.push('the page is a list of items (results, headlines, links), not an article');
  if (evidence.date === 'outside') reasons.push(`dated ${published}, outside the story's days`);
  if (evidence.date === 'unknown' && evidence.laterDay)
    reasons.push(`it names ${evidence.laterDay}, outside the story's days`);
  const byFacts = factReasons(evidence);
  const byNames = nameReasons(evidence, dated);
  const byWords = wordReasons(evidence);
  if (byFacts.length > 0 && byNames.length > 0 && byWords.length > 0) reasons.push(...byFacts, ...byNames, ...byWords);
  evidence.reasons = reasons;
  if (reasons.length > 0) {
    const none = alignments.map((a) =>
      a.fact
        ? {
            ...a,
            fact: null,
            confidence: 0,
            value: null,
            agrees: [],
            differs: [],
            reason: `the page does not report this story (${reasons.join('; ')})`,
          }
        : a,
    );
    return { match: null, evidence, alignments: none, text, published };
  }
  evidence.route = byFacts.length === 0 ? 'facts' : byNames.length === 0 ? 'names' : 'words';
  const score = Math.min(
    0.95,
    0.5 +
      0.08 * evidence.facts +
      0.15 * evidence.share +
      0.05 * evidence.specificNames.length +
      (evidence.date === 'inside' ? 0.1 : 0),
  );
  return {
    match: { story: story.id, score: Math.round(score * 1000) / 1000, facts: evidence.facts },
    evidence,
    alignments,
    text,
    published,
  };
}

/**
 * Whether evidence weighed before alignment could still make a match: with every one of the story's `facts`
 * reported, all at the page's top and every figure the story's, would the facts or the names carry it? When not,
 * aligning the page's figures cannot change the answer. An undated page that writes a year of the story's days
 * (`namesAYear`, writesStoryYear) may name one of those days among its figures, which would date it there.
 */
export function couldMatch(before: EventEvidence, facts: number, namesAYear = true): boolean {
  const date = before.date === 'unknown' && namesAYear ? 'inside' : before.date;
  const best = { ...before, facts, leadFacts: facts, share: 1, date };
  return (
    factReasons(best).length === 0 ||
    nameReasons(best, best.date !== 'unknown').length === 0 ||
    wordReasons(best).length === 0
  );
}

/**
 * Whether `text` writes the year of one of the story's days. An undated page is dated by a day it names with its year
 * in the story's days (event-evidence.ts), so one that writes none of those years cannot be.
 */
export function writesStoryYear(text: string, story: RuntimeStory): boolean {
  for (const [from, to] of storyWindows(story))
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++)
      if (text.includes(String(year))) return true;
  return false;
}

// Why the story's figures on the page are not enough (none: they are).
function factReasons(e: EventEvidence): string[] {
  // An undated page gets no credit for its date: its figures must carry it alone, by a wider margin.
  const t = e.date === 'unknown' ? { ...EVENT_THRESHOLDS, ...UNDATED } : EVENT_THRESHOLDS;
  const reasons: string[] = [];
  if (e.facts < t.minFacts) reasons.push(`${e.facts} of the story's facts reported (${t.minFacts} needed)`);
  if (e.leadFacts < t.minLeadFacts)
    reasons.push(`${e.leadFacts} of them in the headline or the first paragraphs (${t.minLeadFacts} needed)`);
  if (e.share < t.minShare) reasons.push(`${Math.round(e.share * 100)}% of its figures report the story`);
  if (e.names < Math.min(t.minNames, e.namesOf)) reasons.push(`${e.names} of the story's names named`);
  // Figures of the same kind of event (another shooting's toll and ages) align too: unless the page reports many of
  // the story's facts, the names it shares must weigh enough as well.
  if (e.nameScore < t.minNameScore && e.facts < EVENT_THRESHOLDS.manyFacts)
    reasons.push(
      `the names it shares weigh ${e.nameScore} (${t.minNameScore} needed with fewer than ` +
        `${EVENT_THRESHOLDS.manyFacts} facts)`,
    );
  return reasons;
}

// Why the story's own names on the page are not enough (none: they are).
function nameReasons(e: EventEvidence, dated: boolean): string[] {
  const t = NAME_THRESHOLDS;
  const specific = dated ? t.minSpecific : t.undatedMinSpecific;
  const facts = dated ? t.minFacts : t.undatedMinFacts;
  const reasons: string[] = [];
  const own = e.specificNames.length + e.people.filter((p) => e.specificNames.includes(p)).length;
  // One own name is enough when the page and the story both name it at their top and a figure agrees.
  const leadOne = own >= 1 && e.leadSpecific.length >= 1 && e.facts >= 1 && specific <= 2;
  // Undated, nothing bounds the page in time: the page and the story must also share an own name at their tops.
  if (!dated && e.leadSpecific.length === 0) reasons.push("none of the story's own names at the top of both");
  // A county and its hospital are every local event's: the names must say more than where.
  if (own >= 1 && e.specificNames.every((n) => e.settings.includes(n)))
    reasons.push(`its own names are only the region's (${e.settings.join(', ')})`);
  if (own < specific && !leadOne)
    reasons.push(
      `${e.specificNames.length} of the story's own names (${specific} needed; a person's full name counts twice)`,
    );
  if (e.nameScore < t.minScore) reasons.push(`its names weigh ${e.nameScore} (${t.minScore} needed)`);
  else if (e.nameScore < t.margin * e.nextScore)
    reasons.push(`its names weigh ${e.nameScore}, too close to another story's ${e.nextScore}`);
  if (e.facts < facts) reasons.push(`${e.facts} of the story's facts reported with its names (${facts} needed)`);
  return reasons;
}

// Why the story's headlines' words on the page are not enough (none: they are). Only a page dated in the story's
// days: words say what kind of event, the days say which.
function wordReasons(e: EventEvidence): string[] {
  const t = WORD_THRESHOLDS;
  const reasons: string[] = [];
  if (e.date !== 'inside') reasons.push("its headline's words count only on a page dated in the story's days");
  if (e.words.length < t.minWords || e.wordScore < t.minScore)
    reasons.push(
      `its headline shares ${e.words.length} words with the story's, weighing ${e.wordScore} ` +
        `(${t.minWords} needed, weighing ${t.minScore})`,
    );
  else if (e.nameScore < t.margin * e.nextScore)
    reasons.push(`its names and words weigh ${e.nameScore}, too close to another story's ${e.nextScore}`);
  return reasons;
}
