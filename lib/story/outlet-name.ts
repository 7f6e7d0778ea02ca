// The name a reader credits an article by, written one way everywhere Parallax shows it (the sidebar, the mark's
// card, the popup, the tools): "CNN, revision 2" or "AFP".
import type { RuntimeArticle } from './runtime-types';

/** An article's outlet as a reader credits it: its publisher, and its revision when it has one. */
export function outletName(article: Pick<RuntimeArticle, 'publisher' | 'revision'>): string {
  return article.revision ? `${article.publisher}, revision ${article.revision.number}` : article.publisher;
}

/** The same name abbreviated for a narrow column header: "CNN rev. 2". */
export function shortOutletName(article: Pick<RuntimeArticle, 'publisher' | 'revision'>): string {
  return article.revision ? `${article.publisher} rev. ${article.revision.number}` : article.publisher;
}
