// A whole recognition index split into its paged layout and opened again, with its parts served from memory: the
// parts read are counted, and a test may take parts away or change them first.
import type { RecognitionIndex } from '../../../../lib/recognise/index-format';
import { openPagedIndex, type PagedIndexOptions } from '../../../../lib/recognise/paged-index';
import { type SplitOptions, splitRecognitionIndex } from '../../../../lib/recognise/split-index';

/** One article, story, address and event term a part, and fingerprint parts of a few buckets. */
export const TINY_PARTS: SplitOptions = {
  partBytes: 1,
  addressPartBytes: 1,
  termsPerPart: 2,
  storiesPerPart: 1,
};

/** The paged index of `index`; `change` may edit or drop parts (undefined: missing) before it is opened. */
export function pagedFrom(
  index: RecognitionIndex,
  split: Partial<SplitOptions> = {},
  options: PagedIndexOptions & { change?: (parts: (Uint8Array | undefined)[]) => void } = {},
) {
  const { head, parts } = splitRecognitionIndex(index, split);
  const served: (Uint8Array | undefined)[] = parts.map((p) => p.slice());
  options.change?.(served);
  const reads: number[] = [];
  const paged = openPagedIndex(
    head,
    async (ids) => {
      reads.push(...ids);
      return ids.map((id) => served[id]?.slice());
    },
    options,
  );
  return { paged, head, parts, reads };
}
