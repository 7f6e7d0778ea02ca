// Build-time check of a recognition index file on disk and of its head beside it: the file must read, lay out and
// checksum correctly, and the head must be the one made from it, or the build stops naming the file and the reason (a
// damaged or stale file never reaches a package).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GENERATED } from '../story/generated-layout';
import { readRecognitionIndex, verifyRecognitionIndex } from './read-index';
import { splitRecognitionIndex } from './split-index';

/** Reads and fully verifies the file and its head; throws an Error naming the file and the reason. */
export function checkRecognitionFile(path: string): void {
  if (!existsSync(path)) throw new Error(`${path}: missing: run \`npm run index\``);
  const headPath = join(dirname(path), GENERATED.recognitionHead);
  let head: Uint8Array;
  try {
    // A Node Buffer may sit unaligned inside a shared pool: copy into a buffer of its own.
    const index = readRecognitionIndex(new Uint8Array(readFileSync(path)).buffer);
    verifyRecognitionIndex(index);
    head = splitRecognitionIndex(index).head;
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message} (run \`npm run index\` to rebuild it)`);
  }
  const written = existsSync(headPath) ? readFileSync(headPath) : null;
  if (!written || Buffer.compare(written, head) !== 0)
    throw new Error(`${headPath}: ${written ? 'not the head of' : 'missing beside'} ${path} (run \`npm run index\`)`);
}
