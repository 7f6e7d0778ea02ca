// `npm run unpack -- PACK DIR [--force]`: checks a story pack as the options page does, then writes each of its
// stories back as the reviewed files it would come from, in DIR/<story-id>/ (story.json, articles/, facts.json,
// not-claims.json). A reader's automatic comparison comes back with every fact marked "draft": `npm run index` and
// `npm run pack` refuse it until a reviewer has checked each one and removed "draft" (data/README.md).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { storySourceFiles } from '../lib/index/story-sources';
import { PackError, readPack } from '../lib/packs/read-pack';

const USAGE = 'usage: npm run unpack -- PACK DIR [--force]';

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const args = process.argv.slice(2);
const force = args.includes('--force');
const rest = args.filter((a) => a !== '--force');
if (rest.some((a) => a === '-h' || a === '--help')) fail(USAGE, 0);
const unknown = rest.find((a) => a.startsWith('-'));
if (unknown) fail(`unknown option ${unknown}\n${USAGE}`);
if (rest.length !== 2) fail(USAGE);
const [packPath, outDir] = rest.map((a) => resolve(a)) as [string, string];
if (!existsSync(packPath)) fail(`no such file: ${packPath}`);

let pack: Awaited<ReturnType<typeof readPack>>;
try {
  pack = await readPack(new Uint8Array(readFileSync(packPath)));
} catch (error) {
  if (error instanceof PackError) fail(`unpack: ${error.message}`, 1);
  throw error;
}
for (const { story } of pack.stories) {
  const dir = join(outDir, story.id);
  if (existsSync(dir) && readdirSync(dir).length > 0 && !force)
    fail(`${dir} already holds files; pass --force to overwrite them`);
}
for (const { story } of pack.stories) {
  const dir = join(outDir, story.id);
  for (const file of storySourceFiles(story)) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  const figures = story.automatic
    ? ` and the figures of ${new Set(story.automatic.unmatched.map((u) => u.fact)).size} more`
    : '';
  const drafts = story.automatic
    ? ', every one marked "draft" (an automatic comparison: review it before npm run pack)'
    : '';
  process.stdout.write(
    `unpack: "${story.title}" → ${dir}: ${story.articles.length} articles, ${story.facts.length} facts${figures}${drafts}\n`,
  );
}
