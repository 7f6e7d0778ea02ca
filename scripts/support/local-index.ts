// What `npm run detect` and `npm run compare` read: saved pages as the content script would read them, and the
// built index in public/generated/ as an index source for the engine. Failures exit with a message.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { normaliseText } from '../../lib/compare/report';
import { generatedSource } from '../../lib/engine/generated-source';
import type { IndexSource } from '../../lib/engine/sources';
import { extractPage } from '../../lib/extract/extract-page';
import { type PageSnapshot, snapshotAt } from '../../lib/extract/page-snapshot';
import type { SavedPage } from '../../lib/draft/read-saved-page';
import { GENERATED, GENERATED_DIR } from '../../lib/story/generated-layout';
import { isPlainTextFile, siblingMeta } from './saved-text';

const INDEX_DIR = join(import.meta.dirname, '..', '..', GENERATED_DIR);

/** Prints a message to stderr and exits with the code. */
export function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/** A saved page that could not be read, with the reason. */
export class PageReadError extends Error {
  override name = 'PageReadError';
}

/**
 * A saved page read as the content script reads the live one (addresses, headline, date, article text); the address
 * is `url` or the file's. A .txt is an article's text, paragraphs separated by blank lines, with the headline, date
 * and address of a .json beside it if there is one (as `npm run draft-story` reads it). Throws a PageReadError
 * naming the file when it cannot be read.
 */
export function readSavedPage(page: string, url: string | null): PageSnapshot {
  const path = resolve(page);
  if (!existsSync(path)) throw new PageReadError(`no such file: ${path}`);
  let raw = '';
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new PageReadError(`cannot read ${path}: ${(error as Error).message}`);
  }
  const address = url ?? pathToFileURL(path).href;
  if (isPlainTextFile(path)) return textSnapshot(raw, siblingMeta(path), address);
  // A file without any markup (empty, or text saved under another name) has no document element: it is read as text.
  if (!/<[a-z!]/i.test(raw)) return textSnapshot(raw, {}, address);
  const { document } = parseHTML(raw);
  return extractPage(document as unknown as Document, address);
}

// The text as the content script would read it from a page: paragraphs as the data format holds them, each one's
// spacing collapsed. The metadata's address stands where a page's canonical link would; `address` is where it was read.
function textSnapshot(raw: string, meta: Partial<SavedPage>, address: string): PageSnapshot {
  const text = normaliseText(raw).replace(/[^\S\n]+/g, ' ');
  const published = meta.published && /^\d{4}-\d{2}-\d{2}/.test(meta.published) ? meta.published.slice(0, 10) : null;
  return snapshotAt(address, { text, headline: meta.headline ?? null, published, canonical: meta.url ?? null });
}

/** The built index as the engine reads it (the recognition index checked whole, every story file). */
export function loadLocalIndex(): IndexSource {
  const path = join(INDEX_DIR, GENERATED.recognition);
  if (!existsSync(path)) fail(`no index at ${path}: run \`npm run index\` first`, 2);
  try {
    return generatedSource(INDEX_DIR);
  } catch (error) {
    return fail(`${INDEX_DIR}: ${(error as Error).message}: run \`npm run index\` again`, 2);
  }
}
