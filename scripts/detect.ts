// `npm run detect -- PAGE.html [--url ADDRESS] [--explain]`: says whether a saved page is one of the indexed
// articles. Only the JSON answer goes to stdout; notes, and with --explain the evidence, go to stderr.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractPage } from '../lib/extract/extract-page';
import { GENERATED, GENERATED_DIR } from '../lib/index/generated-layout';
import { readGeneratedRecognition } from '../lib/index/read-generated';
import type { RecognitionIndex } from '../lib/recognise/index-format';
import { readRecognitionIndex, verifyRecognitionIndex } from '../lib/recognise/read-index';
import { explainRecognition, formatExplanation } from '../lib/recognise/explain';
import { recognise } from '../lib/recognise/recognise';

const INDEX_DIR = join(import.meta.dirname, '..', GENERATED_DIR);

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const USAGE = 'usage: npm run detect -- PAGE.html [--url ADDRESS] [--explain]';

function parseArgs(argv: string[]): { page: string; url: string | null; explain: boolean } {
  let page: string | null = null;
  let url: string | null = null;
  let explain = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--url') url = argv[++i] ?? fail('--url needs an address', 2);
    else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg === '--explain') explain = true;
    else if (arg === '-h' || arg === '--help') fail(USAGE, 0);
    else if (page === null) page = arg;
    else fail(`unexpected argument: ${arg}`, 2);
  }
  if (page === null) fail(USAGE, 2);
  return { page, url, explain };
}

function loadRecognition(): RecognitionIndex {
  const path = join(INDEX_DIR, GENERATED.recognition);
  if (!existsSync(path)) fail(`no index at ${path}: run \`npm run index\` first`, 2);
  try {
    const index = readRecognitionIndex(readGeneratedRecognition(INDEX_DIR));
    verifyRecognitionIndex(index);
    return index;
  } catch (error) {
    return fail(`${path}: ${(error as Error).message}: run \`npm run index\` again`, 2);
  }
}

const { page, url, explain } = parseArgs(process.argv.slice(2));
const path = resolve(page);
if (!existsSync(path)) fail(`no such file: ${path}`, 2);
let html = '';
try {
  html = readFileSync(path, 'utf8');
} catch (error) {
  fail(`cannot read ${path}: ${(error as Error).message}`, 2);
}
const { document } = parseHTML(html);
const snapshot = extractPage(document as unknown as Document, url ?? pathToFileURL(path).href);
const recognition = loadRecognition();
const match = recognise(snapshot, recognition);
if (explain) process.stderr.write(formatExplanation(explainRecognition(snapshot, recognition)));
process.stdout.write(
  `${JSON.stringify({
    match: match && {
      story: match.story,
      article: match.article,
      revision: match.revision,
      score: match.score,
      method: match.method,
    },
  })}\n`,
);
