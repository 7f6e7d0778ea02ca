// A quote as text nodes with its figure emphasised; the data is never parsed as HTML.
import type { QuotedFigure } from '../story/runtime-types';
import { quoteParts } from './sidebar-model';

/** Renders a quote in curly quotes with its figure in a <mark>: a reviewed claim's, or a page figure's. */
export function QuoteText({ claim }: { claim: QuotedFigure }) {
  const { before, figure, after } = quoteParts(claim);
  return (
    <q class="px-quote">
      {before}
      {figure ? <mark class="px-figure">{figure}</mark> : null}
      {after}
    </q>
  );
}
