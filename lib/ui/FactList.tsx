// The facts as cards, one per fact, in display order.
import type { RuntimeFact, RuntimeStory } from '../index/runtime-types';
import { FactCard } from './FactCard';

/** Props: the facts to show (already ordered and filtered), the story and the reader's article. */
export interface FactListProps {
  story: RuntimeStory;
  facts: RuntimeFact[];
  articleId: string;
  onShowFact(factId: string): boolean;
  /** The fact a highlight click or a summary link asked for, for a visible cue. */
  focusedFact: string | null;
}

/** A list of fact cards; says so when a filter leaves none. */
export function FactList({ story, facts, articleId, onShowFact, focusedFact }: FactListProps) {
  return (
    <>
      {facts.length === 0 ? <p class="px-muted">No disputed figures in this story.</p> : null}
      <ul class="px-facts">
        {facts.map((fact) => (
          <FactCard
            key={fact.id}
            story={story}
            fact={fact}
            articleId={articleId}
            onShowFact={onShowFact}
            focused={focusedFact === fact.id}
          />
        ))}
      </ul>
    </>
  );
}
