// Which outlets report which facts, as a table with row and column headers (the figures in the cells).
import type { RuntimeFact, RuntimeStory } from '../index/runtime-types';
import { STATUS_TEXT } from './StatusBadge';
import { coverage, shortOutletLabel } from './sidebar-model';

// A town's status or who said something is a phrase, too long for a compact cell: those cells only say "reports".
const WORDY_KINDS = new Set<RuntimeFact['kind']>(['status', 'attribution']);

/** Props: the story, the facts to list (in display order) and the reader's article. */
export interface CoverageTableProps {
  story: RuntimeStory;
  facts: RuntimeFact[];
  articleId: string;
}

/** A compact facts × outlets table; the region scrolls sideways when narrow and can be scrolled by keyboard. */
export function CoverageTable({ story, facts, articleId }: CoverageTableProps) {
  const { articles, rows } = coverage(story, facts);
  return (
    <div class="px-table-wrap" role="region" aria-labelledby="px-coverage-caption" tabIndex={0}>
      <table class="px-table">
        <caption id="px-coverage-caption">Which outlets report which facts</caption>
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
          {rows.map(({ fact, cells }) => (
            <tr key={fact.id}>
              <th scope="row">
                {fact.label}
                <span class="px-table-status"> ({STATUS_TEXT[fact.status].name.toLowerCase()})</span>
              </th>
              {cells.map((figures, i) => (
                <td key={articles[i]?.id ?? i}>
                  {figures.length && WORDY_KINDS.has(fact.kind) ? (
                    <>
                      <span aria-hidden="true">✓</span>
                      <span class="px-sr">reports</span>
                    </>
                  ) : figures.length ? (
                    figures.join('; ')
                  ) : (
                    <>
                      <span aria-hidden="true">–</span>
                      <span class="px-sr">not reported</span>
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
