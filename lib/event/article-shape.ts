// Whether a page's text reads as an article or as a list of items: a question about the page alone, asked once per
// page (lib/event/page-text.ts) whatever the stories it is read against.
import { isOutletLine } from './boilerplate';

// A list of items (search results, a tag page, a section front) is no report: most of its lines are headlines,
// addresses and cut snippets, which do not end as sentences do.
const LIST_SHARE = 0.4;
const LIST_MIN_PARAGRAPHS = 5;

/**
 * Whether a page's text reads as an article: its paragraphs mostly end as sentences. The outlet's own lines
 * (share prompts, stamps, captions) and lines of a few words are left out of the count: an article has them too.
 */
export function articleShaped(text: string): boolean {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= 4 && !isOutletLine(p));
  if (paragraphs.length < LIST_MIN_PARAGRAPHS) return true;
  const unfinished = paragraphs.filter(
    (p) => !/[.!?]["'\u201d\u2019)\]]*$/.test(p) || /(\.\.\.|\u2026)["'\u201d\u2019]?$/.test(p),
  ).length;
  return unfinished / paragraphs.length < LIST_SHARE;
}
