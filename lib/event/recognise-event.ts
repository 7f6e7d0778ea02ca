// Whether a page that is none of the indexed articles reports an indexed story: an "event match". The evidence is
// the page's own figures aligned with the story's facts (how many, how near its top), the names it shares with the
// story's articles, and its date against the story's dates. One false alarm is worse than five misses: every
// threshold below was chosen from the measured margins (lib/event/README.md).
import { alignClaims } from '../claims/align-claims';
import { isOutletLine } from './boilerplate';
import type { Alignment } from '../claims/types';
import type { RuntimeStory } from '../story/runtime-types';
import { addDays, isIsoDate, isoOf } from '../quantity/calendar';
import { readDate } from '../quantity/parse-date';
import type { EventCandidate } from './candidates';
import type { PageText } from './page-text';
import { sharedNames, type StorySignature } from './signature';

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
  /** Of them, those both the page and the story name at their top (the headline or the first two paragraphs). */
  leadSpecific: string[];
  /** What carried the match: enough of the story's figures, or its own names; null when there is no match. */
  route: 'facts' | 'names' | null;
  date: 'inside' | 'outside' | 'unknown';
  /** For an undated page: a day it names ("January 15") outside the story's days, which dates it elsewhere. */
  laterDay: string | null;
  reasons: string[];
}

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

// A list of items (search results, a tag page, a section front) is no report: most of its lines are headlines,
// addresses and cut snippets, which do not end as sentences do.
const LIST_SHARE = 0.4;
const LIST_MIN_PARAGRAPHS = 5;

/**
 * Whether a page's text reads as an article: its paragraphs mostly end as sentences. The outlet's own lines
 * (share prompts, stamps, captions) and lines of a few words are left out of the count: an article has them too.
 */
export function articleShaped(text: string): boolean {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= 4 && !isOutletLine(p));
  if (paragraphs.length < LIST_MIN_PARAGRAPHS) return true;
  const unfinished = paragraphs.filter(
    (p) => !/[.!?]["'\u201d\u2019)\]]*$/.test(p) || /(\.\.\.|\u2026)["'\u201d\u2019]?$/.test(p),
  ).length;
  return unfinished / paragraphs.length < LIST_SHARE;
}

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

/** Reads a page (read once, `readPageText`) against one story, found as `candidate` when it was looked up. */
export function readEvent(
  page: PageText,
  story: RuntimeStory,
  signature: StorySignature,
  candidate: EventCandidate | null = null,
): EventReading {
  const { text, published } = page;
  const alignments = alignClaims(page.claims(), story, { published });
  const evidence = weigh(alignments, page, story, signature, candidate);
  const dated = evidence.date !== 'unknown';
  const reasons: string[] = [];
  if (!articleShaped(page.body))
    reasons.push('the page is a list of items (results, headlines, links), not an article');
  if (evidence.date === 'outside') reasons.push(`dated ${published}, outside the story's days`);
  if (evidence.date === 'unknown' && evidence.laterDay)
    reasons.push(`it names ${evidence.laterDay}, outside the story's days`);
  const byFacts = factReasons(evidence);
  const byNames = nameReasons(evidence, dated);
  if (byFacts.length > 0 && byNames.length > 0) reasons.push(...byFacts, ...byNames);
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
  evidence.route = byFacts.length === 0 ? 'facts' : 'names';
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

function weigh(
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
  const wanted = new Set(sharedNames(signature, Math.min(2, Math.max(1, story.articles.length))));
  const named = [...wanted].filter((key) => page.names.has(key));
  return {
    facts,
    leadFacts,
    share: Math.round(share * 1000) / 1000,
    names: named.length,
    namesOf: wanted.size,
    date: dateFit(page, story),
    laterDay: published || page.monthDay ? null : namedDayOutside(alignments, story),
    nameScore: candidate?.score ?? 0,
    nextScore: candidate?.next ?? 0,
    specificNames: candidate?.specific ?? [],
    people: candidate?.people ?? [],
    leadSpecific: (candidate?.specific ?? []).filter(
      (k) => page.names.get(k)?.lead && (signature.names.find((n) => n.name === k)?.lead ?? 0) > 0,
    ),
    route: null,
    reasons: [],
  };
}

// The first calendar day (a day of a month, not a month or a weekday) an undated page names outside the story's days
// and outside its facts.
function namedDayOutside(alignments: readonly Alignment[], story: RuntimeStory): string | null {
  const from = addDays(story.dates.start, -EVENT_THRESHOLDS.daysBefore);
  const to = addDays(story.dates.end, EVENT_THRESHOLDS.daysAfter);
  for (const a of alignments) {
    // A day the story's facts themselves name ("the intervention began on January 11") dates nothing.
    if (a.claim.kind !== 'date' || a.fact !== null || !/\d/.test(a.claim.figure.text)) continue;
    const day = readDate(a.claim.figure.text, story.dates.end);
    if (day && day.lo === day.hi && (day.lo < from || day.lo > to)) return a.claim.figure.text;
  }
  return null;
}

// The page's day against the story's days. A dateline's month and day without a year is read in the story's own
// year(s): inside the window then, or outside it in any year (the window does not come round again).
function dateFit(page: PageText, story: RuntimeStory): EventEvidence['date'] {
  const from = addDays(story.dates.start, -EVENT_THRESHOLDS.daysBefore);
  const to = addDays(story.dates.end, EVENT_THRESHOLDS.daysAfter);
  const { published, monthDay } = page;
  if (published && /^\d{4}-\d{2}-\d{2}$/.test(published))
    return published >= from && published <= to ? 'inside' : 'outside';
  if (!monthDay) return 'unknown';
  const years = new Set([from, to].map((d) => Number(d.slice(0, 4))));
  const days = [...years].map((y) => isoOf(y, monthDay.month, monthDay.day));
  return days.some((d) => isIsoDate(d) && d >= from && d <= to) ? 'inside' : 'outside';
}
