// The compact view: facts × outlets, each outlet's figures in its cell and the status on each row; a cell opens
// that outlet's quote in a row below, so the table stays small until the reader asks for the words.
import { useState } from 'preact/hooks';
import type { RuntimeArticle, RuntimeFact, RuntimeStory } from '../story/runtime-types';
import { QuoteText } from './QuoteText';
import { StatusShape, STATUS_TEXT } from './StatusBadge';
import { coverage, outletLabel, shortOutletLabel } from './sidebar-model';

// A town's status or who said something is a phrase, too long for a compact cell: those cells only say "reports".
const WORDY_KINDS = new Set<RuntimeFact['kind']>(['status', 'attribution']);

/** Props: the story, the facts to list (in display order) and the reader's article. */
export interface CoverageTableProps {
  story: RuntimeStory;
  facts: RuntimeFact[];
  articleId: string | null;
}

interface OpenCell {
  factId: string;
  articleId: string | null;
}

function QuoteRow({
  fact,
  article,
  columns,
  isOwn,
}: {
  fact: RuntimeFact;
  article: RuntimeArticle;
  columns: number;
  isOwn: boolean;
}) {
  const claims = fact.claims.filter((c) => c.article === article.id);
  return (
    <tr class="px-table-quote">
      <td colSpan={columns} id={`px-quote-${fact.id}`}>
        <p class="px-table-quote-who">
          {outletLabel(article)}
          {isOwn ? ' (this article)' : ''} on {fact.label}:
        </p>
        {claims.map((claim, i) => (
          <p class="px-quote-line" key={i}>
            <QuoteText claim={claim} />
            {claim.attribution ? <span class="px-attribution"> ({claim.attribution})</span> : null}
          </p>
        ))}
      </td>
    </tr>
  );
}

/** A facts × outlets table; the region scrolls sideways when narrow and can be scrolled by keyboard. */
export function CoverageTable({ story, facts, articleId }: CoverageTableProps) {
  const { articles, rows } = coverage(story, facts);
  const [open, setOpen] = useState<OpenCell | null>(null);
  const columns = articles.length + 1;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so keyboard users can scroll it
    <section class="px-table-wrap" aria-labelledby="px-coverage-caption" tabIndex={0}>
      <table class="px-table">
        <caption id="px-coverage-caption">Each outlet’s figures, fact by fact (choose a figure for its quote)</caption>
        <thead>
          <tr>
            <th scope="col">Fact</th>
            {articles.map((a) => (
              <th scope="col" key={a.id} class={a.id === articleId ? 'px-col-own' : undefined}>
                {shortOutletLabel(a)}
                {a.id === articleId ? <span class="px-sr"> (this article)</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.flatMap(({ fact, cells }) => {
            const opened = open?.factId === fact.id ? articles.find((a) => a.id === open.articleId) : undefined;
            const row = (
              <tr key={fact.id} data-fact={fact.id} class={`px-table-row px-table-${fact.status}`}>
                <th scope="row">
                  {fact.label}
                  <span class={`px-table-status px-status-${fact.status}`}>
                    <StatusShape status={fact.status} />
                    {STATUS_TEXT[fact.status].name}
                  </span>
                </th>
                {cells.map((figures, i) => {
                  const article = articles[i]!;
                  const isOpen = opened?.id === article.id;
                  return (
                    <td key={article.id} class={article.id === articleId ? 'px-col-own' : undefined}>
                      {figures.length ? (
                        <button
                          type="button"
                          class="px-cell"
                          aria-expanded={isOpen}
                          aria-controls={isOpen ? `px-quote-${fact.id}` : undefined}
                          onClick={() => setOpen(isOpen ? null : { factId: fact.id, articleId: article.id })}
                        >
                          {WORDY_KINDS.has(fact.kind) ? (
                            <>
                              <span aria-hidden="true">✓</span>
                              <span class="px-sr">reports</span>
                            </>
                          ) : (
                            figures.join('; ')
                          )}
                          <span class="px-sr"> (quote)</span>
                        </button>
                      ) : (
                        <>
                          <span aria-hidden="true">–</span>
                          <span class="px-sr">not reported</span>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
            return opened
              ? [
                  row,
                  <QuoteRow
                    key={`${fact.id}-quote`}
                    fact={fact}
                    article={opened}
                    columns={columns}
                    isOwn={opened.id === articleId}
                  />,
                ]
              : [row];
          })}
        </tbody>
      </table>
    </section>
  );
}
