// The sidebar collapsed to a slim tab that still counts the disputed figures and opens it again.
import type { SidebarSide } from '../settings/settings';

/** Props: which side the tab sits on, the count it shows, and what a click does. */
export interface CollapsedTabProps {
  side: SidebarSide;
  disputed: number;
  onExpand(): void;
}

/** The tab's button, `aria-expanded="false"`. */
export function CollapsedTab({ side, disputed, onExpand }: CollapsedTabProps) {
  return (
    <button type="button" class="px-tab" aria-expanded="false" onClick={onExpand}>
      <span class="px-tab-arrow" aria-hidden="true">
        {side === 'left' ? '›' : '‹'}
      </span>
      <span class="px-tab-name">Parallax</span>
      <span class="px-tab-count">
        <strong>{disputed}</strong> disputed<span class="px-sr"> {disputed === 1 ? 'figure' : 'figures'}. Open</span>
      </span>
    </button>
  );
}
