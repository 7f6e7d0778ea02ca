// Per-story files and the build-time check of the recognition file: both refuse bad input with the reason.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { storySignature } from '../../../lib/event/signature';
import { readStoryEntry, readStoryFile, storyFileJson } from '../../../lib/story/story-file';
import { checkRecognitionFile } from '../../../lib/recognise/check-recognition-file';
import { maliStory } from '../packs/helpers';

const story = maliStory();
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('story files', () => {
  test('round trip, canonical bytes', () => {
    const json = storyFileJson(story);
    expect(readStoryFile(json, story.id)).toEqual(story);
    expect(storyFileJson(structuredClone(story))).toBe(json);
    expect(JSON.parse(json)).toMatchObject({ format: 1, story: { id: story.id } });
  });

  test.each([
    ['truncated JSON', () => storyFileJson(story).slice(0, 300), /not valid JSON/],
    ['another format', () => JSON.stringify({ format: 2, story }), /format 2/],
    ['another story than asked for', () => storyFileJson({ ...story, id: 'other-story' }), /holds story "other-story"/],
    [
      'an article without its text',
      () =>
        storyFileJson({
          ...story,
          articles: [{ ...story.articles[0]!, text: undefined as unknown as string }, ...story.articles.slice(1)],
        }),
      /"text" is not a string/,
    ],
    [
      'a figure span outside its quote',
      () => {
        const [fact, ...rest] = story.facts;
        const claims = fact!.claims.map((c, i) => (i === 0 ? { ...c, figure: { start: 0, end: 9999 } } : c));
        return storyFileJson({ ...story, facts: [{ ...fact!, claims }, ...rest] });
      },
      /figure span is outside its quote/,
    ],
  ])('refuses %s', (_name, make, reason) => {
    expect(() => readStoryFile(make(), story.id)).toThrow(reason);
  });

  test("carries the story's event signature; a missing or malformed one only turns event matches off", () => {
    const signature = storySignature(story);
    const entry = readStoryEntry(storyFileJson(story, signature), story.id);
    expect(entry.story).toEqual(story);
    expect(entry.signature).toEqual(signature);
    expect(readStoryEntry(storyFileJson(story), story.id).signature).toBeNull();
    for (const bad of [
      { format: 3, names: [], dates: signature.dates },
      { ...signature, names: [{ name: 7, articles: 1 }] },
      { ...signature, dates: null },
      'mali',
    ]) {
      const json = JSON.stringify({ format: 1, story, signature: bad });
      expect(readStoryEntry(json, story.id)).toEqual({ story, signature: null });
    }
  });
});

describe('checkRecognitionFile (run by npm run index and by the package build)', () => {
  const built = readFileSync(join(import.meta.dirname, '../../../public/generated/recognition.bin'));

  test.each([
    [
      'a file of another format version',
      (b: Buffer) => {
        const c = Buffer.from(b);
        c.writeUInt16LE(7, 4);
        return c;
      },
      /format version 7 is not one this code reads/,
    ],
    ['a truncated file', (b: Buffer) => b.subarray(0, b.length - 64), /truncated/],
    [
      'a damaged byte',
      (b: Buffer) => {
        const c = Buffer.from(b);
        c[c.length - 40]! ^= 0x5a;
        return c;
      },
      /checksum mismatch/,
    ],
  ])('fails on %s, naming the file and the reason', (_name, damage, reason) => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-recognition-'));
    dirs.push(dir);
    const path = join(dir, 'recognition.bin');
    writeFileSync(path, damage(built));
    expect(() => checkRecognitionFile(path)).toThrow(reason);
    expect(() => checkRecognitionFile(path)).toThrow(path);
    expect(() => checkRecognitionFile(join(dir, 'missing.bin'))).toThrow(/missing: run `npm run index`/);
  });

  test('passes the file npm run index wrote', () => {
    expect(() =>
      checkRecognitionFile(join(import.meta.dirname, '../../../public/generated/recognition.bin')),
    ).not.toThrow();
  });
});
