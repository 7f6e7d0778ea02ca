// Keep and export: the comparison as a story pack (the format `npm run pack` writes), installed like any pack and
// read back automatic; `npm run unpack` gives a reviewer its files with every fact marked "draft", which the data
// build and `npm run pack` refuse; once a reviewer has checked the facts and said what the other figures are, the
// same files pack as a reviewed story.
// IndexedDB's key ranges as a browser has them (the pack store uses IDBKeyRange).
import 'fake-indexeddb/auto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, describe, expect, test } from 'vitest';
import { compareReports } from '../../../lib/compare/compare-reports';
import { comparisonPackFile, comparisonPackName } from '../../../lib/compare/comparison-pack';
import { compileSources, loadSchemas, loadStorySource } from '../../../lib/index/build-index';
import type { DataError, StorySource } from '../../../lib/index/data-types';
import { uncoveredTokens } from '../../../lib/index/coverage';
import { storySourceFiles } from '../../../lib/index/story-sources';
import { openPackStore } from '../../../lib/packs/pack-store';
import { readPack } from '../../../lib/packs/read-pack';
import { contextOf, locateQuote } from '../../../lib/story/locate-quote';
import type { RuntimeStory } from '../../../lib/story/runtime-types';
import { fixtureReports } from './fixture-reports';

const REPO = join(import.meta.dirname, '..', '..', '..');
const TSX = join(REPO, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'parallax-comparison-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function comparison(): RuntimeStory {
  const result = compareReports(fixtureReports(), new Date(Date.UTC(2026, 10, 18, 14)));
  if (!result.ok) throw new Error(result.problem);
  return result.story;
}

// The story's folder as `npm run unpack` writes it, read back as the data build reads a folder.
function unpackedSource(story: RuntimeStory, edit?: (files: Map<string, string>) => void): StorySource {
  const files = new Map(storySourceFiles(story).map((f) => [f.path, f.text]));
  edit?.(files);
  // The folder is named after the story, as the data build wants it.
  const root = join(mkdtempSync(join(dir, 'folder-')), story.id);
  for (const [path, text] of files) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  const errors: DataError[] = [];
  const source = loadStorySource(root, dir, errors);
  expect(errors).toEqual([]);
  return source;
}

const schemas = () => {
  const errors: DataError[] = [];
  const loaded = loadSchemas(REPO, errors);
  expect(errors).toEqual([]);
  return loaded;
};

describe('the comparison as a story pack', () => {
  const story = comparison();

  test('kept: checked and installed as any pack is, automatic when read back', async () => {
    const file = await comparisonPackFile(story);
    expect(comparisonPackName(story)).toBe(`${story.id}.parallax-pack`);
    const pack = await readPack(file, new Map([['mali-offensive-2013', '']]));
    expect(pack.manifest).toMatchObject({ id: story.id, title: `Your comparison: ${story.title}` });
    expect(pack.manifest.hosts).toEqual([
      'www.dailyledger.example',
      'www.harbourtimes.example',
      'www.northerncourier.example',
    ]);
    const store = openPackStore(new IDBFactory());
    await store.add(pack);
    const [installed] = await store.list();
    expect(installed!.stories[0]).toMatchObject({ id: story.id, automatic: true });
    const json = await store.storyFile(story.id, story.id);
    expect(JSON.parse(json!).story).toEqual(JSON.parse(JSON.stringify(story)));
    // Kept again (the same comparison): a newer version of its own pack, not a second story.
    await expect(readPack(file, new Map([[story.id, story.id]]))).resolves.toBeDefined();
  });

  test('unpacked: every fact and every figure not compared marked "draft", which the data build refuses', () => {
    const source = unpackedSource(story);
    const facts = (source.facts as { facts: { draft?: boolean; note?: string }[] }).facts;
    expect(facts.length).toBeGreaterThan(story.facts.length);
    expect(facts.every((f) => f.draft === true)).toBe(true);
    const refused = compileSources([source], [], schemas());
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.errors.filter((e) => /a draft fact/.test(e.reason))).toHaveLength(facts.length);
  });

  test('unpacked with drafts allowed (as npm run eval:events builds): the same facts, claims and values', () => {
    const compiled = compileSources([unpackedSource(story)], [], schemas(), { allowDrafts: true });
    if (!compiled.ok) throw new Error(compiled.errors.map((e) => e.reason).join('\n'));
    const back = compiled.stories[0]!;
    const shape = (s: RuntimeStory, ids: Set<string>) =>
      s.facts
        .filter((f) => ids.has(f.id))
        .map((f) => ({ id: f.id, status: f.status, claims: f.claims.map((c) => [c.article, c.figureText, c.value]) }))
        .sort((a, b) => a.id.localeCompare(b.id));
    const ids = new Set(story.facts.map((f) => f.id));
    expect(shape(back, ids)).toEqual(shape(story, ids));
    expect(back.articles).toEqual(story.articles);
    expect(back.automatic).toBeUndefined();
  });

  test('reviewed (drafts removed, figures not compared dropped, the rest said not to be claims): packs reviewed', async () => {
    const compared = new Set(story.facts.map((f) => f.id));
    const source = unpackedSource(story, (files) => {
      const facts = JSON.parse(files.get('facts.json')!) as { facts: { id: string; draft?: boolean }[] };
      facts.facts = facts.facts.filter((f) => compared.has(f.id)).map(({ draft: _, ...f }) => f);
      files.set('facts.json', JSON.stringify(facts));
      // The reviewer's not-claims: every other number of each text, quoted with its context.
      const notClaims = story.articles.flatMap((a) => {
        const covering = story.facts.flatMap((f) =>
          f.claims
            .filter((c) => c.article === a.id)
            .map((c) => {
              const at = locateQuote(a.text, c.quote.exact, c.quote.prefix, c.quote.suffix);
              const start = at.ok ? at.quote.start + c.figure.start : -1;
              return { start, end: start + c.figureText.length };
            }),
        );
        return uncoveredTokens(a.text, covering).map((t) => ({
          article: a.id,
          quote: t.text,
          ...contextOf(a.text, t.start, t.end),
          reason: 'not a figure of the facts compared',
        }));
      });
      files.set('not-claims.json', JSON.stringify({ notClaims }));
    });
    const compiled = compileSources([source], [], schemas());
    if (!compiled.ok) throw new Error(compiled.errors.map((e) => `${e.item}: ${e.reason}`).join('\n'));
    expect(compiled.stories[0]!.automatic).toBeUndefined();
    expect(compiled.stories[0]!.facts.map((f) => f.id).sort()).toEqual([...compared].sort());
  });

  test('npm run unpack writes the folder and refuses to overwrite it', async () => {
    const file = join(dir, comparisonPackName(story));
    writeFileSync(file, await comparisonPackFile(story));
    const out = join(dir, 'unpacked');
    const run = () =>
      spawnSync(TSX, [join(REPO, 'scripts/unpack.ts'), file, out], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
    const first = run();
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('marked "draft"');
    const facts = JSON.parse(readFileSync(join(out, story.id, 'facts.json'), 'utf8')) as { facts: unknown[] };
    expect(facts.facts.length).toBeGreaterThan(story.facts.length);
    const again = run();
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('--force');
  });
});
