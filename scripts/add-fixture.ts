// `npm run add-fixture -- <slug> <page.html> [--url ADDRESS] (--expect-null | --expect STORY/ARTICLE[/REVISION])
// [--force]`: adds a saved page to the recognition fixture corpus (tests/fixtures/pages/<slug>/) with what the
// recogniser must answer for it, then shows what the recogniser currently answers, when it and the index exist.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the corpus lives. */
export const PAGES_DIR = join(import.meta.dirname, '..', 'tests', 'fixtures', 'pages');

/** What a fixture expects the recogniser to answer (the shape of `expected.json`). */
export interface FixtureExpectation {
  url: string | null;
  match: { story: string; article: string; revision: number | null } | null;
}

/** The parsed command line. */
export interface AddFixtureOptions {
  slug: string;
  page: string;
  expected: FixtureExpectation;
  force: boolean;
}

/** Usage text shown on a bad command line. */
export const USAGE =
  'usage: npm run add-fixture -- <slug> <page.html> [--url ADDRESS] (--expect-null | --expect ' +
  'STORY/ARTICLE[/REVISION]) [--force]';

/** Slugs are lower-case words joined by single hyphens, so they sort and read well as folder names. */
export function validSlug(slug: string): boolean {
  return slug.length <= 80 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);
}

/** Parses `STORY/ARTICLE[/REVISION]`; throws with the reason when it is malformed. */
export function parseExpect(value: string): NonNullable<FixtureExpectation['match']> {
  const parts = value.split('/');
  const [story, article, revision] = parts;
  if (parts.length < 2 || parts.length > 3 || !story || !article) {
    throw new Error(`--expect wants STORY/ARTICLE[/REVISION], got "${value}"`);
  }
  if (revision === undefined) return { story, article, revision: null };
  if (!/^[1-9][0-9]*$/.test(revision)) throw new Error(`revision must be a positive whole number, got "${revision}"`);
  return { story, article, revision: Number(revision) };
}

/** Parses the command line; throws with the reason when it is unusable. */
export function parseArgs(argv: string[]): AddFixtureOptions {
  const positional: string[] = [];
  let url: string | null = null;
  let match: FixtureExpectation['match'] | undefined;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--url') url = argv[++i] ?? fail('--url needs an address');
    else if (arg === '--force') force = true;
    else if (arg === '--expect-null')
      match = match === undefined ? null : fail('give only one of --expect and --expect-null');
    else if (arg === '--expect') {
      if (match !== undefined) fail('give only one of --expect and --expect-null');
      match = parseExpect(argv[++i] ?? '');
    } else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
    else positional.push(arg);
  }
  const [slug, page, extra] = positional;
  if (!slug || !page || extra !== undefined) fail('give exactly a slug and a page');
  if (!validSlug(slug)) fail(`slug "${slug}" must be lower-case letters and digits joined by single hyphens`);
  if (match === undefined) fail('say what the page must match: --expect STORY/ARTICLE[/REVISION] or --expect-null');
  if (url !== null && !URL.canParse(url)) fail(`--url "${url}" is not an absolute address`);
  return { slug, page, expected: { url, match }, force };
}

function fail(reason: string): never {
  throw new Error(reason);
}

/** Copies the page and writes expected.json under `pagesDir/<slug>/`; returns the fixture's folder. */
export function addFixture(options: AddFixtureOptions, pagesDir: string = PAGES_DIR): string {
  const html = readFileSync(options.page, 'utf8');
  if (!/<body[\s>]/i.test(html)) throw new Error(`${options.page} is not a full HTML page (it has no <body>)`);
  const dir = join(pagesDir, options.slug);
  if (existsSync(dir) && !options.force) throw new Error(`fixture "${options.slug}" exists; add --force to replace it`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'page.html'), html);
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(options.expected, null, 2)}\n`);
  return dir;
}

interface Detector {
  extractPage(doc: unknown, url: string): unknown;
  recognise(snapshot: unknown, index: unknown): { story: string; article: string; revision: number | null } | null;
  recognition: unknown;
  /** `story/article` of every indexed article. */
  known: Set<string>;
}

// The recogniser and the index are optional here: the corpus can grow before they exist.
async function loadDetector(root: string): Promise<Detector | null> {
  const files = ['lib/recognise/recognise.ts', 'lib/extract/extract-page.ts', 'public/generated/recognition.bin'];
  if (!files.every((f) => existsSync(join(root, f)))) return null;
  const recogniseModule: string = pathToFileURL(join(root, files[0] as string)).href;
  const extractModule: string = pathToFileURL(join(root, files[1] as string)).href;
  const { recognise } = (await import(recogniseModule)) as Pick<Detector, 'recognise'>;
  const { extractPage } = (await import(extractModule)) as Pick<Detector, 'extractPage'>;
  const generated = join(root, 'public/generated');
  const { readGeneratedRecognition, readGeneratedStories } = (await import(
    pathToFileURL(join(root, 'lib/story/read-generated.ts')).href
  )) as typeof import('../lib/story/read-generated');
  const { readRecognitionIndex } = (await import(
    pathToFileURL(join(root, 'lib/recognise/read-index.ts')).href
  )) as typeof import('../lib/recognise/read-index');
  const recognition = readRecognitionIndex(readGeneratedRecognition(generated));
  const known = new Set(readGeneratedStories(generated).flatMap((s) => s.articles.map((a) => `${s.id}/${a.id}`)));
  return { recognise, extractPage, recognition, known };
}

async function main(): Promise<void> {
  let options: AddFixtureOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  const dir = addFixture({ ...options, page: resolve(options.page) });
  process.stdout.write(
    `wrote ${dir}/page.html and expected.json\nexpected: ${JSON.stringify(options.expected.match)}\n`,
  );
  const detector = await loadDetector(join(import.meta.dirname, '..'));
  if (!detector) {
    process.stdout.write('recogniser or built index not found (run `npm run index`): nothing detected yet\n');
    return;
  }
  const want = options.expected.match;
  if (want && !detector.known.has(`${want.story}/${want.article}`)) {
    process.stdout.write(`warning: the index has no article ${want.story}/${want.article}\n`);
  }
  const { parseHTML } = await import('linkedom');
  const { document } = parseHTML(readFileSync(join(dir, 'page.html'), 'utf8'));
  const address = options.expected.url ?? pathToFileURL(join(dir, 'page.html')).href;
  const found = detector.recognise(detector.extractPage(document, address), detector.recognition);
  const detected = found && { story: found.story, article: found.article, revision: found.revision };
  const agrees = JSON.stringify(detected) === JSON.stringify(options.expected.match);
  process.stdout.write(
    `detected now: ${JSON.stringify(found)}\n${agrees ? 'agrees with' : 'DIFFERS from'} the expectation\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  });
}
