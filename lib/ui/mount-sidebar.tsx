// Mounts the sidebar into a shadow root the content script owns, with its styles, and hands back a handle.
import { render } from 'preact';
import type { Settings } from '../settings/settings';
import { initialCollapsed } from '../settings/settings';
import { Sidebar, type SidebarProps } from './Sidebar';
import { COMPARISON_CSS } from './comparison-css';
import { safeAfterPaint } from './safe-after-paint';
import { SIDEBAR_CSS } from './sidebar-css';

/** Width of the open sidebar, for pushing the page aside (matches the page-level host rules). */
export const SIDEBAR_WIDTH = 'max(min(380px, 45vw), 280px)';
/** Width of the collapsed tab. */
export const SIDEBAR_COLLAPSED_WIDTH = '48px';

/**
 * What the caller passes. `collapsed`/`onCollapsedChange` are optional: when the caller does not own the
 * collapse, the mount keeps it (starting from the settings) and remembers it through `onSettingsChange`.
 */
export interface MountSidebarProps extends Omit<SidebarProps, 'collapsed' | 'onCollapsedChange' | 'focusRequest'> {
  collapsed?: boolean;
  onCollapsedChange?(collapsed: boolean): void;
  /** Opens the sidebar at this fact (after a highlight click); a new value moves focus, the same value does not. */
  focusFactId?: string | null;
}

/** A mounted sidebar. */
export interface SidebarHandle {
  /** Re-renders with some props changed. */
  update(patch: Partial<MountSidebarProps>): void;
  /** Expands the sidebar and moves focus to a fact, even if it is the same fact as last time. */
  focusFact(factId: string): void;
  /** Whether the sidebar is collapsed to its tab. */
  isCollapsed(): boolean;
  /** Unmounts the UI and removes its nodes from the shadow root. */
  destroy(): void;
}

/** Renders the sidebar into `shadow` (styles included) and returns a handle to update or tear it down. */
export function mountSidebar(shadow: ShadowRoot, initial: MountSidebarProps): SidebarHandle {
  const doc = shadow.ownerDocument;
  if (doc.defaultView) safeAfterPaint(doc.defaultView);
  const style = doc.createElement('style');
  style.textContent = SIDEBAR_CSS + COMPARISON_CSS;
  const container = doc.createElement('div');
  container.className = 'px-mount';
  shadow.append(style, container);

  let props = initial;
  let collapsed = initial.collapsed ?? initialCollapsed(initial.settings);
  let focusRequest: SidebarProps['focusRequest'] = null;
  let seq = 0;
  let destroyed = false;

  function request(factId: string | null | undefined): void {
    if (!factId) return;
    focusRequest = { factId, seq: ++seq };
  }
  request(initial.focusFactId);

  function setCollapsed(next: boolean): void {
    if (props.onCollapsedChange) {
      props.onCollapsedChange(next);
      return;
    }
    collapsed = next;
    props.onSettingsChange({ collapsed: next } satisfies Partial<Settings>);
    draw();
  }

  function draw(): void {
    if (destroyed) return;
    render(
      <Sidebar
        {...props}
        collapsed={props.onCollapsedChange ? (props.collapsed ?? collapsed) : collapsed}
        onCollapsedChange={setCollapsed}
        focusRequest={focusRequest}
      />,
      container,
    );
  }
  draw();

  return {
    update(patch) {
      if ('focusFactId' in patch && patch.focusFactId !== props.focusFactId) request(patch.focusFactId);
      props = { ...props, ...patch };
      if (patch.collapsed !== undefined) collapsed = patch.collapsed;
      draw();
    },
    focusFact(factId) {
      request(factId);
      draw();
    },
    isCollapsed: () => (props.onCollapsedChange ? (props.collapsed ?? collapsed) : collapsed),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      render(null, container);
      container.remove();
      style.remove();
    },
  };
}
