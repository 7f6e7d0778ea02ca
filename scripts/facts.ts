// `npm run facts [-- --json] [-- --article ID]`: each story's facts with every outlet's figure, the status, flags
// and any override reason, in display order (with --article, the order the sidebar shows on that article's page).
// Builds the index from data/ (nothing is written); with --json only JSON goes to stdout.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildIndex } from '../lib/index/build-index';
import { factsReport, factsTable, hasArticle } from '../lib/index/facts-report';
import { formatError } from '../lib/index/validate-stories';

const usage = 'usage: npm run facts [-- --json] [-- --article ID]';
let args: { json: boolean; article?: string };
try {
  args = parseArgs({ options: { json: { type: 'boolean', default: false }, article: { type: 'string' } } }).values;
} catch (error) {
  process.stderr.write(`facts: ${(error as Error).message}\n${usage}\n`);
  process.exit(2);
}
// The report needs statuses, not recognition fingerprints: skip building them.
const result = buildIndex(join(import.meta.dirname, '..'), null);
if (!result.ok) {
  for (const error of result.errors) process.stderr.write(`${formatError(error)}\n`);
  process.stderr.write(`facts: ${result.errors.length} problem(s) in data/; run \`npm run index\` for the same list\n`);
  process.exit(1);
}
if (args.article !== undefined && !hasArticle(result.index, args.article)) {
  const known = result.index.stories.flatMap((s) => s.articles.map((a) => a.id));
  process.stderr.write(`facts: no article "${args.article}" in the index; known: ${known.join(', ')}\n`);
  process.exit(2);
}
const output = args.json
  ? JSON.stringify(factsReport(result.index, args.article))
  : factsTable(result.index, args.article);
process.stdout.write(`${output}\n`);
