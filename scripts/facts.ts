// `npm run facts [-- --json]`: each story's facts with every outlet's figure, the status, flags and any
// override reason. Builds the index from data/ (nothing is written); with --json only JSON goes to stdout.
import { join } from 'node:path';
import { buildIndex } from '../lib/index/build-index';
import { factsReport, factsTable } from '../lib/index/facts-report';
import { formatError } from '../lib/index/validate-stories';

const json = process.argv.slice(2).includes('--json');
// The report needs statuses, not recognition fingerprints: skip building them.
const result = buildIndex(join(import.meta.dirname, '..'), null);
if (!result.ok) {
  for (const error of result.errors) process.stderr.write(`${formatError(error)}\n`);
  process.stderr.write(`facts: ${result.errors.length} problem(s) in data/; run \`npm run index\` for the same list\n`);
  process.exit(1);
}
process.stdout.write(json ? `${JSON.stringify(factsReport(result.index))}\n` : `${factsTable(result.index)}\n`);
