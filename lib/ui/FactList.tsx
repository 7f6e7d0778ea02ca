// The facts as cards, one per fact, in display order; a card is drawn in full once it is about to be seen
// (lib/ui/use-drawn-facts.ts), brief before.
import type { VNode } from 'preact';
import { useMemo } from 'preact/hooks';
import type { RuntimeFact, RuntimeStory } from '../story/runtime-types';
import { FactCard } from './FactCard';

/** Props: the facts to show (already ordered and filtered), the story and the reader's article. */
export interface FactListProps {
  story: RuntimeStory;
  facts: RuntimeFact[];
  articleId: string | null;
  onShowFact(factId: string): boolean;
  /** The fact a highlight click or a summary link asked for, for a visible cue. */
  focusedFact: string | null;
  /** Ids of the facts whose cards are drawn in full; the others are brief. */
  drawn: ReadonlySet<string>;
  /** Of them, those whose outlets' quotes are drawn too (all of them when not given). */
  quotesDrawn?: ReadonlySet<string>;
  /** More facts are about to join the list (it says so to assistive technology until they have). */
  busy?: boolean;
}

/** A list of fact cards; says so when a filter leaves none. */
export function FactList({
  story,
  facts,
  articleId,
  onShowFact,
  focusedFact,
  drawn,
  quotesDrawn,
  busy,
}: FactListProps) {
  // The same card element for the same fact across renders, so drawing more cards (or any other re-render) does
  // not diff the cards already drawn: Preact skips an element it has seen before.
  const cards = useMemo(() => new Map<string, VNode>(), [story, articleId, onShowFact]);
  const card = (fact: RuntimeFact) => {
    const detail = drawn.has(fact.id);
    const quotes = quotesDrawn?.has(fact.id) ?? true;
    const key = `${fact.id}\u0000${focusedFact === fact.id}\u0000${detail}\u0000${quotes}`;
    let element = cards.get(key);
    if (!element) {
      element = (
        <FactCard
          key={fact.id}
          story={story}
          fact={fact}
          articleId={articleId}
          onShowFact={onShowFact}
          focused={focusedFact === fact.id}
          detail={detail}
          quotesDrawn={quotes}
        />
      );
      cards.set(key, element);
    }
    return element;
  };
  return (
    <>
      {facts.length === 0 ? <p class="px-muted">No disputed figures in this story.</p> : null}
      <ul class="px-facts" aria-busy={busy ? 'true' : undefined}>
        {facts.map(card)}
      </ul>
    </>
  );
}
