// The bundled index's copy in IndexedDB (lib/packs/index-copies.ts): opened at start-up when there is a complete
// one made from the packaged file (named by the packaged head's checksum), and made after the first answer that had
// to read the packaged file whole, a few parts at a time.
import type { IndexCopies } from '@/lib/packs/index-copies';
import type { RecognitionIndex } from '@/lib/recognise/index-format';
import { openPagedIndex, type PagedIndex } from '@/lib/recognise/paged-index';

/** What the copy needs of the index store's sources. */
export interface BundledSources {
  /** The packaged head (absent: no copy is made or used). */
  bundledHead?(): Promise<ArrayBuffer>;
  copies: Pick<IndexCopies, 'head' | 'parts' | 'copy'>;
  /**
   * Called between batches of the copy: a Chromium service worker is stopped after 30 s without an event or an
   * extension API call, and a copy of a large index takes longer (one stopped midway goes on at the next start).
   */
  keepAlive?(): Promise<unknown>;
}

const BUNDLED_PREFIX = 'bundled:';

/**
 * The name of the bundled index's copy: the packaged head's own checksum and length, which name the whole file it was
 * split from and how it was split, so a copy of another file or another split is never used or added to.
 */
function sourceOf(index: PagedIndex): string {
  const header = new DataView(index.head.file.bytes.buffer, index.head.file.bytes.byteOffset, 16);
  return `${BUNDLED_PREFIX}${header.getUint32(12, true)}-${header.getUint32(8, true)}`;
}

/**
 * The copy as a paged index, or null when there is no complete copy of the packaged file (or it cannot be read: then
 * with one debug line). `damaged(pack, copy)` makes the callback for a part that cannot be used.
 */
export async function openBundledCopy(
  sources: BundledSources,
  quiet: (message: string, error?: unknown) => void,
  damaged: (pack: string, copy: string | null) => (part: number, reason: string) => void,
): Promise<PagedIndex | null> {
  if (!sources.bundledHead) return null;
  try {
    const head = await sources.bundledHead();
    let source = '';
    const index = openPagedIndex(head, (parts) => sources.copies.parts(source, parts), {
      onDamage: (part, reason) => damaged('', source)(part, reason),
    });
    source = sourceOf(index);
    const copied = await sources.copies.head(source);
    return copied && sameBytes(copied, head) ? index : null;
  } catch (error) {
    quiet('the copy of the bundled index could not be opened; the packaged file is read instead.', error);
    return null;
  }
}

/** Copies the whole packaged index (verified) into IndexedDB, replacing the copy of any earlier package. */
export async function copyBundled(
  sources: BundledSources,
  index: RecognitionIndex,
  quiet: (message: string, error?: unknown) => void,
): Promise<void> {
  if (!sources.bundledHead) return;
  try {
    const packaged = openPagedIndex(await sources.bundledHead(), async () => []);
    const head = await sources.copies.copy(sourceOf(packaged), index, {
      replacing: BUNDLED_PREFIX,
      // Between batches of parts, the background answers the pages asked meanwhile.
      pause: async () => {
        await sources.keepAlive?.().catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 0));
      },
    });
    if (!sameBytes(head, packaged.head.file.bytes)) throw new Error('the copy is not of the packaged file');
  } catch (error) {
    quiet('the bundled index could not be copied into IndexedDB; the packaged file will be read again.', error);
  }
}

function sameBytes(a: ArrayBuffer | Uint8Array, b: ArrayBuffer | Uint8Array): boolean {
  const [x, y] = [a instanceof Uint8Array ? a : new Uint8Array(a), b instanceof Uint8Array ? b : new Uint8Array(b)];
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}
