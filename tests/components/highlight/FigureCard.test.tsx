// The figure card: its words, text-only rendering, its button and an accessibility check.
import { cleanup, render } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FigureCard } from '../../../lib/highlight/FigureCard';
import type { CardContent } from '../../../lib/highlight/targets';

const content: CardContent = {
  factId: 'french-troops',
  label: 'French troops in Mali',
  tone: 'disputed',
  figure: '4,000',
  others: [
    { outlet: 'CNN, revision 2', figures: ['2,150'] },
    { outlet: 'AFP', figures: ['Nearly 4,000'] },
  ],
};

afterEach(cleanup);

describe('FigureCard', () => {
  test('shows the label, this article figure and each other outlet figure', () => {
    const r = render(<FigureCard content={content} onOpen={() => {}} />);
    expect(r.getByRole('group', { name: 'Parallax: French troops in Mali' })).toBeTruthy();
    expect(r.getByText('Outlets give different figures')).toBeTruthy();
    const items = r.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['CNN, revision 2: 2,150', 'AFP: Nearly 4,000']);
    expect(r.container.textContent).toContain('This article: 4,000');
  });

  test('renders figures and outlet names as text, never as markup', () => {
    const hostile = {
      ...content,
      figure: '<img src=x onerror=alert(1)>',
      others: [{ outlet: '<b>Site</b>', figures: ['<i>9</i>'] }],
    };
    const r = render(<FigureCard content={hostile} onOpen={() => {}} />);
    expect(r.container.querySelector('img, b, i')).toBeNull();
    expect(r.container.textContent).toContain('<b>Site</b>: <i>9</i>');
  });

  test('an automatic mark says so, and speaks of this page rather than this article', () => {
    const r = render(<FigureCard content={{ ...content, tone: 'automatic' }} onOpen={() => {}} />);
    expect(r.getByText('Automatic comparison: reviewed outlets give other figures')).toBeTruthy();
    expect(r.container.textContent).toContain('Parallax has not reviewed this page');
    expect(r.container.textContent).toContain('This page: 4,000');
    expect(r.container.textContent).not.toContain('This article');
  });

  test('says when outlets agree, and caps a long outlet list', () => {
    const many = {
      ...content,
      tone: 'agreed' as const,
      others: Array.from({ length: 8 }, (_, i) => ({ outlet: `Outlet ${i}`, figures: ['4,000'] })),
    };
    const r = render(<FigureCard content={many} onOpen={() => {}} />);
    expect(r.getByText('Outlets agree on this figure')).toBeTruthy();
    expect(
      r
        .getAllByRole('listitem')
        .map((li) => li.textContent)
        .at(-1),
    ).toBe('and 3 more');
  });

  test('its button opens the fact', () => {
    const onOpen = vi.fn();
    const r = render(<FigureCard content={content} onOpen={onOpen} />);
    r.getByRole('button', { name: 'Show in Parallax' }).click();
    expect(onOpen).toHaveBeenCalledWith('french-troops');
  });

  test('has no accessibility violations', async () => {
    const r = render(
      <main>
        <FigureCard content={content} onOpen={() => {}} />
      </main>,
    );
    // happy-dom does no layout or painting, so colour contrast is checked on the CSS values in the unit tests instead.
    const result = await axe.run(r.container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(result.passes.length).toBeGreaterThan(0);
  });
});
