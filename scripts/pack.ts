// `npm run pack -- STORY_DIR... [--out FILE] [--id ID] [--title TITLE] [--version V]`: validates the story folders
// exactly as `npm run index` does and writes a story pack (gzip, deterministic) that the options page can add.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileSources, loadSchemas, loadStorySource } from '../lib/index/build-index';
import type { DataError } from '../lib/index/data-types';
import { formatError } from '../lib/index/validate-stories';
import { PACK_EXTENSION } from '../lib/packs/pack-format';
import { writePackContainer } from '../lib/packs/write-pack';

const USAGE = 'usage: npm run pack -- STORY_DIR... [--out FILE] [--id ID] [--title TITLE] [--version V]';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const dirs: string[] = [];
const options: Record<string, string> = {};
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i]!;
  const flag = /^--(out|id|title|version)$/.exec(arg)?.[1];
  if (flag) options[flag] = argv[++i] ?? fail(`${arg} needs a value\n${USAGE}`);
  else if (arg === '-h' || arg === '--help') fail(USAGE);
  else if (arg.startsWith('-')) fail(`unknown option ${arg}\n${USAGE}`);
  else dirs.push(resolve(arg));
}
if (dirs.length === 0) fail(USAGE);

const errors: DataError[] = [];
const sources = dirs.map((dir) => loadStorySource(dir, process.cwd(), errors));
// The schemas are the project's own (data/schema), so a pack is held to the same rules as the bundled index.
const schemas = loadSchemas(resolve(import.meta.dirname, '..'), errors);
const compiled = compileSources(sources, errors, schemas);
if (!compiled.ok) {
  for (const error of compiled.errors) process.stderr.write(`${formatError(error)}\n`);
  process.stderr.write(`pack: ${compiled.errors.length} problem(s); nothing written\n`);
  process.exit(1);
}
const stories = compiled.stories;
const only = stories.length === 1 ? stories[0] : undefined;
const id = options.id ?? only?.id ?? fail('several stories: name the pack with --id (lower-case words joined by "-")');
const title = options.title ?? only?.title ?? fail('several stories: give the pack a --title');
const { bytes, manifest } = await writePackContainer({ id, title, version: options.version ?? '1' }, stories).catch(
  (e: Error) => fail(e.message),
);
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(manifest.id))
  fail(`--id "${manifest.id}" must be lower-case words joined by "-"`);
const out = resolve(options.out ?? `${id}${PACK_EXTENSION}`);
const packed = gzipSync(bytes, { level: 9 });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, packed);
process.stdout.write(
  `pack: "${title}" (${id}, version ${manifest.version}): ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}, ` +
    `sites ${manifest.hosts.join(', ')} → ${out} (${packed.length} bytes)\n`,
);
