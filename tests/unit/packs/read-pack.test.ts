import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { readPack } from '../../../lib/packs/read-pack';
import { maliStory, packFile, tampered } from './helpers';

const story = maliStory();
const good = await packFile([story]);

describe('readPack', () => {
  test('reads a pack whole: manifest, recognition index, every story as compiled', async () => {
    const pack = await readPack(good);
    expect(pack.manifest).toMatchObject({ format: 1, id: story.id, version: '1', indexFormat: 1, storyFormat: 1 });
    expect(pack.manifest.hosts).toEqual(['www.astroawani.com', 'www.cnn.com', 'www.france24.com', 'www.pri.org']);
    expect(pack.stories.map((s) => s.story)).toEqual([story]);
    expect(pack.recognition.byteLength).toBe(pack.manifest.recognition.bytes);
  });

  test('the same stories make the same pack, byte for byte', async () => {
    expect(await packFile([story])).toEqual(good);
  });

  test.each([
    ['a truncated file', () => good.slice(0, good.length - 40), /not a Parallax story pack, or it is truncated/],
    [
      'a file that is not gzip',
      () => new TextEncoder().encode('{"stories":[]}'),
      /not a Parallax story pack, or it is truncated/,
    ],
    [
      'a gzip of something else',
      () => new Uint8Array(gzipSync(Buffer.from('hello, this is not a pack at all'))),
      /not a Parallax story pack/,
    ],
    [
      'a changed byte (checksum)',
      () => tampered(good, '4,000', '5,000', false),
      /damaged or was changed after it was made: its checksum does not match/,
    ],
    [
      'a changed figure with the checksum redone (SHA-256)',
      () => tampered(good, '4,000', '5,000', true),
      /story "mali-offensive-2013" does not match its SHA-256 digest/,
    ],
    [
      'a newer container format',
      () => {
        const container = new Uint8Array(gunzipSync(good));
        new DataView(container.buffer).setUint16(4, 2, true);
        return new Uint8Array(gzipSync(container));
      },
      /made by a newer Parallax/,
    ],
  ])('refuses %s with a clear message', async (_name, make, message) => {
    await expect(readPack(make())).rejects.toThrow(message);
  });

  test('refuses a pack whose story is already bundled, but not its own earlier version', async () => {
    await expect(readPack(good, new Map([[story.id, '']]))).rejects.toThrow(
      /already in Parallax \(bundled with the extension\)/,
    );
    await expect(readPack(good, new Map([[story.id, 'another-pack']]))).rejects.toThrow(/pack "another-pack"/);
    await expect(readPack(good, new Map([[story.id, story.id]]))).resolves.toBeDefined();
  });

  test('refuses a story whose status was changed by hand, even with every digest redone', async () => {
    const disputed = story.facts.find((f) => f.status === 'disputed')!;
    const edited = {
      ...story,
      facts: story.facts.map((f) =>
        f === disputed ? { ...f, status: 'consistent' as const, computedStatus: 'consistent' as const } : f,
      ),
    };
    await expect(readPack(await packFile([edited]))).rejects.toThrow(
      new RegExp(`fact "${disputed.id}": says "consistent" but its claims make it "disputed"`),
    );
  });

  test('refuses a quote that is not in its article', async () => {
    const fact = story.facts[0]!;
    const claim = {
      ...fact.claims[0]!,
      quote: { ...fact.claims[0]!.quote, exact: 'Words no article has, 4,000 of them' },
      figure: { start: 23, end: 28 },
      figureText: '4,000',
    };
    const edited = {
      ...story,
      facts: [{ ...fact, claims: [claim, ...fact.claims.slice(1)] }, ...story.facts.slice(1)],
    };
    await expect(readPack(await packFile([edited]))).rejects.toThrow(/quote is not in the article's text/);
  });
});
