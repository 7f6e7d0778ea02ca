// How the sidebar and popup name what a page's figures are compared with: the reviewed outlets of a reviewed story,
// or the reports of the reader's own comparison (automatic: nothing there is reviewed).
import type { RuntimeStory } from '../story/runtime-types';

/** The words for what a story's articles are. */
export interface ComparedWith {
  /** "the reviewed outlets" / "the reports you compared". */
  outlets: string;
  /** "a reviewed outlet" / "a report you compared". */
  outlet: string;
  /** The label of the list of them: "Reviewed outlets" / "Reports you compared". */
  listLabel: string;
  /** The button that opens the story's fact: "Reviewed fact" / "Fact of your comparison". */
  fact: string;
  /** "5 reviewed articles" / "your comparison of 3 reports". */
  articles(n: number): string;
}

const REVIEWED: ComparedWith = {
  outlets: 'the reviewed outlets',
  outlet: 'a reviewed outlet',
  listLabel: 'Reviewed outlets',
  fact: 'Reviewed fact',
  articles: (n) => (n === 1 ? 'one reviewed article' : `${n} reviewed articles`),
};

const AUTOMATIC: ComparedWith = {
  outlets: 'the reports you compared',
  outlet: 'a report you compared',
  listLabel: 'Reports you compared',
  fact: 'Fact of your comparison',
  articles: (n) => `your comparison of ${n === 1 ? 'one report' : `${n} reports`}`,
};

/** The words for a story: its own kind, reviewed or automatic. */
export function comparedWith(story: Pick<RuntimeStory, 'automatic'>): ComparedWith {
  return story.automatic ? AUTOMATIC : REVIEWED;
}
