// The first thing the sidebar says on a page matched by its story: Parallax has not reviewed this article, and which
// reviewed articles report the same story.
import type { RuntimeStory } from '../story/runtime-types';
import { comparedWith } from './compared-with';
import { ArticleLinks } from './ArticleLinks';

/** Props: the story the page reports. */
export interface EventNoticeProps {
  story: RuntimeStory;
}

/** "Parallax has not reviewed this article. It reports the same story as 5 reviewed articles: …". */
export function EventNotice({ story }: EventNoticeProps) {
  const n = story.articles.length;
  return (
    <section class="px-event" aria-labelledby="px-event-heading">
      <h3 id="px-event-heading">Parallax has not reviewed this article</h3>
      <p>It reports the same story as {comparedWith(story).articles(n)}:</p>
      <ArticleLinks story={story} />
    </section>
  );
}
