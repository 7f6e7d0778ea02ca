// `npm run compare -- PAGE.html [--url ADDRESS]`: the figures of a saved page, each with the fact of the story it
// reports (or null) and the reviewed articles whose figures agree or differ with it. The story is the indexed
// article's when the page is one, else the story the page reports (an event match), else null; all through the
// engine's one door (lib/engine/read-page.ts).
// Prints {"story": id|null, "claims": [{"quote","figure","value","fact","agrees","differs"}]} on stdout.
import { readPage } from '../lib/engine/read-page';
import { type ComparedClaim, comparedClaims } from '../lib/event/page-figures';
import { loadLocalIndex, PageReadError, readSavedPage } from './support/local-index';
import { parsePageArgs } from './support/page-args';

const USAGE = 'usage: npm run compare -- PAGE.html [--url ADDRESS]';
const { pages } = parsePageArgs(process.argv.slice(2), USAGE);
if (pages.length > 1) {
  process.stderr.write(`compare reads one page\n${USAGE}\n`);
  process.exit(2);
}
const { page, url } = pages[0]!;
let snapshot: ReturnType<typeof readSavedPage>;
try {
  snapshot = readSavedPage(page, url);
} catch (error) {
  if (!(error instanceof PageReadError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}
const reading = await readPage(snapshot, [loadLocalIndex()], { detail: true });
const detail = reading.detail!;

function answer(): { story: string | null; claims: ComparedClaim[] } {
  // An indexed article: its figures against the other articles' (its own reviewed claims are the page itself).
  if (reading.kind === 'article')
    return { story: reading.story.id, claims: comparedClaims(detail.alignments, detail.text, [reading.match.article]) };
  if (reading.kind === 'event')
    return { story: reading.story.id, claims: comparedClaims(detail.alignments, detail.text) };
  return {
    story: null,
    claims: detail.claims.map((c) => ({
      quote: c.sentence.text.trim(),
      figure: c.figure.text,
      value: c.value,
      fact: null,
      agrees: [],
      differs: [],
    })),
  };
}

process.stdout.write(`${JSON.stringify(answer())}\n`);
