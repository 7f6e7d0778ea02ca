// Renders the sidebar with the fixture story, spies for every callback and the collapse held in real state.
import { render } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { Sidebar, type SidebarProps } from '../../lib/ui/Sidebar';
import { story } from './fixtures/story';

/** Props the tests may override; the collapse starts from `collapsed` and then follows the sidebar's requests. */
export type TestSidebarProps = Partial<SidebarProps>;

/** Renders the sidebar for CNN revision 2 unless told otherwise, and returns the spies with the query helpers. */
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
