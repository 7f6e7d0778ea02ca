// Mounting into a shadow root: styles inside, page styles kept out, updates, focus requests and teardown.
import { act, fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { FIRST_LISTED } from '../../lib/ui/use-listed-facts';
import { mountSidebar, type MountSidebarProps, type SidebarHandle } from '../../lib/ui/mount-sidebar';
import { axeViolations } from './axe';
import { story } from './fixtures/story';
import { installVisibility, setInView, uninstallVisibility } from './visibility';

let handle: SidebarHandle | null = null;
let host: HTMLElement | null = null;

afterEach(() => {
  handle?.destroy();
  host?.remove();
  for (const s of document.head.querySelectorAll('style')) s.remove();
  handle = host = null;
});

function mount(overrides: Partial<MountSidebarProps> = {}) {
  host = document.createElement('parallax-sidebar');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const props: MountSidebarProps = {
    story,
    articleId: 'cnn-r2',
    settings: DEFAULT_SETTINGS,
    onSettingsChange: vi.fn(),
    highlightsOn: false,
    onToggleHighlights: vi.fn(),
    onShowFact: vi.fn(() => true),
    ...overrides,
  };
  handle = mountSidebar(shadow, props);
  return { shadow, props, ui: within(shadow as unknown as HTMLElement) };
}

describe('mountSidebar', () => {
  test('renders inside the shadow root with its styles, which reset inherited properties', () => {
    const { shadow, ui } = mount();
    const style = shadow.querySelector('style');
    expect(style?.textContent).toContain(':host');
    expect(style?.textContent).toMatch(/all: initial/);
    expect(ui.getByRole('complementary', { name: 'Parallax' })).toBeTruthy();
    expect(document.body.querySelector('aside')).toBeNull();
  });

  test('page styles that would restyle the sidebar do not reach inside it', () => {
    const page = document.createElement('style');
    page.textContent = '* { color: rgb(255, 0, 0) !important; } aside, .px-root { display: none !important; }';
    document.head.append(page);
    const { shadow } = mount();
    const aside = shadow.querySelector('aside') as HTMLElement;
    // The same rules do reach an element in the page, so the check below can fail.
    const control = document.body.appendChild(document.createElement('aside'));
    expect(getComputedStyle(control).display).toBe('none');
    expect(getComputedStyle(control).color).toBe('rgb(255, 0, 0)');
    control.remove();
    expect(getComputedStyle(aside).display).toBe('block');
    expect(getComputedStyle(aside).color).not.toBe('rgb(255, 0, 0)');
  });

  // axe over a whole story takes seconds on a busy two-core machine.
  test('the mounted sidebar has no axe violations', { timeout: 20_000 }, async () => {
    mount();
    expect(await axeViolations(host as HTMLElement)).toEqual([]);
  });

  test('when the caller does not own the collapse, it starts from the settings and is remembered', () => {
    const onSettingsChange = vi.fn();
    const { ui } = mount({ settings: { ...DEFAULT_SETTINGS, collapsed: true }, onSettingsChange });
    expect(handle?.isCollapsed()).toBe(true);
    fireEvent.click(ui.getByRole('button', { name: /disputed/ }));
    expect(onSettingsChange).toHaveBeenCalledWith({ collapsed: false });
    expect(handle?.isCollapsed()).toBe(false);
    expect(ui.getByRole('button', { name: /Collapse/ })).toBeTruthy();
  });

  test('when the caller owns the collapse, the sidebar only asks', () => {
    const onCollapsedChange = vi.fn();
    const { ui } = mount({ collapsed: false, onCollapsedChange });
    fireEvent.click(ui.getByRole('button', { name: /Collapse/ }));
    expect(onCollapsedChange).toHaveBeenCalledWith(true);
    expect(ui.queryByRole('button', { name: /disputed/ })).toBeNull();
    handle?.update({ collapsed: true });
    expect(ui.getByRole('button', { name: /disputed/ })).toBeTruthy();
  });

  test('update re-renders with new props', () => {
    const { ui } = mount();
    handle?.update({ articleId: 'globalpost' });
    expect(ui.getByText('GlobalPost, 6 February 2013')).toBeTruthy();
  });

  test('a new focusFactId focuses that fact; the same value again does not steal focus back', () => {
    const { shadow, ui } = mount();
    act(() => handle?.update({ focusFactId: 'chadian-troops' }));
    expect(shadow.activeElement?.textContent).toBe('Chadian troops in Kidal');
    ui.getByRole('switch').focus();
    act(() => handle?.update({ focusFactId: 'chadian-troops', highlightsOn: true }));
    expect(shadow.activeElement?.getAttribute('role')).toBe('switch');
    act(() => handle?.focusFact('chadian-troops'));
    expect(shadow.activeElement?.textContent).toBe('Chadian troops in Kidal');
  });

  test('destroy removes everything it added', () => {
    const { shadow } = mount();
    handle?.destroy();
    expect(shadow.childNodes).toHaveLength(0);
  });
});

describe('drawing a long story', () => {
  // The fixture story doubled: more facts than fit on a screen.
  const long = {
    ...story,
    facts: [...story.facts, ...story.facts.map((f) => ({ ...f, id: `${f.id}-again`, label: `${f.label} again` }))],
  };
  beforeEach(() => {
    installVisibility();
    setInView('none');
  });
  afterEach(uninstallVisibility);

  test('lists the first facts brief until they are seen, and draws a fact asked for at once, with focus on it', async () => {
    const { shadow } = mount({ story: long });
    const listed = () => shadow.querySelectorAll('ul.px-facts > li[data-fact]').length;
    const brief = () => shadow.querySelectorAll('ul.px-facts > li[data-fact]:not([data-drawn])').length;
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    // Nothing is in view: the first frame's facts only, all brief; a fact asked for lists every fact.
    expect(listed()).toBe(FIRST_LISTED);
    expect(brief()).toBe(FIRST_LISTED);
    const last = long.facts.at(-1)?.id ?? '';
    act(() => handle?.focusFact(last));
    const card = shadow.querySelector(`[data-fact="${last}"]`);
    expect(card?.hasAttribute('data-drawn')).toBe(true);
    expect(shadow.activeElement?.textContent).toBe(long.facts.at(-1)?.label);
    expect(listed()).toBe(long.facts.length);
    expect(brief()).toBe(long.facts.length - 1);
    setInView('all');
    await vi.waitFor(() => expect(brief()).toBe(0), { timeout: 10_000 });
  });
});
