// Reads a recognition index file: header, table of contents and section layout are checked at once (no pass over
// the big sections, so start-up costs next to nothing); the checksum over every byte is a separate call.
import { readSectionedFile, SectionedFileError, verifySectionedFile } from '../binary/sectioned-file';
import { INDEX_MAGIC, markChecked, READABLE_FORMATS, type RecognitionIndex, SECTION } from './index-format';
import { checkIndexContents, IndexLayoutError, loadIndex } from './load-index';

/** A recognition index file that cannot be used, with the reason. */
export class RecognitionIndexError extends Error {
  override name = 'RecognitionIndexError';
}

/**
 * Reads and checks the layout of a recognition index file; throws RecognitionIndexError saying why it cannot be used.
 */
export function readRecognitionIndex(bytes: ArrayBuffer | Uint8Array): RecognitionIndex {
  try {
    const file = readSectionedFile(bytes, INDEX_MAGIC, READABLE_FORMATS);
    const info = file.sections.get(SECTION.info);
    if (info?.itemSize !== 4 || info.bytes.length < 28)
      throw new RecognitionIndexError('section INFO is missing or short');
    const view = new DataView(info.bytes.buffer, info.bytes.byteOffset, info.bytes.byteLength);
    const [k, w, storyCount, articleCount, hashCount, postingCount, bucketBits] = [0, 1, 2, 3, 4, 5, 6].map((i) =>
      view.getUint32(4 * i, true),
    ) as [number, number, number, number, number, number, number];
    if (k < 1 || w < 1) throw new RecognitionIndexError(`fingerprint parameters k=${k}, w=${w} are not usable`);
    if (bucketBits > 16) throw new RecognitionIndexError(`${bucketBits} bucket bits is more than 16`);
    const index = markChecked({
      format: 1,
      params: { k, w },
      storyCount,
      articleCount,
      hashCount,
      postingCount,
      bucketBits,
      file,
    });
    loadIndex(index);
    return index;
  } catch (error) {
    if (error instanceof SectionedFileError || error instanceof IndexLayoutError)
      throw new RecognitionIndexError(error.message);
    throw error;
  }
}

/**
 * Checks the checksum over all the index's bytes and every table's contents; throws RecognitionIndexError saying why.
 */
export function verifyRecognitionIndex(index: RecognitionIndex): void {
  if (!verifySectionedFile(index.file)) throw new RecognitionIndexError('checksum mismatch: the file is damaged');
  try {
    checkIndexContents(loadIndex(index));
  } catch (error) {
    if (error instanceof IndexLayoutError) throw new RecognitionIndexError(error.message);
    throw error;
  }
}
