// The index build as one function of a data folder: read the reviewed files, validate them, compute the
// statuses, and produce the bytes of every generated file (or every error found on the way).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Catalog, CATALOG_FORMAT, catalogEntry } from '../story/catalog';
import type { DataError, StorySource } from './data-types';
import { GENERATED, profileFilePath, storyFilePath } from '../story/generated-layout';
import type { RuntimeStory } from '../story/runtime-types';
import { checkSchemas, type DataSchemas, SCHEMA_FILES } from './schema-check';
import { storyProfile } from '../claims/fact-profile';
import { profileRecord } from '../claims/profile-record';
import { signStory } from '../event/sign-story';
import { storyFileJson } from '../story/story-file';
import { type ValidateOptions, validateStories } from './validate-stories';
import { canonicalJson } from '../story/canonical-json';
import { hostsOf } from '../story/hosts';
import { compileStories, type RecognitionEncoder } from './compile-index';
import { recognitionHead } from '../recognise/split-index';

/** One generated file: its path under public/generated/ and its bytes. */
export interface GeneratedFile {
  path: string;
  bytes: Uint8Array;
}

/** What a build produced: the stories and the files to write, or the errors that stopped it. */
export type BuildResult =
  | { ok: true; index: { stories: RuntimeStory[] }; files: GeneratedFile[]; hostsJson: string }
  | { ok: false; errors: DataError[] };

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Reads a JSON file; a missing file is undefined, a malformed one an error naming the file. */
function readJson(path: string, name: string, errors: DataError[]): unknown {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    errors.push({ file: name, item: 'file', reason: `not valid JSON: ${(error as Error).message}` });
    return null;
  }
}

/** Reads every story folder under `<root>/data/stories`, with file names relative to `root` for messages. */
export function loadStorySources(root: string, errors: DataError[]): StorySource[] {
  const storiesDir = join(root, 'data', 'stories');
  if (!existsSync(storiesDir)) {
    errors.push({ file: 'data/stories', item: 'folder', reason: 'no stories folder' });
    return [];
  }
  return readdirSync(storiesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => loadStorySource(join(storiesDir, name), root, errors));
}

/** Reads one story folder; file names in messages are relative to `base`. */
export function loadStorySource(abs: string, base: string, errors: DataError[]): StorySource {
  const dir = relative(base, abs).split('\\').join('/');
  const articlesDir = join(abs, 'articles');
  const names = existsSync(articlesDir) ? readdirSync(articlesDir).sort() : [];
  const ids = [...new Set(names.filter((n) => /\.(json|txt)$/.test(n)).map((n) => n.replace(/\.(json|txt)$/, '')))];
  for (const n of names) {
    if (!/\.(json|txt)$/.test(n))
      errors.push({
        file: `${dir}/articles/${n}`,
        item: 'file',
        reason: 'unexpected file (articles hold <id>.json and <id>.txt)',
      });
  }
  return {
    dir,
    story: readJson(join(abs, 'story.json'), `${dir}/story.json`, errors),
    articles: ids.map((id) => ({
      id,
      meta: readJson(join(articlesDir, `${id}.json`), `${dir}/articles/${id}.json`, errors),
      text: existsSync(join(articlesDir, `${id}.txt`))
        ? readFileSync(join(articlesDir, `${id}.txt`), 'utf8')
        : undefined,
    })),
    facts: readJson(join(abs, 'facts.json'), `${dir}/facts.json`, errors),
    notClaims: readJson(join(abs, 'not-claims.json'), `${dir}/not-claims.json`, errors),
  };
}

/** Reads the published JSON Schemas from `<root>/data/schema`; a missing or broken one is an error naming it. */
export function loadSchemas(root: string, errors: DataError[]): DataSchemas | null {
  const entries = Object.entries(SCHEMA_FILES).map(([key, file]) => {
    const path = join(root, 'data', 'schema', file);
    const value = existsSync(path) ? readJson(path, `data/schema/${file}`, errors) : undefined;
    if (value === undefined)
      errors.push({ file: `data/schema/${file}`, item: 'file', reason: 'schema file is missing' });
    return [key, value] as const;
  });
  return entries.every(([, v]) => typeof v === 'object' && v !== null)
    ? (Object.fromEntries(entries) as unknown as DataSchemas)
    : null;
}

/**
 * Validates and compiles story sources into runtime stories (or every error found). With `schemas`, the files are
 * first checked against them; a file that breaks its schema stops the build before the checks against the texts.
 */
export function compileSources(
  sources: readonly StorySource[],
  loadErrors: DataError[] = [],
  schemas: DataSchemas | null = null,
  options: ValidateOptions = {},
): { ok: true; stories: RuntimeStory[] } | { ok: false; errors: DataError[] } {
  const schemaErrors = schemas ? checkSchemas(sources, schemas) : [];
  if (loadErrors.length + schemaErrors.length > 0) return { ok: false, errors: [...loadErrors, ...schemaErrors] };
  const validation = validateStories(sources, options);
  const errors = [...loadErrors, ...validation.errors];
  if (errors.length > 0) return { ok: false, errors };
  const compiled = compileStories(validation.stories);
  if (compiled.errors.length > 0) return { ok: false, errors: compiled.errors };
  return { ok: true, stories: compiled.stories };
}

/** Validates and compiles story sources into the generated files: recognition index, story files, catalog, hosts. */
export function buildFromSources(
  sources: readonly StorySource[],
  recognition: RecognitionEncoder | null,
  loadErrors: DataError[] = [],
  schemas: DataSchemas | null = null,
  options: ValidateOptions = {},
): BuildResult {
  const compiled = compileSources(sources, loadErrors, schemas, options);
  if (!compiled.ok) return compiled;
  const stories = compiled.stories;
  const signed = stories.map(signStory);
  const catalog: Catalog = {
    format: CATALOG_FORMAT,
    stories: stories.map((s) => catalogEntry(s, { kind: 'bundled' })),
  };
  const hostsJson = canonicalJson(hostsOf(stories));
  const whole = recognition ? recognition(signed.map((s) => ({ ...s.story, eventTerms: s.terms }))) : null;
  const files: GeneratedFile[] = [
    // The whole index, and its head: the background reads the head at start-up and the parts from IndexedDB, where
    // it copies them from the whole file once after an install or update.
    ...(whole
      ? [
          { path: GENERATED.recognition, bytes: whole },
          { path: GENERATED.recognitionHead, bytes: recognitionHead(whole) },
        ]
      : []),
    ...signed.map((s) => ({ path: storyFilePath(s.story.id), bytes: utf8(storyFileJson(s.story, s.signature)) })),
    // Each story's profile, so the background does not read the story's articles again after every wake to learn
    // what its facts are about.
    ...stories.map((s) => ({
      path: profileFilePath(s.id),
      bytes: utf8(canonicalJson(profileRecord(storyProfile(s)))),
    })),
    { path: GENERATED.catalog, bytes: utf8(canonicalJson(catalog)) },
    { path: GENERATED.hosts, bytes: utf8(hostsJson) },
  ];
  return { ok: true, index: { stories }, files, hostsJson };
}

/**
 * The whole build from a root (the folder holding data/). The schemas are read from `schemaRoot`'s data/schema: the
 * project's own when another folder's data is built (`npm run index -- --root DIR`).
 */
export function buildIndex(root: string, recognition: RecognitionEncoder | null, schemaRoot = root): BuildResult {
  const errors: DataError[] = [];
  const sources = loadStorySources(root, errors);
  const schemas = loadSchemas(schemaRoot, errors);
  return buildFromSources(sources, recognition, errors, schemas);
}
