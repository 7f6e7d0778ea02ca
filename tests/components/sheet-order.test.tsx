// What a reader sees first: as a bottom sheet (a phone), whose half-open first screen is all they see, the
// article's disputed figures come before the story's title block; beside the page the story comes first. An
// article the index has no headline for is named by its outlet alone, never "headline not recorded".
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { EventNotice } from '../../lib/ui/EventNotice';
import { axeViolations } from './axe';
import { story } from './fixtures/story';
import { renderSidebar } from './render-sidebar';
import { installVisibility, uninstallVisibility } from './visibility';

beforeEach(installVisibility);
afterEach(() => {
  cleanup();
  uninstallVisibility();
});

/** The body's sections in document order, each named by its first heading or its class. */
function order(): string[] {
  const body = document.querySelector('.px-body') as HTMLElement;
  return Array.from(body.children).map((el) => el.querySelector('h2, h3')?.textContent ?? el.className);
}

const SUMMARY = '1 figure in this article is reported differently elsewhere';

describe('order of the sidebar', () => {
  test('as a sheet: the disputed figures, then the story (title, what happened, you are reading, revisions)', async () => {
    const { container } = renderSidebar({ layout: 'sheet' });
    expect(order().slice(0, 2)).toEqual([SUMMARY, story.title]);
    const summary = screen.getByRole('region', { name: SUMMARY });
    const title = screen.getByRole('heading', { level: 2, name: story.title });
    const reading = screen.getByText(/You are reading:/);
    const revisions = screen.getByRole('region', { name: 'Other revisions of this article' });
    const after = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    for (const later of [title, screen.getByText('What happened'), reading, revisions])
      expect(after(summary, later)).toBe(true);
    expect(within(summary).getByRole('link', { name: 'French troops in Mali' })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  test('beside the page: the story first, then the disputed figures', () => {
    renderSidebar();
    expect(order().slice(0, 2)).toEqual([story.title, SUMMARY]);
    cleanup();
    renderSidebar({ layout: 'side' });
    expect(order().slice(0, 2)).toEqual([story.title, SUMMARY]);
  });
});

describe('an article without a headline', () => {
  test('the reviewed articles a report matches are named by outlet, with nothing made up for the headline', () => {
    const noHeadline = {
      ...story,
      articles: story.articles.map((a) => (a.id === 'afp' ? { ...a, headline: null } : a)),
    };
    render(<EventNotice story={noHeadline} />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toContain('AFP');
    expect(items).toContain(`GlobalPost: ${story.articles.find((a) => a.id === 'globalpost')?.headline}`);
    expect(document.body.textContent).not.toMatch(/not recorded|Untitled/);
  });
});
