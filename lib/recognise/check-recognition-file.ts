// Build-time check of a recognition index file on disk: it must read, lay out and checksum correctly, or the build
// stops naming the file and the reason (a damaged or stale file never reaches a package).
import { existsSync, readFileSync } from 'node:fs';
import { readRecognitionIndex, verifyRecognitionIndex } from './read-index';

/** Reads and fully verifies the file; throws an Error naming the file and the reason. */
export function checkRecognitionFile(path: string): void {
  if (!existsSync(path)) throw new Error(`${path}: missing: run \`npm run index\``);
  try {
    const bytes = readFileSync(path);
    // A Node Buffer may sit unaligned inside a shared pool: copy into a buffer of its own.
    verifyRecognitionIndex(readRecognitionIndex(new Uint8Array(bytes).buffer));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message} (run \`npm run index\` to rebuild it)`);
  }
}
