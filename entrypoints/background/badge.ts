// The toolbar badge: on a recognised article, how many of its figures other outlets report differently; on a report
// of a known story, how many of its own figures differ from the reviewed outlets, in another colour (automatic).
import { browser } from 'wxt/browser';
import { comparisonFigures } from '@/lib/compare/comparison-figures';
import type { PageAnswer } from '@/lib/engine/answer';
import type { RuntimeStory } from '@/lib/story/runtime-types';
import { marksFigure } from '@/lib/event/page-figures';
import { disputedFactsOf } from '@/lib/story/article-facts';

// The reviewed count in the brand's rust; the automatic one in slate, as the sidebar and the marks tell them apart.
const REVIEWED_COLOUR = '#8a3b00';
const AUTOMATIC_COLOUR = '#3b4a6b';

function badge(answer: PageAnswer): { count: number; colour: string; title: string } {
  if (answer.kind === 'none') return { count: 0, colour: REVIEWED_COLOUR, title: 'Parallax' };
  if (answer.kind === 'event') {
    const count = answer.figures.filter(marksFigure).length;
    // The reader's own comparison is no reviewed story: its reports are what the page is compared with.
    const whom = answer.story.automatic ? 'the reports of your comparison' : 'reviewed outlets';
    return {
      count,
      colour: AUTOMATIC_COLOUR,
      title: `Parallax: this page reports a story Parallax knows; ${count} of its figure${count === 1 ? '' : 's'} differ from ${whom} (automatic comparison, not reviewed)`,
    };
  }
  if (answer.story.automatic) return comparisonBadge(answer.story, answer.match.article);
  const count = disputedFactsOf(answer.story, answer.match.article).length;
  return {
    count,
    colour: REVIEWED_COLOUR,
    title: `Parallax: ${count} disputed figure${count === 1 ? '' : 's'} in this article`,
  };
}

// On a report of the reader's comparison: its figures other reports give differently, counted as automatic.
function comparisonBadge(story: RuntimeStory, article: string): { count: number; colour: string; title: string } {
  const count = comparisonFigures(story, article).length;
  return {
    count,
    colour: AUTOMATIC_COLOUR,
    title: `Parallax: your comparison; other reports you added give ${count} of this page's figure${count === 1 ? '' : 's'} differently (automatic, not reviewed)`,
  };
}

/** Shows, on a report of the reader's comparison, how many of its figures the other reports give differently. */
export async function showComparisonCount(tabId: number, story: RuntimeStory, article: string): Promise<void> {
  await setBadge(tabId, comparisonBadge(story, article));
}

/** Shows the number of disputed (or, on a report of a known story, differing) figures on the toolbar button. */
export async function showDisputedCount(tabId: number, answer: PageAnswer): Promise<void> {
  await setBadge(tabId, badge(answer));
}

async function setBadge(tabId: number, { count, colour, title }: ReturnType<typeof badge>): Promise<void> {
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: colour });
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    await browser.action.setTitle({ tabId, title });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}
