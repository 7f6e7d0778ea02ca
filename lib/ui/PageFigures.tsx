// "This page's figures": on a page matched by its story, each of its figures Parallax's engine tied to a fact, in
// the page's own words, beside the reviewed outlets' figures. Automatic, and shown so: its own colour, a tag, words.
import type { PageFigure } from '../event/page-figures';
import type { RuntimeStory } from '../story/runtime-types';
import { comparedWith } from './compared-with';
import { compareFigures, type Relation } from './page-figures-model';
import { QuoteText } from './QuoteText';

/** Props: the story, the page's figures, and how to reach a figure in the page or its fact's card. */
export interface PageFiguresProps {
  story: RuntimeStory;
  figures: readonly PageFigure[];
  /** Scrolls the page to the figure of this fact; false when it is not in the page. */
  onShowFact(factId: string): boolean;
  /** Brings the fact's reviewed card into view. */
  onOpenFact(factId: string): void;
}

const RELATION_TEXT: Record<Relation, string> = { agrees: 'agrees', differs: 'differs', unknown: 'not compared' };

/** The page's own figures, compared by the engine with the reviewed outlets. */
export function PageFigures({ story, figures, onShowFact, onOpenFact }: PageFiguresProps) {
  const rows = compareFigures(story, figures);
  const differing = rows.filter((r) => r.differs).length;
  const words = comparedWith(story);
  return (
    <section class="px-auto" aria-labelledby="px-auto-heading">
      <h3 id="px-auto-heading">This page’s figures</h3>
      <p class="px-auto-note">
        <span class="px-tag px-tag-auto">Automatic</span> Parallax’s engine matched these figures to the story’s facts;
        no one has reviewed them.{' '}
        {rows.length === 0
          ? ''
          : differing === 0
            ? `None differs from ${words.outlets}.`
            : `${differing} of ${rows.length} differ${differing === 1 ? 's' : ''} from ${words.outlet}.`}
      </p>
      {rows.length === 0 ? (
        <p class="px-muted">No figure on this page could be matched to a fact with confidence.</p>
      ) : (
        <ul class="px-auto-list">
          {rows.map(({ figure, fact, outlets, differs }, i) => (
            <li key={`${fact.id}-${i}`} class={`px-auto-item${differs ? ' px-auto-differs' : ''}`} data-fact={fact.id}>
              <p class="px-auto-label">
                <strong>{fact.label}</strong>
              </p>
              {differs ? <p class="px-auto-differs-note">Differs from {words.outlet}</p> : null}
              <p class="px-quote-line">
                <span class="px-muted">This page: </span>
                <QuoteText claim={figure} />
              </p>
              <ul class="px-auto-outlets" aria-label={words.listLabel}>
                {outlets.map((o) => (
                  <li key={o.articleId} data-relation={o.relation}>
                    {o.outlet}: <strong>{o.figures.join(', ')}</strong>{' '}
                    <span class={`px-relation px-relation-${o.relation}`}>({RELATION_TEXT[o.relation]})</span>
                  </li>
                ))}
              </ul>
              <p class="px-show">
                <button type="button" class="px-button" onClick={() => onShowFact(fact.id)}>
                  Show in the page<span class="px-sr">: {fact.label}</span>
                </button>
                <button type="button" class="px-button" onClick={() => onOpenFact(fact.id)}>
                  {words.fact}
                  <span class="px-sr">: {fact.label}</span>
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
