// A story's articles as a list: each outlet linked to its page, its headline when the index has one, and the page the
// reader is on named as such.
import type { RuntimeStory } from '../story/runtime-types';
import { outletLabel } from './sidebar-model';

/** Props: the story, the article the reader is on (or null), and the list's accessible name. */
export interface ArticleLinksProps {
  story: RuntimeStory;
  current?: string | null;
  label?: string;
}

/** One line per article: "CNN, revision 2: headline", linked to its page. */
export function ArticleLinks({ story, current = null, label }: ArticleLinksProps) {
  return (
    <ul class="px-event-articles" aria-label={label}>
      {story.articles.map((a) => (
        <li key={a.id}>
          {a.url ? (
            <a href={a.url} target="_blank" rel="noopener noreferrer">
              {outletLabel(a)}
            </a>
          ) : (
            outletLabel(a)
          )}
          {a.headline ? <span class="px-muted">: {a.headline}</span> : null}
          {a.id === current ? <strong> (this page)</strong> : null}
        </li>
      ))}
    </ul>
  );
}
