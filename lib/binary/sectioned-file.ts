// One binary file of named sections (the layout of the recognition index): a fixed header with a magic tag, a
// format version, the file's length and an xxHash32 checksum, then a table of contents naming each section's
// offset, length and item size. Sections start on 8-byte boundaries so typed arrays can view them in place.
// A reader ignores sections it does not know, so a section can be added without changing the format version.
//
//   0  magic (4 ASCII bytes)        12  checksum: xxHash32 of bytes [16, length)
//   4  u16 format version           16  u32 section count
//   6  u16 header size (24)         20  u32 reserved (0)
//   8  u32 file length              24  table of contents: per section u32 tag, offset, length, item size
import { xxhash32 } from './xxhash32';

const HEADER_SIZE = 24;
const ENTRY_SIZE = 16;
const ALIGN = 8;

/** One section to write: a 4-character tag, its bytes, and the size of one item (1 for plain bytes). */
export interface SectionInput {
  tag: string;
  bytes: Uint8Array;
  itemSize: number;
}

/** A section as read: a view of the file's bytes. */
export interface Section {
  tag: string;
  /** The section's bytes, a view (no copy) of the file. */
  bytes: Uint8Array;
  itemSize: number;
}

/** What a sectioned file is: its format version and its sections by tag. */
export interface SectionedFile {
  version: number;
  sections: Map<string, Section>;
  /** The whole file. */
  bytes: Uint8Array;
}

/** A file that is not a readable sectioned file, with the reason. */
export class SectionedFileError extends Error {
  override name = 'SectionedFileError';
}

// Tags as numbers and back, remembered: a paged index reads hundreds of small files a page, with the same few tags.
const numbers = new Map<string, number>();
const texts = new Map<number, string>();

function tagNumber(tag: string): number {
  let n = numbers.get(tag);
  if (n === undefined) {
    if (!/^[\x20-\x7e]{4}$/.test(tag)) throw new Error(`section tag "${tag}" must be 4 printable ASCII characters`);
    n = tag.charCodeAt(0) | (tag.charCodeAt(1) << 8) | (tag.charCodeAt(2) << 16) | (tag.charCodeAt(3) << 24);
    numbers.set(tag, n);
  }
  return n;
}

function tagText(n: number): string {
  let text = texts.get(n);
  if (text === undefined) {
    text = String.fromCharCode(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff);
    if (texts.size < 256) texts.set(n, text);
  }
  return text;
}

const align = (n: number) => Math.ceil(n / ALIGN) * ALIGN;

/** Writes the file: header, table of contents, then each section in the order given, zero-padded. */
export function writeSectionedFile(magic: string, version: number, sections: readonly SectionInput[]): Uint8Array {
  const tags = new Set<string>();
  for (const s of sections) {
    if (tags.has(s.tag)) throw new Error(`section "${s.tag}" given twice`);
    tags.add(s.tag);
    if (!Number.isInteger(s.itemSize) || s.itemSize < 1 || s.bytes.length % s.itemSize !== 0) {
      throw new Error(`section "${s.tag}": ${s.bytes.length} bytes is not a whole number of ${s.itemSize}-byte items`);
    }
  }
  let at = align(HEADER_SIZE + ENTRY_SIZE * sections.length);
  const placed = sections.map((s) => {
    const offset = at;
    at = align(at + s.bytes.length);
    return { ...s, offset };
  });
  const out = new Uint8Array(at);
  const view = new DataView(out.buffer);
  view.setUint32(0, tagNumber(magic), true);
  view.setUint16(4, version, true);
  view.setUint16(6, HEADER_SIZE, true);
  view.setUint32(8, out.length, true);
  view.setUint32(16, sections.length, true);
  placed.forEach((s, i) => {
    const entry = HEADER_SIZE + ENTRY_SIZE * i;
    view.setUint32(entry, tagNumber(s.tag), true);
    view.setUint32(entry + 4, s.offset, true);
    view.setUint32(entry + 8, s.bytes.length, true);
    view.setUint32(entry + 12, s.itemSize, true);
    out.set(s.bytes, s.offset);
  });
  view.setUint32(12, xxhash32(out.subarray(16)), true);
  return out;
}

/**
 * Reads the header and table of contents, checking the magic tag, the version, the length and that every
 * section lies inside the file, aligned. O(sections): the checksum is left to verifySectionedFile.
 */
export function readSectionedFile(
  input: ArrayBuffer | Uint8Array,
  magic: string,
  versions: readonly number[],
): SectionedFile {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const fail = (reason: string): never => {
    throw new SectionedFileError(reason);
  };
  if (bytes.byteOffset % ALIGN !== 0) fail('file bytes are not 8-byte aligned in memory');
  if (bytes.length < HEADER_SIZE) fail(`${bytes.length} bytes is too short for a header`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== tagNumber(magic))
    fail(`not a ${magic} file (it starts with "${tagText(view.getUint32(0, true))}")`);
  const version = view.getUint16(4, true);
  if (!versions.includes(version))
    fail(`format version ${version} is not one this code reads (${versions.join(', ')})`);
  const headerSize = view.getUint16(6, true);
  if (headerSize < HEADER_SIZE) fail(`header size ${headerSize} is too small`);
  const length = view.getUint32(8, true);
  if (length !== bytes.length)
    fail(`the header says ${length} bytes but the file has ${bytes.length} (truncated or extended)`);
  const count = view.getUint32(16, true);
  if (headerSize + count * ENTRY_SIZE > length) fail(`${count} sections do not fit in the file`);
  const sections = new Map<string, Section>();
  for (let i = 0; i < count; i++) {
    const entry = headerSize + ENTRY_SIZE * i;
    const tag = tagText(view.getUint32(entry, true));
    const offset = view.getUint32(entry + 4, true);
    const size = view.getUint32(entry + 8, true);
    const itemSize = view.getUint32(entry + 12, true);
    if (sections.has(tag)) fail(`section "${tag}" appears twice`);
    if (offset % ALIGN !== 0 || offset < headerSize + count * ENTRY_SIZE || offset + size > length) {
      fail(`section "${tag}" lies outside the file`);
    }
    if (itemSize < 1 || size % itemSize !== 0) fail(`section "${tag}" is not a whole number of ${itemSize}-byte items`);
    sections.set(tag, { tag, bytes: bytes.subarray(offset, offset + size), itemSize });
  }
  return { version, sections, bytes };
}

/** Whether the file's checksum matches its bytes (reads every byte: a few milliseconds for 25 MB). */
export function verifySectionedFile(file: SectionedFile): boolean {
  const view = new DataView(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
  return view.getUint32(12, true) === xxhash32(file.bytes.subarray(16));
}

/**
 * A short name for one file's contents as its header records them (checksum and length): two files with the same
 * name are the same bytes unless forged, which the checksum is not meant to detect. Used to remember which files
 * have been verified already.
 */
export function fileIdentity(file: SectionedFile): string {
  const header = new DataView(file.bytes.buffer, file.bytes.byteOffset, HEADER_SIZE);
  return `${header.getUint32(12, true).toString(16)}:${header.getUint32(8, true)}`;
}
