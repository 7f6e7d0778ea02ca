// The sidebar as a bottom sheet around the real sidebar in happy-dom: the narrow-window layout, swipes on the bar
// and the sheet (a tap stays a tap, a swipe's click is swallowed), the platform's close request through a
// CloseWatcher, keeping the paragraph being read above the opening sheet, axe-core in both states, and teardown.
import { act } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createBottomSheet, type BottomSheet } from '../../entrypoints/sidebar-app/bottom-sheet';
import { createSidebarHost, type SidebarHost } from '../../entrypoints/sidebar-app/sidebar-host';
import type { SidebarState } from '../../lib/messages';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { mountSidebar, type SidebarHandle } from '../../lib/ui/mount-sidebar';
import { axeViolations } from './axe';
import { story } from './fixtures/story';

type HappyWindow = Window & { happyDOM: { setViewport(size: { width: number; height: number }): void } };
const happy = window as unknown as HappyWindow;

let host: SidebarHost;
let sidebar: SidebarHandle;
let sheet: BottomSheet;
let state: SidebarState;
const layouts: string[] = [];

/** The app's part, as mount-app.ts plays it: a state drawn on the host and the sidebar, moved through the sheet. */
function setState(next: SidebarState, anchor?: () => DOMRect | null): void {
  sheet.transition(
    state,
    next,
    () => {
      state = next;
      host.setState(next);
      sidebar.update({ collapsed: next === 'collapsed' });
    },
    anchor,
  );
}

function start(width: number): void {
  happy.happyDOM.setViewport({ width, height: 800 });
  state = 'collapsed';
  host = createSidebarHost(document, 'right', state, 'article', width < 700 ? 'sheet' : 'side');
  sheet = createBottomSheet({
    win: window,
    shadow: host.shadow,
    findRoot: () => document.querySelector('article') ?? document.body,
    state: () => state,
    setState: (next) => setState(next),
    onLayoutChange: (layout) => {
      layouts.push(layout);
      host.setLayout(layout);
    },
  });
  sidebar = mountSidebar(host.shadow, {
    story,
    articleId: 'cnn-r2',
    settings: DEFAULT_SETTINGS,
    onSettingsChange: vi.fn(),
    highlightsOn: true,
    onToggleHighlights: vi.fn(),
    onShowFact: vi.fn(() => true),
    collapsed: true,
    onCollapsedChange: (collapsed) => setState(collapsed ? 'collapsed' : 'open'),
  });
}

const inShadow = <T extends Element>(selector: string) => host.shadow.querySelector<T>(selector)!;

/** A finger's swipe of `dy` pixels from the element's centre, over `ms` milliseconds. */
function swipe(el: Element, dy: number): void {
  const at = (type: string, y: number) =>
    el.dispatchEvent(
      new PointerEvent(type, {
        pointerId: 7,
        pointerType: 'touch',
        isPrimary: true,
        button: 0,
        clientX: 200,
        clientY: y,
        bubbles: true,
        composed: true,
      }),
    );
  at('pointerdown', 700);
  for (let i = 1; i <= 4; i++) at('pointermove', 700 + (dy * i) / 4);
  at('pointerup', 700 + dy);
}

beforeEach(() => {
  document.body.innerHTML = '<article><h1>Headline</h1><p>First paragraph of the article.</p></article>';
  layouts.length = 0;
});

afterEach(() => {
  sheet.destroy();
  sidebar.destroy();
  host.remove();
  delete (window as { CloseWatcher?: unknown }).CloseWatcher;
  vi.restoreAllMocks();
});

describe('bottom sheet', () => {
  test('a narrow window is a sheet; its slim bar counts the disputed facts and passes axe-core', async () => {
    start(400);
    expect(sheet.layout()).toBe('sheet');
    const tab = inShadow<HTMLButtonElement>('.px-tab');
    const disputed = story.facts.filter((f) => f.status === 'disputed').length;
    expect(tab.textContent).toContain(`${disputed} disputed`);
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    expect(await axeViolations(host.shadow as unknown as Element)).toEqual([]);
  });

  test('up on the bar opens the sheet, down on its bar collapses it; the click ending a swipe is not a tap', async () => {
    start(400);
    // happy-dom lays nothing out: the open sheet is half the 800-pixel window.
    vi.spyOn(host.shadow.host, 'getBoundingClientRect').mockReturnValue({
      top: 400,
      bottom: 800,
      height: 400,
    } as DOMRect);
    const clicks = vi.fn();
    host.shadow.addEventListener('click', clicks);
    await act(() => swipe(inShadow('.px-tab'), -120));
    expect(state).toBe('open');
    inShadow<HTMLElement>('.px-bar').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(clicks).not.toHaveBeenCalled();
    expect(await axeViolations(host.shadow as unknown as Element)).toEqual([]);
    await act(() => swipe(inShadow('.px-bar'), 20));
    expect(state).toBe('open');
    await act(() => swipe(inShadow('.px-bar'), 160));
    expect(state).toBe('collapsed');
    await act(() => swipe(inShadow('.px-tab'), 60));
    expect(state).toBe('closed');
  });

  test('a tap on the bar stays a tap: the sidebar opens itself, focus on its collapse button', async () => {
    start(400);
    await act(() => swipe(inShadow('.px-tab'), 3));
    expect(state).toBe('collapsed');
    await act(() => inShadow<HTMLButtonElement>('.px-tab').click());
    expect(state).toBe('open');
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
    expect(host.shadow.activeElement?.classList.contains('px-collapse')).toBe(true);
  });

  test('the platform’s close request collapses the open sheet, with focus on the bar; only while it is open', async () => {
    const watchers: { onclose: (() => void) | null; destroyed: boolean }[] = [];
    (window as { CloseWatcher?: unknown }).CloseWatcher = class {
      onclose: (() => void) | null = null;
      destroyed = false;
      constructor() {
        watchers.push(this);
      }
      destroy() {
        this.destroyed = true;
      }
    };
    start(400);
    await act(() => setState('open'));
    expect(watchers).toHaveLength(1);
    inShadow<HTMLButtonElement>('.px-collapse').focus();
    await act(() => watchers[0]!.onclose?.());
    expect(state).toBe('collapsed');
    expect(host.shadow.activeElement?.classList.contains('px-tab')).toBe(true);
    await act(() => setState('open'));
    await act(() => setState('collapsed'));
    expect(watchers).toHaveLength(2);
    expect(watchers[1]!.destroyed).toBe(true);
  });

  test('opening keeps a tapped figure’s line above the sheet by scrolling the page just enough', async () => {
    start(400);
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => undefined);
    vi.spyOn(host.shadow.host, 'getBoundingClientRect').mockReturnValue({
      top: 400,
      bottom: 800,
      height: 400,
    } as DOMRect);
    await act(() => setState('open', () => ({ top: 560, bottom: 580, height: 20 }) as DOMRect));
    expect(scrollBy).toHaveBeenCalledWith(expect.objectContaining({ top: 580 - (400 - 12) }));
    scrollBy.mockClear();
    await act(() => setState('collapsed'));
    await act(() => setState('open', () => ({ top: 100, bottom: 120, height: 20 }) as DOMRect));
    expect(scrollBy).not.toHaveBeenCalled();
  });

  test('a wide window is no sheet: swipes do nothing, and crossing 700 pixels is reported', async () => {
    start(1024);
    expect(sheet.layout()).toBe('side');
    await act(() => swipe(inShadow('.px-tab'), -120));
    expect(state).toBe('collapsed');
    await act(() => happy.happyDOM.setViewport({ width: 420, height: 800 }));
    expect(layouts).toEqual(['sheet']);
    expect(sheet.layout()).toBe('sheet');
  });

  test('destroy removes its styles and listeners', async () => {
    start(400);
    expect(host.shadow.querySelectorAll('style').length).toBeGreaterThan(2);
    const before = host.shadow.querySelectorAll('style').length;
    sheet.destroy();
    expect(host.shadow.querySelectorAll('style').length).toBe(before - 1);
    await act(() => swipe(inShadow('.px-tab'), -120));
    expect(state).toBe('collapsed');
  });
});
