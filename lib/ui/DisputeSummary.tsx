// The first thing the sidebar says: how many of this article's figures other outlets report differently, each a
// link to its fact.
import type { RuntimeFact } from '../story/runtime-types';
import { figuresOf } from './sidebar-model';

// A place's status or a speaker is a phrase, too long for a one-line summary: only figures are repeated here.
const WORDY_KINDS = new Set<RuntimeFact['kind']>(['status', 'attribution']);

/** Props: the disputed facts the page reports (display order), the page's article, and how to open a fact. */
export interface DisputeSummaryProps {
  facts: RuntimeFact[];
  articleId: string | null;
  /** Brings a fact's card into view and focus. */
  onOpenFact(factId: string): void;
}

/** The heading sentence: "3 figures in this article are reported differently elsewhere". */
export function summarySentence(count: number): string {
  if (count === 0) return 'No figure in this article is reported differently elsewhere';
  return count === 1
    ? '1 figure in this article is reported differently elsewhere'
    : `${count} figures in this article are reported differently elsewhere`;
}

/** A short list of links to this article's disputed facts, under a sentence that counts them. */
export function DisputeSummary({ facts, articleId, onOpenFact }: DisputeSummaryProps) {
  return (
    <section class={`px-lead${facts.length > 0 ? ' px-lead-disputed' : ''}`} aria-labelledby="px-lead-heading">
      <h3 id="px-lead-heading">{summarySentence(facts.length)}</h3>
      {facts.length > 0 ? (
        <ul class="px-lead-list">
          {facts.map((fact) => (
            <li key={fact.id}>
              <a
                href={`#px-fact-${fact.id}`}
                class="px-lead-link"
                // The link moves within the sidebar only: the page's own address and history stay as they are.
                onClick={(event) => {
                  event.preventDefault();
                  onOpenFact(fact.id);
                }}
              >
                {fact.label}
              </a>
              {!WORDY_KINDS.has(fact.kind) && figuresOf(fact, articleId).length > 0 ? (
                <span class="px-lead-here"> (here: {figuresOf(fact, articleId).join(', ')})</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
