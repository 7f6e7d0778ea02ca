// The popup's "Compare reports": the reports the reader added (from which outlets), and what they can do next: add
// this page, compare, keep, export, remove a report, clear. Every action is a callback: the view never touches the
// browser.
import type { ComparisonState } from '../messages';

/** What the section can ask for. */
export type ComparisonAction = 'add' | 'show' | 'keep' | 'export' | 'clear' | { remove: string };

/** Props: the comparison (null while it loads), the last result in words, whether a request is under way. */
export interface ComparisonSectionProps {
  state: ComparisonState | null;
  message: string;
  busy: boolean;
  onAction(action: ComparisonAction): void;
}

const plural = (n: number) => `${n} report${n === 1 ? '' : 's'}`;

/** The section, or a short line while the comparison is read. */
export function ComparisonSection({ state, message, busy, onAction }: ComparisonSectionProps) {
  const button = (label: string, action: ComparisonAction, primary = false) => (
    <button
      type="button"
      class={`px-button${primary ? ' px-button-primary' : ''}`}
      disabled={busy}
      onClick={() => onAction(action)}
    >
      {label}
    </button>
  );
  const n = state?.reports.length ?? 0;
  const here = state?.here ?? null;
  return (
    <section class="px-stack px-compare" aria-labelledby="px-compare-heading">
      <h2 id="px-compare-heading">Compare reports</h2>
      {state === null ? (
        <p class="px-muted">Reading your comparison…</p>
      ) : n === 0 ? (
        <p class="px-muted px-hint">
          Add reports of one event from several outlets to compare their figures. Parallax reads a page only when you
          add it, and nothing leaves your browser.
        </p>
      ) : (
        <>
          <p>
            Your comparison: {plural(n)}
            {n < state.max ? '' : ' (full)'}
          </p>
          <ul class="px-site-list" aria-label="Reports in your comparison">
            {state.reports.map((r) => (
              <li key={r.id}>
                <span>
                  <strong>{r.outlet}</strong>
                  {r.id === here ? ' (this page)' : ''}
                </span>
                <button type="button" class="px-button" disabled={busy} onClick={() => onAction({ remove: r.id })}>
                  Remove<span class="px-sr"> {r.outlet}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {state && here === null && state.addable ? button('Add to comparison', 'add', true) : null}
      {n >= 2 && here !== null ? button('Compare', 'show', true) : null}
      {n >= 2 && here === null ? (
        <p class="px-muted px-hint">Open one of these reports to compare it with the others.</p>
      ) : null}
      {n === 1 && here !== null ? (
        <p class="px-muted px-hint">Add another outlet’s report of the same event to compare them.</p>
      ) : null}
      {n >= 2 ? button('Keep this comparison', 'keep') : null}
      {n >= 2 ? button('Export as a story pack', 'export') : null}
      {n >= 1 ? button('Clear the comparison', 'clear') : null}
      <p class="px-hint" role="status">
        {message}
      </p>
    </section>
  );
}
