// Which stories of a recognition index a page may report, ranked over the whole index by the names it shares with
// each, every name weighted by how few stories use it (lib/event/terms.ts). Only candidates are aligned
// (lib/event/recognise-event.ts): an ordinary article costs a look-up of its names and nothing more.
import { hashWord } from '../fingerprint/hash';
import { type AnyRecognitionIndex, lookupsOf } from '../recognise/index-lookups';
import { HEADLINE_TERM } from './headline-terms';
import type { TextName } from './names';
import { nameWeight, specificity } from './terms';

/** A story a page may report: how much the names it shares with the page weigh, and which they are. */
export interface EventCandidate {
  story: string;
  /** Sum of the weights of the shared names. */
  score: number;
  /** The shared names, heaviest first. */
  names: string[];
  /** The best score of the other stories of the index (0 when none shares a name). */
  next: number;
  /**
   * Shared names of two words or more that few of the index's stories use (their specificity, `specificity()`, is
   * at least SPECIFIC): the event's own people, streets and places, as far as a large enough index can tell. A name
   * inside a longer one of them ("new york" in "new york city") is not listed again.
   */
  specific: string[];
  /** Of them, the full names of people (a victim, a suspect, a witness): what most singles an event out. */
  people: string[];
  /** Of the specific names, the region's institutions and areas (a county, its hospital): never enough alone. */
  settings: string[];
  /** The page's headline words the story's headlines share (lib/event/headline-terms.ts), and what they weigh. */
  words: string[];
  wordScore: number;
}

/** A name is specific to a story when its specificity is at least this: one story in about 20 uses it, or fewer. */
export const SPECIFIC = 3;

// Names of the institutions and areas a region's every event passes through (the county, its hospital, its police,
// its courts): rare in an index of many places, yet no more one event's than the city is. A street, a person, a
// business or a school stays the event's own.
// A center is the region's when it heals, holds or answers ("Grant Medical Center", "the detention center"), not
// when it is a place of the event ("Coastland Center", a mall).
const SETTING_HEAD =
  /\s(?:county|parish|borough|township|district|state|city|(?:medical|trauma|health|cancer|burn|detention|justice|correctional|juvenile|emergency|communications|dispatch) cent(?:er|re)|hospital|clinic|infirmary|department|office|police|sheriff|courthouse|jail|prison)$/;

/** The most candidates aligned per index: the alignment costs milliseconds each. */
export const MAX_CANDIDATES = 4;
/** A candidate's names must weigh at least this share of the best candidate's. */
export const CANDIDATE_SHARE = 0.4;
/** And at least this much: two names used by one story in a hundred, or one name and the page's own figures. */
export const MIN_CANDIDATE_SCORE = 6;

/**
 * The page's candidate stories in one index, heaviest first (ties: index order). A paged index answers only from
 * parts it has read (whenReady in lib/recognise/when-ready.ts reads them): none when it lacks one.
 */
export function eventCandidates(
  index: AnyRecognitionIndex,
  names: ReadonlyMap<string, TextName>,
  headlineWords: readonly string[] = [],
  max = MAX_CANDIDATES,
): EventCandidate[] {
  const lookups = lookupsOf(index);
  // A value that is no index is an error the caller reports (the door tells onProblem), not a page without candidates.
  if (!lookups) throw new TypeError('not a recognition index');
  if (!lookups.hasEventTerms || names.size + headlineWords.length === 0) return [];
  const stories = lookups.storyCount;
  type Shared = { key: string; weight: number; specific: boolean; person: boolean };
  const found = new Map<number, { score: number; names: Shared[]; words: Shared[] }>();
  const entryOf = (ordinal: number) => {
    const entry = found.get(ordinal) ?? { score: 0, names: [], words: [] };
    found.set(ordinal, entry);
    return entry;
  };
  for (const name of names.values()) {
    const postings = lookups.storiesWithTerm(hashWord(name.key));
    if (postings.length === 0) continue;
    const weight = nameWeight(postings.length, stories);
    // An official who speaks for many events (a police spokesman) is not the event's own, however rare the name.
    const specific = !name.official && name.key.includes(' ') && specificity(postings.length, stories) >= SPECIFIC;
    for (const ordinal of postings) {
      const entry = entryOf(ordinal);
      entry.score += weight;
      entry.names.push({ key: name.key, weight, specific, person: specific && name.fullPerson });
    }
  }
  // A headline word weighs what its specificity says: nothing in a one-story index, where every word of the story's
  // headlines would otherwise look rare.
  for (const word of new Set(headlineWords)) {
    const postings = lookups.storiesWithTerm(hashWord(word));
    if (postings.length === 0) continue;
    const weight = specificity(postings.length, stories);
    if (weight <= 0) continue;
    for (const ordinal of postings) {
      const entry = entryOf(ordinal);
      entry.score += weight;
      entry.words.push({ key: word, weight, specific: false, person: false });
    }
  }
  const ranked = [...found].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]);
  const best = ranked[0]?.[1].score ?? 0;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const candidates = ranked
    .filter(([, e]) => e.score >= MIN_CANDIDATE_SCORE && e.score >= best * CANDIDATE_SHARE)
    .slice(0, max)
    .map(([ordinal, e], i) => ({
      story: lookups.storyIdOf(ordinal),
      score: round(e.score),
      names: e.names.sort((a, b) => b.weight - a.weight).map((n) => n.key),
      next: round((i === 0 ? ranked[1]?.[1].score : best) ?? 0),
      specific: outermost(e.names.filter((n) => n.specific).map((n) => n.key)),
      people: e.names.filter((n) => n.person).map((n) => n.key),
      settings: e.names.filter((n) => n.specific && SETTING_HEAD.test(n.key)).map((n) => n.key),
      words: e.words.map((w) => w.key.slice(HEADLINE_TERM.length)),
      wordScore: round(e.words.reduce((sum, w) => sum + w.weight, 0)),
    }))
    .filter((c) => c.story !== '');
  return lookups.complete() ? candidates : [];
}

// The names not inside a longer one of the list (as whole words).
function outermost(keys: readonly string[]): string[] {
  return keys.filter((k) => !keys.some((o) => o !== k && ` ${o} `.includes(` ${k} `)));
}
