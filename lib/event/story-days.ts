// The days a report of a story may be dated: from a few days before its first day to a week after its last. A story
// whose texts span more than a fortnight (a follow-up on a trial months later) has a window around its first and
// last days and each of its articles' days instead, not every day between them, where any report of the same kind
// from the same city would be dated inside.
import { addDays } from '../quantity/calendar';
import type { RuntimeStory } from '../story/runtime-types';
import { EVENT_THRESHOLDS } from './thresholds';

/** Longest span of days kept as one window. */
const ONE_WINDOW_DAYS = 14;

/** The story's days as sorted, merged [from, to] windows (ISO days). */
export function storyWindows(story: RuntimeStory): [string, string][] {
  const { start, end } = story.dates;
  const around = (from: string, to: string): [string, string] => [
    addDays(from, -EVENT_THRESHOLDS.daysBefore),
    addDays(to, EVENT_THRESHOLDS.daysAfter),
  ];
  if (end <= addDays(start, ONE_WINDOW_DAYS)) return [around(start, end)];
  const days = new Set([start, end]);
  for (const article of story.articles) if (article.published) days.add(article.published.slice(0, 10));
  const merged: [string, string][] = [];
  for (const day of [...days].sort()) {
    const [from, to] = around(day, day);
    const last = merged[merged.length - 1];
    // Days come in order, so a later window ends no earlier.
    if (last && from <= last[1]) last[1] = to;
    else merged.push([from, to]);
  }
  return merged;
}

/** Whether an ISO day falls in one of the windows. */
export function inWindows(day: string, windows: readonly [string, string][]): boolean {
  return windows.some(([from, to]) => day >= from && day <= to);
}

/** Whether an ISO day falls in one of the story's windows. */
export function withinStoryDays(day: string, story: RuntimeStory): boolean {
  return inWindows(day, storyWindows(story));
}
