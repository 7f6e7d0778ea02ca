// What `npm run detect` and `npm run compare` read: a saved page as the content script would, and the built index
// in public/generated/ (recognition index and story files with their signatures). Failures exit with a message.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import type { SignedEntry } from '../../lib/event/read-event-page';
import { extractPage } from '../../lib/extract/extract-page';
import { readPageMeta } from '../../lib/extract/page-meta';
import { GENERATED, GENERATED_DIR } from '../../lib/story/generated-layout';
import { readGeneratedEntries, readGeneratedRecognition } from '../../lib/story/read-generated';
import type { RecognitionIndex } from '../../lib/recognise/index-format';
import { readRecognitionIndex, verifyRecognitionIndex } from '../../lib/recognise/read-index';
import type { PageSnapshot } from '../../lib/extract/page-snapshot';

const INDEX_DIR = join(import.meta.dirname, '..', '..', GENERATED_DIR);

/** Prints a message to stderr and exits with the code. */
export function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/** `PAGE.html [--url ADDRESS]` and the flags a command accepts (each true when given). */
export function parsePageArgs(
  argv: string[],
  usage: string,
  flags: readonly string[] = [],
): { page: string; url: string | null; flags: Set<string> } {
  let page: string | null = null;
  let url: string | null = null;
  const given = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--url') url = argv[++i] ?? fail('--url needs an address', 2);
    else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg === '-h' || arg === '--help') fail(usage, 0);
    else if (flags.includes(arg)) given.add(arg);
    else if (page === null && !arg.startsWith('--')) page = arg;
    else fail(`unexpected argument: ${arg}\n${usage}`, 2);
  }
  if (page === null) fail(usage, 2);
  return { page, url, flags: given };
}

/** A saved page read as the content script and the background read the live one; the address is `url` or the file's. */
export function readSavedPage(page: string, url: string | null): PageSnapshot {
  const path = resolve(page);
  if (!existsSync(path)) fail(`no such file: ${path}`, 2);
  let html = '';
  try {
    html = readFileSync(path, 'utf8');
  } catch (error) {
    fail(`cannot read ${path}: ${(error as Error).message}`, 2);
  }
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  // The headline and date the background reads from a candidate page, read here at once.
  return { ...extractPage(doc, url ?? pathToFileURL(path).href), ...readPageMeta(doc) };
}

/** The built index: the recognition index (checked whole) and every story with its signature. */
export function loadLocalIndex(): {
  recognition: RecognitionIndex;
  entry(story: string): SignedEntry | null;
  story(id: string): SignedEntry['story'] | null;
} {
  const path = join(INDEX_DIR, GENERATED.recognition);
  if (!existsSync(path)) fail(`no index at ${path}: run \`npm run index\` first`, 2);
  let recognition: RecognitionIndex;
  let entries: ReturnType<typeof readGeneratedEntries>;
  try {
    recognition = readRecognitionIndex(readGeneratedRecognition(INDEX_DIR));
    verifyRecognitionIndex(recognition);
    entries = readGeneratedEntries(INDEX_DIR);
  } catch (error) {
    return fail(`${INDEX_DIR}: ${(error as Error).message}: run \`npm run index\` again`, 2);
  }
  const byId = new Map(entries.map((e) => [e.story.id, e]));
  return {
    recognition,
    entry: (id) => {
      const e = byId.get(id);
      return e?.signature ? { story: e.story, signature: e.signature } : null;
    },
    story: (id) => byId.get(id)?.story ?? null,
  };
}
