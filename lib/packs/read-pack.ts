// Reads and checks a story pack file before anything of it is kept: size, gzip, container, checksum, manifest,
// every part's SHA-256, the recognition index, every story, and that its story ids are free. Any problem refuses
// the whole pack with a message a reader can act on.
import {
  readSectionedFile,
  type SectionedFile,
  SectionedFileError,
  verifySectionedFile,
} from '../binary/sectioned-file';
import { readStringTable, type StringTable } from '../binary/string-table';
import { hostsOf } from '../story/hosts';
import type { RuntimeStory } from '../story/runtime-types';
import { readStoryFile, StoryFileError } from '../story/story-file';
import { loadIndex, storyIdOf } from '../recognise/load-index';
import { readRecognitionIndex, RecognitionIndexError, verifyRecognitionIndex } from '../recognise/read-index';
import { sha256Hex } from './digest';
import { checkManifest } from './check-manifest';
import {
  MAX_PACK_BYTES,
  MAX_UNPACKED_BYTES,
  PACK_MAGIC,
  PACK_SECTION,
  type PackManifest,
  READABLE_PACK_FORMATS,
} from './pack-format';

/** A pack that was read and checked whole: ready to install. */
export interface ReadPack {
  manifest: PackManifest;
  /** The recognition index file's bytes (an ArrayBuffer of their own). */
  recognition: ArrayBuffer;
  /** Each story, and its file's text as stored, in manifest order. */
  stories: { story: RuntimeStory; json: string }[];
}

/** A pack refused, with a message for the reader. */
export class PackError extends Error {
  override name = 'PackError';
}

const DAMAGED = 'This pack is damaged or was changed after it was made';

/** Unpacks gzip, refusing more than `max` bytes of output (a small file must not unpack to gigabytes). */
async function gunzip(bytes: Uint8Array, max: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'))
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel();
      throw new PackError(`This pack unpacks to more than ${max / 2 ** 20} MB, which no story pack needs.`);
    }
    chunks.push(value);
  }
  // Eight-byte aligned, as the container's typed-array views need.
  const out = new Uint8Array(new ArrayBuffer(Math.ceil(total / 8) * 8), 0, total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Reads a pack file. `taken` maps story ids already in Parallax (bundled or in other packs) to where they are;
 * a pack that would replace one of those is refused (a pack replaces only its own earlier version).
 */
export async function readPack(file: Uint8Array, taken: ReadonlyMap<string, string> = new Map()): Promise<ReadPack> {
  if (file.length > MAX_PACK_BYTES)
    throw new PackError(
      `This file is ${(file.length / 2 ** 20).toFixed(1)} MB; a story pack is at most ${MAX_PACK_BYTES / 2 ** 20} MB.`,
    );
  let container: Uint8Array;
  try {
    container = await gunzip(file, MAX_UNPACKED_BYTES);
  } catch (error) {
    if (error instanceof PackError) throw error;
    throw new PackError('This file is not a Parallax story pack, or it is truncated (it does not unpack).');
  }
  let sections: SectionedFile['sections'];
  try {
    const read = readSectionedFile(container, PACK_MAGIC, READABLE_PACK_FORMATS);
    if (!verifySectionedFile(read)) throw new PackError(`${DAMAGED}: its checksum does not match.`);
    sections = read.sections;
  } catch (error) {
    if (error instanceof PackError) throw error;
    const reason = (error as Error).message;
    if (error instanceof SectionedFileError && /format version/.test(reason)) {
      throw new PackError(`This pack was made by a newer Parallax (${reason}); update Parallax to add it.`);
    }
    throw new PackError(`This file is not a Parallax story pack (${reason}).`);
  }
  const part = (tag: string) => sections.get(tag)?.bytes ?? fail(`${DAMAGED}: its ${tag} part is missing.`);
  let manifest: PackManifest;
  try {
    manifest = checkManifest(JSON.parse(new TextDecoder().decode(part(PACK_SECTION.manifest))));
  } catch (error) {
    throw new PackError(`${DAMAGED}: its manifest is unreadable (${(error as Error).message}).`);
  }

  const recognitionBytes = part(PACK_SECTION.recognition);
  if (
    recognitionBytes.length !== manifest.recognition.bytes ||
    (await sha256Hex(recognitionBytes)) !== manifest.recognition.sha256
  ) {
    throw new PackError(`${DAMAGED}: its recognition index does not match its SHA-256 digest.`);
  }
  const recognition = recognitionBytes.slice().buffer;
  let storyIds: string[];
  try {
    const index = readRecognitionIndex(recognition);
    verifyRecognitionIndex(index);
    const loaded = loadIndex(index);
    storyIds = Array.from({ length: index.storyCount }, (_, i) => storyIdOf(loaded, i));
  } catch (error) {
    if (!(error instanceof RecognitionIndexError)) throw error;
    throw new PackError(`This pack's recognition index cannot be used: ${error.message}.`);
  }
  if (storyIds.join('\n') !== manifest.stories.map((s) => s.id).join('\n')) {
    throw new PackError(`${DAMAGED}: its recognition index and its manifest list different stories.`);
  }

  let texts: StringTable;
  try {
    texts = readStringTable(part(PACK_SECTION.stories));
  } catch (error) {
    throw new PackError(`${DAMAGED}: its stories are unreadable (${(error as Error).message}).`);
  }
  if (texts.count !== manifest.stories.length)
    throw new PackError(`${DAMAGED}: it holds ${texts.count} stories, its manifest ${manifest.stories.length}.`);
  const stories: ReadPack['stories'] = [];
  for (const [i, entry] of manifest.stories.entries()) {
    const json = texts.get(i);
    const bytes = new TextEncoder().encode(json);
    if (bytes.length !== entry.bytes || (await sha256Hex(bytes)) !== entry.sha256) {
      throw new PackError(`${DAMAGED}: story "${entry.id}" does not match its SHA-256 digest.`);
    }
    try {
      stories.push({ story: readStoryFile(json, entry.id), json });
    } catch (error) {
      if (!(error instanceof StoryFileError)) throw error;
      throw new PackError(`Story "${entry.id}" of this pack cannot be shown: ${error.message}.`);
    }
  }
  if (hostsOf(stories.map((s) => s.story)).join('\n') !== manifest.hosts.join('\n')) {
    throw new PackError(`${DAMAGED}: the sites its manifest names are not those of its articles.`);
  }
  for (const { story } of stories) {
    const owner = taken.get(story.id);
    if (owner !== undefined && owner !== manifest.id) {
      throw new PackError(
        `Story "${story.id}" is already in Parallax (${owner === '' ? 'bundled with the extension' : `pack "${owner}"`}); this pack cannot replace it.`,
      );
    }
  }
  return { manifest, recognition, stories };
}

function fail(message: string): never {
  throw new PackError(message);
}
