// A story's signature for event recognition, built by the index build from the reviewed texts: the names the
// story's articles use (people, places, groups) with how many articles use them and how many at the top, and its
// dates. A page that names none of them reports another story; one that names its rarest reports this one.
import { readSentences } from '../claims/extract-claims';
import type { RuntimeStory } from '../story/runtime-types';
import type { SignatureName, StorySignature } from '../story/story-signature';
import { headedFurniture } from './headline-terms';
import { siteWords, textNames } from './names';

export { nameKey } from './names';
export type { StorySignature } from '../story/story-signature';

/** The signature of a story: the names of its articles (headline and text), by how many articles use them. */
export function storySignature(story: RuntimeStory): StorySignature {
  const counts = new Map<string, SignatureName>();
  for (const article of story.articles) {
    const text = article.headline ? `${article.headline}\n\n${article.text}` : article.text;
    const furniture = headedFurniture(text, article.headline, article.url);
    for (const n of textNames(text, readSentences(text), siteWords(article.url), furniture).values()) {
      const had = counts.get(n.key) ?? { name: n.key, articles: 0, lead: 0, person: false };
      counts.set(n.key, {
        name: n.key,
        articles: had.articles + 1,
        lead: (had.lead ?? 0) + (n.lead ? 1 : 0),
        person: (had.person ?? false) || n.fullPerson,
      });
    }
  }
  const names = [...counts.values()].sort(
    (a, b) => b.articles - a.articles || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  return { format: 2, names, dates: { start: story.dates.start, end: story.dates.end } };
}

/** The signature's names that several of its articles share: what identifies the story. */
export function sharedNames(signature: StorySignature, min = 2): string[] {
  return signature.names.filter((n) => n.articles >= min).map((n) => n.name);
}
