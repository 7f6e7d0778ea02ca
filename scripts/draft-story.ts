// `npm run draft-story -- --id ID FILE... [--out DIR] [--json] [--force]`: drafts a story from saved pages (.html:
// article text by Readability, metadata from the page) or plain texts (.txt, with the metadata of a .json beside it).
// Writes data/stories/ID/ (or DIR)
// with every fact marked "draft" (the index build refuses drafts), or with --json prints the draft in the
// `npm run facts -- --json` shape and writes nothing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { draftReport } from '../lib/draft/draft-report';
import { draftStory, type DraftInput } from '../lib/draft/draft-story';
import { readSavedPage } from '../lib/draft/read-saved-page';
import { plainText, siblingMeta } from './support/saved-text';

const USAGE = 'usage: npm run draft-story -- --id ID FILE... [--out DIR] [--json] [--force]';

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function parseArgs(argv: string[]) {
  const files: string[] = [];
  let id: string | null = null;
  let out: string | null = null;
  let json = false;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--id') id = argv[++i] ?? fail('--id needs a story id');
    else if (arg === '--out') out = argv[++i] ?? fail('--out needs a folder');
    else if (arg === '--json') json = true;
    else if (arg === '--force') force = true;
    else if (arg === '-h' || arg === '--help') fail(USAGE, 0);
    else if (arg.startsWith('--')) fail(`unknown option ${arg}\n${USAGE}`);
    else files.push(arg);
  }
  if (!id) fail(`--id is required\n${USAGE}`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fail(`story id "${id}" must be lower-case words joined by "-"`);
  if (files.length === 0) fail(`no files to draft from\n${USAGE}`);
  return { id, out, json, force, files };
}

// The file's base name as an id; a generic name ("page.html", "index.html") takes its folder's name instead.
function articleId(file: string): string {
  let name = basename(file, extname(file));
  if (/^(page|index|article|story)$/i.test(name)) name = basename(dirname(resolve(file)));
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'article'
  );
}

function readInput(file: string): DraftInput {
  const path = resolve(file);
  if (!existsSync(path)) fail(`no such file: ${path}`);
  let raw = '';
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    fail(`cannot read ${path}: ${(error as Error).message}`);
  }
  const id = articleId(file);
  if (/\.html?$/i.test(file)) {
    const { document } = parseHTML(raw);
    const page = readSavedPage(document as unknown as Document);
    if (page.text.trim() === '') fail(`${file}: no article text found in the page`);
    return { id, text: page.text, meta: page, source: basename(file) };
  }
  const text = plainText(raw);
  if (text === '') fail(`${file}: the text is empty`);
  return { id, text: `${text}\n`, meta: siblingMeta(path), source: basename(file) };
}

const { id, out, json, force, files } = parseArgs(process.argv.slice(2));
const inputs = files.map(readInput);
const seen = new Set<string>();
for (const i of inputs) {
  if (seen.has(i.id)) fail(`two files give the article id "${i.id}": rename one`);
  seen.add(i.id);
}
const drafted = draftStory(id, inputs, new Date().toISOString().slice(0, 10));
if (json) {
  process.stdout.write(`${JSON.stringify(draftReport(drafted))}\n`);
} else {
  const dir = resolve(out ?? join(import.meta.dirname, '..', 'data', 'stories', id));
  if (existsSync(join(dir, 'facts.json')) && !force) fail(`${dir} already holds a story; pass --force to overwrite it`);
  mkdirSync(join(dir, 'articles'), { recursive: true });
  const write = (name: string, value: unknown) => writeFileSync(join(dir, name), `${JSON.stringify(value, null, 2)}\n`);
  write('story.json', drafted.story);
  for (const a of drafted.articles) {
    write(join('articles', `${a.id}.json`), a.meta);
    writeFileSync(join(dir, 'articles', `${a.id}.txt`), a.text);
  }
  write('facts.json', drafted.facts);
  write('not-claims.json', drafted.notClaims);
  const claims = drafted.facts.facts.reduce((n, f) => n + f.claims.length, 0);
  process.stderr.write(
    `draft-story: ${drafted.facts.facts.length} draft facts, ${claims} claims from ${inputs.length} texts → ${dir}\n` +
      'Every fact is marked "draft": review each one, then remove "draft" (npm run index refuses drafts). See data/README.md.\n',
  );
}
if (drafted.dropped.length > 0) {
  process.stderr.write(
    `draft-story: ${drafted.dropped.length} claims left out of the draft, which the build would refuse:\n`,
  );
  for (const d of drafted.dropped) process.stderr.write(`  ${d.article}: "${d.figure}" (${d.fact}): ${d.reason}\n`);
}
