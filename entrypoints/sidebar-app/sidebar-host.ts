// The sidebar's host element: <parallax-sidebar> with an open shadow root, placed after the page's body so the
// page's own nodes are left as they are. Its page-level layout rules come from /sidebar-host.css.
import type { SidebarState } from '@/lib/messages';
import type { SidebarSide } from '@/lib/settings/settings';
import type { SidebarLayout } from '@/lib/ui/sheet-geometry';

/** The host element and its shadow root, with the attributes the page-level rules key on. */
export interface SidebarHost {
  shadow: ShadowRoot;
  setState(state: SidebarState): void;
  setSide(side: SidebarSide): void;
  /** Beside the page, or a bottom sheet over it (narrow windows). */
  setLayout(layout: SidebarLayout): void;
  remove(): void;
}

/**
 * Creates the host element at the end of the document element. `match` says what the page is: one of the story's
 * reviewed articles, another outlet's report of the story (an automatic event match), or a report of the reader's
 * own comparison (automatic); `layout`, a panel beside the page or a bottom sheet on a narrow window.
 */
export function createSidebarHost(
  doc: Document,
  side: SidebarSide,
  state: SidebarState,
  match: 'article' | 'event' | 'comparison',
  layout: SidebarLayout = 'side',
): SidebarHost {
  const host = doc.createElement('parallax-sidebar');
  host.setAttribute('data-match', match);
  host.setAttribute('data-side', side);
  host.setAttribute('data-state', state);
  host.setAttribute('data-layout', layout);
  const shadow = host.attachShadow({ mode: 'open' });
  // Keys pressed inside the sidebar are the reader's answer to the sidebar, not page shortcuts ("j", "/", space).
  for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (e) => e.stopPropagation());
  // Closed for this page: the sidebar leaves the screen and the tab order, but the figure card still shows on hover.
  const closedRule = doc.createElement('style');
  closedRule.textContent = ':host([data-state="closed"]) > .px-mount { display: none !important; }';
  shadow.append(closedRule);
  doc.documentElement.append(host);
  return {
    shadow,
    setState: (next) => host.setAttribute('data-state', next),
    setSide: (next) => host.setAttribute('data-side', next),
    setLayout: (next) => host.setAttribute('data-layout', next),
    remove: () => host.remove(),
  };
}
