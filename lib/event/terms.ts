// The words of event lookup: a story is found by the names its articles use (stored in the recognition index by the
// build, lib/recognise/README.md sections EVHS, EVOF, EVST), a page by the names it uses. How rare a name is across
// the index (how few stories use it) is what it is worth: a victim's name points at one story, a city at many.
import type { SignatureName, StorySignature } from '../story/story-signature';

/** Most names a story puts in the index. */
export const MAX_STORY_TERMS = 64;

// Names shorter than this are particles or initials ("le", "al", "n"), not names.
const MIN_TERM_LENGTH = 3;

/**
 * The names a story is looked up by, most telling first: those at the top of most of its articles, then those most
 * articles use, a person's full name and a name of several words before the rest; at most `max`.
 */
export function eventTerms(signature: StorySignature, max = MAX_STORY_TERMS): string[] {
  const rank = (n: SignatureName) =>
    (n.lead ?? 0) * 2 + n.articles + (n.person ? 1 : 0) + (n.name.includes(' ') ? 1 : 0);
  return signature.names
    .filter((n) => n.name.length >= MIN_TERM_LENGTH)
    .sort((a, b) => rank(b) - rank(a) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, max)
    .map((n) => n.name);
}

/**
 * How much one shared name says, from how many of the index's stories use it (`df`) and how many stories the index
 * has: an inverse document frequency, with the index counted as at least 100 stories, so that in a small index (a
 * single story, a class's pack) every name is worth about as much as a rare one in a large index.
 */
export function nameWeight(df: number, stories: number): number {
  return Math.log((Math.max(stories, 100) + 1) / (df + 1));
}

/**
 * How specific a name is to the stories that use it, from the index alone: log((stories + 1) / (df + 1)). Zero in a
 * one-story index, where nothing tells a story's own names from the names of its place and time.
 */
export function specificity(df: number, stories: number): number {
  return Math.log((stories + 1) / (df + 1));
}
