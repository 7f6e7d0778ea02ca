// The facts as cards, one per fact, in display order; a long list may be drawn a batch at a time.
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
  /** Draw only this many cards for now (the list says it is busy); omitted: all of them. */
  limit?: number;
}

/** A list of fact cards; says so when a filter leaves none. */
export function FactList({ story, facts, articleId, onShowFact, focusedFact, limit }: FactListProps) {
  const limited = limit !== undefined && facts.length > limit;
  const listed = limited ? facts.slice(0, limit) : facts;
  // The same card element for the same fact across renders, so drawing the next batch of facts (or any other
  // re-render) does not diff the cards already drawn: Preact skips an element it has seen before.
  const cards = useMemo(() => new Map<string, VNode>(), [story, articleId, onShowFact]);
  const card = (fact: RuntimeFact) => {
    const key = `${fact.id}\u0000${focusedFact === fact.id}`;
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
        />
      );
      cards.set(key, element);
    }
    return element;
  };
  return (
    <>
      {facts.length === 0 ? <p class="px-muted">No disputed figures in this story.</p> : null}
      <ul class="px-facts" aria-busy={limited ? 'true' : undefined}>
        {listed.map(card)}
      </ul>
    </>
  );
}
