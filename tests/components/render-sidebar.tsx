// Renders the sidebar with the fixture story, spies for every callback and the collapse held in real state; and
// the same once every fact card is drawn in full (with tests/components/visibility.ts saying all is in view).
import { render } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { Sidebar, type SidebarProps } from '../../lib/ui/Sidebar';
import { story } from './fixtures/story';
import { DRAW_KEY } from '../../lib/ui/use-drawn-facts';

/** Props the tests may override; the collapse starts from `collapsed` and then follows the sidebar's requests. */
export type TestSidebarProps = Partial<SidebarProps>;

/**
 * Renders the sidebar for CNN revision 2 unless told otherwise, every fact listed from the first frame unless
 * `firstListed` says otherwise, and returns the spies with the query helpers.
 */
export function renderSidebar(overrides: TestSidebarProps = {}) {
  const spies = {
    onSettingsChange: vi.fn(),
    onToggleHighlights: vi.fn(),
    onShowFact: vi.fn<(factId: string) => boolean>(() => true),
    onCollapsedChange: vi.fn(),
  };
  function Harness(props: TestSidebarProps) {
    const [collapsed, setCollapsed] = useState(props.collapsed ?? false);
    return (
      <Sidebar
        story={story}
        articleId="cnn-r2"
        settings={DEFAULT_SETTINGS}
        highlightsOn
        firstListed={Number.POSITIVE_INFINITY}
        {...spies}
        {...props}
        collapsed={collapsed}
        onCollapsedChange={(next) => {
          spies.onCollapsedChange(next);
          setCollapsed(next);
        }}
      />
    );
  }
  const result = render(<Harness {...overrides} />);
  return {
    ...result,
    spies,
    rerenderWith: (p: TestSidebarProps) => result.rerender(<Harness {...overrides} {...p} />),
  };
}

/** How many fact cards in the document are still brief (not drawn in full). */
export function briefCards(root: ParentNode = document): number {
  return root.querySelectorAll('li[data-fact]:not([data-drawn])').length;
}

/** Waits until every fact card in the document is drawn in full: its number line and its outlets' words. */
export async function allCardsDrawn(root: ParentNode = document): Promise<void> {
  await vi.waitFor(
    () => {
      if (briefCards(root) > 0) throw new Error(`${briefCards(root)} cards are still brief`);
      const waiting = root.querySelectorAll(`[${DRAW_KEY}]`).length;
      if (waiting > 0) throw new Error(`${waiting} parts of cards are still brief`);
    },
    { timeout: 10_000 },
  );
}

/** renderSidebar, then waits for every card to be drawn in full. */
export async function drawnSidebar(overrides: TestSidebarProps = {}) {
  const result = renderSidebar(overrides);
  await allCardsDrawn();
  return result;
}
