// Writes a story pack's container from compiled stories: recognition index, one story file each, and a manifest
// with their SHA-256 digests. Deterministic; `npm run pack` compresses it.
import { encodeStringTable } from '../binary/string-table';
import { writeSectionedFile } from '../binary/sectioned-file';
import { signStory } from '../event/sign-story';
import { canonicalJson } from '../story/canonical-json';
import { hostsOf } from '../story/hosts';
import type { RuntimeStory } from '../story/runtime-types';
import { STORY_FILE_FORMAT, storyFileJson } from '../story/story-file';
import { encodeRecognitionIndex } from '../recognise/build-recognition-index';
import { INDEX_FORMAT } from '../recognise/index-format';
import { sha256Hex } from './digest';
import { PACK_FORMAT, PACK_MAGIC, PACK_SECTION, type PackManifest } from './pack-format';

/** Who the pack is: its id, title and version. */
export interface PackIdentity {
  id: string;
  title: string;
  version: string;
}

/** The pack container's bytes and its manifest. */
export async function writePackContainer(
  identity: PackIdentity,
  stories: readonly RuntimeStory[],
): Promise<{
  bytes: Uint8Array;
  manifest: PackManifest;
}> {
  if (stories.length === 0) throw new Error('a pack needs at least one story');
  const signed = stories.map(signStory);
  const recognition = encodeRecognitionIndex(signed.map((s) => ({ ...s.story, eventTerms: s.terms })));
  const files = signed.map((s) => new TextEncoder().encode(storyFileJson(s.story, s.signature)));
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    id: identity.id,
    title: identity.title,
    version: identity.version,
    indexFormat: INDEX_FORMAT,
    storyFormat: STORY_FILE_FORMAT,
    recognition: { bytes: recognition.length, sha256: await sha256Hex(recognition) },
    stories: await Promise.all(
      stories.map(async (s, i) => ({
        id: s.id,
        title: s.title,
        bytes: files[i]!.length,
        sha256: await sha256Hex(files[i]!),
      })),
    ),
    hosts: hostsOf(stories),
  };
  const bytes = writeSectionedFile(PACK_MAGIC, PACK_FORMAT, [
    { tag: PACK_SECTION.manifest, bytes: new TextEncoder().encode(canonicalJson(manifest)), itemSize: 1 },
    { tag: PACK_SECTION.recognition, bytes: recognition, itemSize: 1 },
    { tag: PACK_SECTION.stories, bytes: encodeStringTable(files.map((f) => new TextDecoder().decode(f))), itemSize: 1 },
  ]);
  return { bytes, manifest };
}
