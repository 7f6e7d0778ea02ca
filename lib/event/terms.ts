// The cheap first look of event recognition: the words of a story's shared names ("mali", "drian", "timbuktu"),
// stored in the recognition index by the build, and the capitalised words of a page. A page that names too few of a
// story's words is never aligned against it, so an ordinary article costs a scan of its words and a few lookups.
import { placeKey } from '../claims/lexicon';
import { sharedNames, type StorySignature } from './signature';

/** Most words a story puts in the index: its most shared names' main words. */
export const MAX_STORY_TERMS = 16;
/** Distinct words of a story a page must name before it is aligned against the story. */
export const MIN_PAGE_TERMS = 2;

// Words shorter than this are particles of names ("le", "al", "de"), not names.
const MIN_TERM_LENGTH = 3;
// What a demonym adds to its place ("Malian", "Nigerien", "Chadians"), longest first.
const DEMONYM_ENDINGS = ['ians', 'ian', 'ans', 'ese', 'an', 'is', 'n', 'i', 's'];

/** Folds one word as names are compared: lower case, no accents, no possessive. */
function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['\u2019]s$/, '');
}

/**
 * The words a story is looked up by: the main (last) word of each name most of its articles share, most shared
 * first, without repeats; a person is found by the surname, a place by its name.
 */
export function eventTerms(signature: StorySignature, max = MAX_STORY_TERMS): string[] {
  const terms: string[] = [];
  for (const name of sharedNames(signature, Math.min(2, Math.max(1, maxArticles(signature))))) {
    const last = name.split(' ').pop() ?? '';
    const term = placeKey(fold(last));
    if (term.length >= MIN_TERM_LENGTH && !terms.includes(term)) terms.push(term);
    if (terms.length >= max) break;
  }
  return terms;
}

function maxArticles(signature: StorySignature): number {
  return signature.names.reduce((m, n) => Math.max(m, n.articles), 0);
}

/**
 * The words a page may name a story by: every capitalised word of its text, folded, with the place a demonym
 * names ("French" → "france", "Malian" → "malian" and "mali").
 */
export function pageTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const match of text.matchAll(/\p{Lu}[\p{L}\p{M}'\u2019-]*/gu)) {
    const word = placeKey(fold(match[0]));
    if (word.length < MIN_TERM_LENGTH) continue;
    terms.add(word);
    for (const ending of DEMONYM_ENDINGS) {
      if (word.endsWith(ending) && word.length - ending.length >= 4) terms.add(word.slice(0, -ending.length));
    }
  }
  return terms;
}
