// What the sidebar says about a page matched by its story: the reviewed articles it is compared with, and each of the
// page's own figures beside the reviewed outlets' figures for the same fact, agreeing or differing.
import type { PageFigure } from '../event/page-figures';
import type { RuntimeFact, RuntimeStory } from '../story/runtime-types';
import { outletLabel } from './sidebar-model';

/** How one reviewed outlet's figure relates to the page's: compatible, not, or not compared (no value to compare). */
export type Relation = 'agrees' | 'differs' | 'unknown';

/** One reviewed outlet beside a page figure. */
export interface OutletComparison {
  articleId: string | null;
  outlet: string;
  figures: string[];
  relation: Relation;
}

/** One line of "This page's figures". */
export interface FigureComparison {
  figure: PageFigure;
  fact: RuntimeFact;
  outlets: OutletComparison[];
  /** Whether any reviewed outlet's figure cannot be true with the page's. */
  differs: boolean;
}

/**
 * The page's figures with their facts and the reviewed outlets' figures, in page order. The same figure for the same
 * fact again (a headline repeated in the first paragraph) is listed once; a fact the story lacks is skipped.
 */
export function compareFigures(story: RuntimeStory, figures: readonly PageFigure[]): FigureComparison[] {
  const facts = new Map(story.facts.map((f) => [f.id, f]));
  const out: FigureComparison[] = [];
  const seen = new Set<string>();
  for (const figure of figures) {
    const fact = facts.get(figure.fact);
    const key = `${figure.fact}\u0000${figure.figureText.toLowerCase()}`;
    if (!fact || seen.has(key)) continue;
    seen.add(key);
    const byArticle = new Map<string, string[]>();
    for (const claim of fact.claims) {
      const list = byArticle.get(claim.article) ?? [];
      if (!list.includes(claim.figureText)) list.push(claim.figureText);
      byArticle.set(claim.article, list);
    }
    const outlets: OutletComparison[] = [];
    for (const article of story.articles) {
      const shown = byArticle.get(article.id);
      if (!shown) continue;
      const relation: Relation = figure.differs.includes(article.id)
        ? 'differs'
        : figure.agrees.includes(article.id)
          ? 'agrees'
          : 'unknown';
      outlets.push({ articleId: article.id, outlet: outletLabel(article), figures: shown, relation });
    }
    out.push({ figure, fact, outlets, differs: outlets.some((o) => o.relation === 'differs') });
  }
  return out;
}

/** "CNN, revision 1; CNN, revision 2; AFP; GlobalPost and France 24": the reviewed articles, named. */
export function reviewedArticleNames(story: RuntimeStory): string {
  const names = story.articles.map(outletLabel);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join('; ')} and ${names[names.length - 1]}`;
}
