// A quote as text nodes with its figure emphasised; the data is never parsed as HTML.
import type { RuntimeClaim } from '../story/runtime-types';
import { quoteParts } from './sidebar-model';

/** Renders one claim's quote in curly quotes with the figure in a <mark>. */
export function QuoteText({ claim }: { claim: RuntimeClaim }) {
  const { before, figure, after } = quoteParts(claim);
  return (
    <q class="px-quote">
      {before}
      {figure ? <mark class="px-figure">{figure}</mark> : null}
      {after}
    </q>
  );
}
