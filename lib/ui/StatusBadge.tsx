// A fact's status as words and a shape (triangle, circle, square), so it never rests on colour alone.
import type { FactStatus } from '../story/runtime-types';

/** Short and long wording of each status. */
export const STATUS_TEXT: Record<FactStatus, { name: string; detail: string }> = {
  disputed: { name: 'Disputed', detail: 'the outlets’ figures cannot all be true.' },
  consistent: { name: 'Outlets agree', detail: 'the figures are compatible.' },
  'single-source': { name: 'Only one outlet', detail: 'no other outlet reports this.' },
};

/** The status's outline shape, hidden from assistive technology (the status is always written out beside it). */
export function StatusShape({ status }: { status: FactStatus }) {
  // Distinct outlines so the status reads in greyscale and for colour-blind readers.
  return (
    <svg class="px-shape" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {status === 'disputed' ? (
        <>
          <path d="M8 1.5 15 14.5H1z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" />
          <path d="M8 6v4.2M8 12v.8" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
        </>
      ) : status === 'consistent' ? (
        <>
          <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.6" />
          <path d="m5 8.2 2 2 4-4.2" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
        </>
      ) : (
        <>
          <rect x="2" y="2" width="12" height="12" rx="1" fill="none" stroke="currentColor" stroke-width="1.6" />
          <path d="M7 6l1.5-1v6" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
        </>
      )}
    </svg>
  );
}

/** The status line of a fact: shape, name and what it means. */
export function StatusBadge({ status }: { status: FactStatus }) {
  const text = STATUS_TEXT[status];
  return (
    <p class={`px-status px-status-${status}`}>
      <StatusShape status={status} />
      <strong>{text.name}:</strong> {text.detail}
    </p>
  );
}
