// Removing a story pack from the list of stories, in two steps: the first press says what will go (every story of
// the pack) and asks; only the second removes. Focus moves to the safe answer, and back when the reader keeps it.
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PackRef } from './StoriesList';

/** Props: the pack, and the removal to run once the reader confirms (it rejects with a reason for the reader). */
export interface PackRemovalProps {
  pack: PackRef;
  onRemove(): Promise<void>;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A "Remove the pack…" button that opens a confirmation in place. */
export function PackRemoval({ pack, onRemove }: PackRemovalProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const moveFocus = useRef<'keep' | 'ask' | null>(null);
  // Both lists of the options page may ask about the same pack at once: ids must differ.
  const labelId = useId();

  // Right after the question appears or goes, never on a later render (the list around it re-renders often).
  useLayoutEffect(() => {
    const target = moveFocus.current === 'keep' ? keep.current : moveFocus.current === 'ask' ? ask.current : null;
    moveFocus.current = null;
    target?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <div class="px-row">
        <button
          type="button"
          class="px-button"
          ref={ask}
          aria-label={`Remove the story pack “${pack.title}”…`}
          onClick={() => {
            moveFocus.current = 'keep';
            setAsking(true);
          }}
        >
          Remove the pack…
        </button>
      </div>
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: a confirmation with two buttons, not a form
    <div class="px-confirm" role="group" aria-labelledby={labelId}>
      <p id={labelId}>
        Remove the story pack “{pack.title}”? Its {plural(pack.stories.length, 'story')} ({pack.stories.join('; ')})
        will no longer be recognised, and adding it again needs the pack file.
      </p>
      <div class="px-row">
        <button
          type="button"
          class="px-button"
          ref={keep}
          disabled={busy}
          onClick={() => {
            moveFocus.current = 'ask';
            setAsking(false);
          }}
        >
          Keep it
        </button>
        <button
          type="button"
          class="px-button px-button-danger"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            // On success the pack leaves the list (and this control with it); on failure the question stays.
            void onRemove().finally(() => setBusy(false));
          }}
        >
          Remove “{pack.title}”
        </button>
      </div>
    </div>
  );
}
