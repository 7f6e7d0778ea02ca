// `npm run detect -- PAGE.html [--url ADDRESS] [--explain]`, or many pages in one process with
// `npm run detect -- PAGE.html… [--url-list FILE] --jsonl`: says whether each saved page is one of the indexed
// articles ("match") or, when it is none, a report of an indexed story in its own words ("event"), through the
// engine's one door (lib/engine/read-page.ts). One JSON line per page on stdout, the same alone or in a batch:
// {"page","match","event"}; notes, and with --explain the evidence, go to stderr.
import type { PageReading } from '../lib/engine/read-page';
import { readPage } from '../lib/engine/read-page';
import { formatEventExplanation } from '../lib/engine/explain';
import { explainRecognition, formatExplanation } from '../lib/recognise/explain';
import { loadLocalIndex, PageReadError, readSavedPage } from './support/local-index';
import { parsePageArgs } from './support/page-args';

const USAGE =
  'usage: npm run detect -- PAGE.html [--url ADDRESS] [--explain]\n' +
  '       npm run detect -- PAGE.html… [--url-list FILE] [--explain] --jsonl';
const { pages, flags } = parsePageArgs(process.argv.slice(2), USAGE, ['--explain', '--jsonl']);
if (pages.length > 1 && !flags.has('--jsonl')) {
  process.stderr.write(`several pages print one line each: add --jsonl\n${USAGE}\n`);
  process.exit(2);
}
const source = loadLocalIndex();
const explain = flags.has('--explain');
let failed = 0;

/** What detect prints of an answer (these fields are relied on by other tools: add, never rename). */
function printed(page: string, reading: PageReading) {
  return {
    page,
    match:
      reading.kind === 'article'
        ? {
            story: reading.match.story,
            article: reading.match.article,
            revision: reading.match.revision,
            score: reading.match.score,
            method: reading.match.method,
          }
        : null,
    event:
      reading.kind === 'event'
        ? { story: reading.match.story, score: reading.match.score, facts: reading.match.facts }
        : null,
  };
}

for (const { page, url } of pages) {
  try {
    const snapshot = readSavedPage(page, url);
    const reading = await readPage(snapshot, [source], {
      detail: explain,
      onProblem: (message, error) => process.stderr.write(`${page}: ${message} ${error ?? ''}\n`),
    });
    if (explain) {
      if (pages.length > 1) process.stderr.write(`== ${page}\n`);
      process.stderr.write(formatExplanation(explainRecognition(snapshot, source.recognition)));
      if (reading.kind !== 'article' && reading.detail) process.stderr.write(formatEventExplanation(reading.detail));
    }
    process.stdout.write(`${JSON.stringify(printed(page, reading))}\n`);
  } catch (error) {
    if (!(error instanceof PageReadError)) throw error;
    failed++;
    if (pages.length === 1) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    process.stdout.write(`${JSON.stringify({ page, error: error.message })}\n`);
  }
}
if (failed > 0) process.exitCode = 1;
