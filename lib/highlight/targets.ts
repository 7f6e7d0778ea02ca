// Which of an article's figures get marked, and the words the hover card shows about each.
import { marksFigure, type PageFigure } from '../event/page-figures';
import { outletName } from '../story/outlet-name';
import type { QuotedFigure, RuntimeArticle, RuntimeFact } from '../story/runtime-types';

/**
 * How a figure is marked: disputed strongly, agreed (consistent) quietly, and on a page matched by its story (not a
 * reviewed article) a figure the engine found to differ from reviewed outlets, in a style of its own.
 */
export type Tone = 'disputed' | 'agreed' | 'automatic';

/** One figure of the article being read that may be marked. */
export interface Target {
  /** Stable id of the claim: `<fact id>#<index in fact.claims>` (claims carry no id of their own). */
  claimId: string;
  factId: string;
  tone: Tone;
  claim: QuotedFigure;
  /** The reviewed article the figure is a claim of; null for a figure of a page that is none of them. */
  article: string | null;
}

/** The id `paint()` reports for a claim it could not find. */
export function claimId(fact: Pick<RuntimeFact, 'id'>, index: number): string {
  return `${fact.id}#${index}`;
}

/** The article's claims to mark: those of disputed facts, and of consistent facts when `quietAgreed`. */
export function targetsFor(facts: RuntimeFact[], articleId: string | null, quietAgreed: boolean): Target[] {
  const out: Target[] = [];
  for (const fact of facts) {
    const tone: Tone | null =
      fact.status === 'disputed' ? 'disputed' : fact.status === 'consistent' && quietAgreed ? 'agreed' : null;
    if (tone === null) continue;
    fact.claims.forEach((claim, i) => {
      if (claim.article === articleId)
        out.push({ claimId: claimId(fact, i), factId: fact.id, tone, claim, article: claim.article });
    });
  }
  return out;
}

/** Targets for a page matched by its story: its own figures the engine is sure differ from reviewed outlets. */
export function automaticTargets(figures: readonly PageFigure[]): Target[] {
  return figures
    .filter(marksFigure)
    .map((f, i) => ({ claimId: `page#${i}`, factId: f.fact, tone: 'automatic', claim: f, article: null }));
}

/** Who a claim's article should be credited to, in the card. */
export type ArticleRef = Pick<RuntimeArticle, 'id' | 'publisher' | 'revision'>;

/** What the hover card says about one figure. */
export interface CardContent {
  factId: string;
  label: string;
  tone: Tone;
  /** The figure as this article gives it. */
  figure: string;
  /** Each other outlet's figure(s), as text, one line per outlet. */
  others: { outlet: string; figures: string[] }[];
  /** The story is the reader's own comparison: the others are reports they added, not reviewed outlets. */
  compared?: boolean;
}

function outletOf(id: string, articles: ArticleRef[]): string {
  const a = articles.find((x) => x.id === id);
  return a === undefined ? id : outletName(a);
}

/** The card's content for a target: the fact's label and the other articles' figures, grouped by outlet. */
export function cardContent(fact: RuntimeFact, target: Target, articles: ArticleRef[]): CardContent {
  const byOutlet = new Map<string, string[]>();
  for (const claim of fact.claims) {
    if (claim.article === target.article) continue;
    const outlet = outletOf(claim.article, articles);
    const figures = byOutlet.get(outlet) ?? [];
    if (!figures.includes(claim.figureText)) figures.push(claim.figureText);
    byOutlet.set(outlet, figures);
  }
  return {
    factId: fact.id,
    label: fact.label,
    tone: target.tone,
    figure: target.claim.figureText,
    others: [...byOutlet].map(([outlet, figures]) => ({ outlet, figures })),
  };
}
