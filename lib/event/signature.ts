// A story's signature for event recognition, built by the index build from the reviewed texts: the names the
// story's articles share (people, places, groups) and its dates. A page that names none of them reports another
// story; one that names them is worth aligning.
import { readSentences } from '../claims/extract-claims';
import { placeKey } from '../claims/lexicon';
import type { RuntimeStory } from '../story/runtime-types';
import type { StorySignature } from '../story/story-signature';

export type { StorySignature } from '../story/story-signature';

/** Folded key of a name as the signature and the page compare them ("Le Drian's" → "le drian", "French" → "france"). */
export function nameKey(name: string): string {
  const folded = name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['\u2019]s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return folded.includes(' ') ? folded : placeKey(folded);
}

/** The signature of a story: the names of its articles, by how many articles name them. */
export function storySignature(story: RuntimeStory): StorySignature {
  const counts = new Map<string, number>();
  for (const article of story.articles) {
    const names = new Set<string>();
    for (const s of readSentences(article.text)) {
      for (const e of s.entities) {
        names.add(nameKey(e.text));
        // A name is also given by its last word alone: a person by the surname ("Fabius"), a river or a group by its
        // proper word ("the River Arden", "the Arden").
        names.add(nameKey(e.words[e.words.length - 1]!));
      }
    }
    for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const names = [...counts]
    .map(([name, articles]) => ({ name, articles }))
    .sort((a, b) => b.articles - a.articles || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { format: 1, names, dates: { start: story.dates.start, end: story.dates.end } };
}

/** The signature's names that several of its articles share: what identifies the story. */
export function sharedNames(signature: StorySignature, min = 2): string[] {
  return signature.names.filter((n) => n.articles >= min).map((n) => n.name);
}
