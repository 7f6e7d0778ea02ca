// Packs made in tests from the real Mali story (as `npm run pack` makes them), and ways to damage them.
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { xxhash32 } from '../../../lib/binary/xxhash32';
import { buildIndex } from '../../../lib/index/build-index';
import type { RuntimeStory } from '../../../lib/story/runtime-types';
import { writePackContainer } from '../../../lib/packs/write-pack';

const REPO = join(import.meta.dirname, '..', '..', '..');

/** The compiled Mali story. */
export function maliStory(): RuntimeStory {
  const built = buildIndex(REPO, null);
  if (!built.ok) throw new Error('the real data does not build');
  return built.index.stories[0]!;
}

/** A pack file (gzip) of the given stories. */
export async function packFile(stories: RuntimeStory[], id = stories[0]!.id, version = '1'): Promise<Uint8Array> {
  const { bytes } = await writePackContainer({ id, title: `Pack ${id}`, version }, stories);
  return new Uint8Array(gzipSync(bytes));
}

/**
 * The pack with `from` replaced by `to` (same length) inside its container; with `fixChecksum` the container's
 * checksum is recomputed, as someone editing the pack on purpose would, so only the SHA-256 digests can tell.
 */
export function tampered(file: Uint8Array, from: string, to: string, fixChecksum: boolean): Uint8Array {
  const container = new Uint8Array(gunzipSync(file));
  const text = Buffer.from(container).toString('latin1');
  const at = text.indexOf(from);
  if (at < 0 || from.length !== to.length) throw new Error(`cannot tamper: "${from}" not found or lengths differ`);
  container.set(Buffer.from(to, 'latin1'), at);
  if (fixChecksum) new DataView(container.buffer).setUint32(12, xxhash32(container.subarray(16)), true);
  return new Uint8Array(gzipSync(container));
}
