// What the popup is told about a checked page, made in the background from the recognition answer: the article and
// its publisher, or the story a page in other words reports, or nothing known.
import type { ContentToBackgroundReplies, TabState } from './messages';

/** The tab state for a recognition answer (a page that has been checked). */
export function tabStateOf(reply: ContentToBackgroundReplies['recognise']): TabState {
  const known: TabState = { checked: true, match: null, headline: null, publisher: null, unavailable: false };
  if (reply.match) {
    const article = reply.story.articles.find((a) => a.id === reply.match.article);
    return { ...known, match: reply.match, headline: article?.headline ?? null, publisher: article?.publisher ?? null };
  }
  if (reply.event) {
    const { story, match } = reply.event;
    return {
      ...known,
      event: { story: story.id, title: story.title, facts: match.facts, articles: story.articles.length },
    };
  }
  return known;
}
