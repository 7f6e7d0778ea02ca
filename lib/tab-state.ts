// What the popup is told about a checked page, made in the background from the engine's answer: the article and
// its publisher, or the story a page in other words reports, or nothing known.
import type { PageAnswer } from './engine/answer';
import type { TabState } from './messages';

/** The tab state for the engine's answer about a page that has been checked. */
export function tabStateOf(answer: PageAnswer): TabState {
  const known: TabState = { checked: true, match: null, headline: null, publisher: null, unavailable: false };
  if (answer.kind === 'article') {
    const article = answer.story.articles.find((a) => a.id === answer.match.article);
    const { story } = answer;
    return {
      ...known,
      match: answer.match,
      headline: article?.headline ?? null,
      publisher: article?.publisher ?? null,
      // A report of a comparison the reader kept: automatic, never a known (reviewed) article.
      ...(story.automatic ? { comparison: { title: story.title, reports: story.articles.length, kept: true } } : {}),
    };
  }
  if (answer.kind === 'event') {
    const { story, match } = answer;
    return {
      ...known,
      event: {
        story: story.id,
        title: story.title,
        facts: match.facts,
        articles: story.articles.length,
        ...(story.automatic ? { automatic: true as const } : {}),
      },
    };
  }
  return known;
}
