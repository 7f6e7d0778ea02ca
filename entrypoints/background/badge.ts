// The toolbar badge: on a recognised article, how many of its figures other outlets report differently.
import { browser } from 'wxt/browser';
import type { Recognised } from '@/lib/app-contract';
import { disputedFactsOf } from '@/lib/index/article-facts';

/** Shows the number of disputed figures of the tab's article on the toolbar button, or clears it. */
export async function showDisputedCount(tabId: number, recognised: Recognised | null): Promise<void> {
  const count = recognised ? disputedFactsOf(recognised.story, recognised.match.article).length : 0;
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#8a3b00' });
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    await browser.action.setTitle({
      tabId,
      title: recognised ? `Parallax: ${count} disputed figure${count === 1 ? '' : 's'} in this article` : 'Parallax',
    });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}
