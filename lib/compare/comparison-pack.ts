// The reader's comparison as a story pack: the same file `npm run pack` writes (lib/packs), holding the one automatic
// story, so that keeping it installs it like any pack and exporting it gives a reviewer a file the project's tools
// open (`npm run unpack`). Gzip with the platform's CompressionStream (the background, pages and Node alike).
import { PACK_EXTENSION } from '../packs/pack-format';
import { writePackContainer } from '../packs/write-pack';
import type { RuntimeStory } from '../story/runtime-types';

/** The pack's id, title and version for a comparison: its story's id, "Your comparison: …" and when it was made. */
export function comparisonPackIdentity(story: RuntimeStory): { id: string; title: string; version: string } {
  return {
    id: story.id,
    title: `Your comparison: ${story.title}`,
    version: story.automatic?.made ?? story.dates.end,
  };
}

/** The file name an exported comparison is saved under. */
export function comparisonPackName(story: RuntimeStory): string {
  return `${story.id}${PACK_EXTENSION}`;
}

async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The comparison's story pack file (gzip over the pack container), as a reader saves it or the store installs it. */
export async function comparisonPackFile(story: RuntimeStory): Promise<Uint8Array> {
  if (!story.automatic)
    throw new Error('only an automatic comparison is packed here; reviewed stories use npm run pack');
  const { bytes } = await writePackContainer(comparisonPackIdentity(story), [story]);
  return gzip(bytes);
}
