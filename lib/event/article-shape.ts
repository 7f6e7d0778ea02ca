// Whether a page's text reads as an article or as a list of items: a question about the page alone, asked once per
// page (lib/event/page-text.ts) whatever the stories it is read against.
import { isOutletLine } from './boilerplate';

// A list of items (search results, a tag page, a section front) is no report: most of its lines are headlines,
// addresses and cut snippets, which do not end as sentences do.
const LIST_SHARE = 0.4;
const LIST_MIN_PARAGRAPHS = 5;
// Words of consecutive sentence-ended paragraphs that make a page an article whatever lists it also holds: more than a
// section front's summary of one item, as much as a brief's few sentences.
const PROSE_RUN_WORDS = 60;

/**
 * Whether a page's text reads as an article: its paragraphs mostly end as sentences, or a run of them tells a story at
 * length (a report with a block of other headlines or a data box beside it). The outlet's own lines (share prompts,
 * stamps, captions) and lines of a few words are left out of the count: an article has them too.
 */
export function articleShaped(text: string): boolean {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= 4 && !isOutletLine(p));
  if (paragraphs.length < LIST_MIN_PARAGRAPHS) return true;
  let unfinished = 0;
  let run = 0;
  let longestRun = 0;
  for (const p of paragraphs) {
    if (endsAsSentence(p)) {
      run += p.split(/\s+/).length;
      longestRun = Math.max(longestRun, run);
    } else {
      unfinished++;
      run = 0;
    }
  }
  return unfinished / paragraphs.length < LIST_SHARE || longestRun >= PROSE_RUN_WORDS;
}

// A paragraph that ends as a sentence does (a cut snippet's ellipsis does not).
function endsAsSentence(p: string): boolean {
  return /[.!?]["'\u201d\u2019)\]]*$/.test(p) && !/(\.\.\.|\u2026)["'\u201d\u2019]?$/.test(p);
}
