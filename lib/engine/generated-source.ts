// A generated index folder on disk as an index source (Node only: tools, benchmarks, the end-to-end oracle). The
// extension reads the same files from its package (entrypoints/background/index-store.ts).
import { readRecognitionIndex, verifyRecognitionIndex } from '../recognise/read-index';
import { readGeneratedEntries, readGeneratedRecognition } from '../story/read-generated';
import { type IndexSource, memorySource } from './sources';

/** The folder's recognition index, checked whole, and every story file; throws naming what is missing or damaged. */
export function generatedSource(dir: string, pack = ''): IndexSource {
  const recognition = readRecognitionIndex(readGeneratedRecognition(dir));
  verifyRecognitionIndex(recognition);
  return memorySource(recognition, readGeneratedEntries(dir), pack);
}
