// The fixture sites manifest (tests/fixtures/sites/sites.json) and paths to the built packages and index.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED, GENERATED_DIR } from '../../../lib/story/generated-layout';
import { readGeneratedStories } from '../../../lib/story/read-generated';
import type { RuntimeArticle, RuntimeIndex, RuntimeStory } from '../../../lib/story/runtime-types';

/** Repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Folder of the fixture sites and their manifest. */
export const sitesDir = process.env.PARALLAX_SITES_DIR ?? join(repoRoot, 'tests/fixtures/sites');

/**
 * What a fixture page is: a story article, an ordinary page of a publisher, a republished copy, an archive copy,
 * a page whose own script changes the article after load (late text, single-page navigation, re-render), a hostile
 * page (strict CSP, body replaced, 100,000 nodes, a throwing observer) only the hostile-page tests open, another
 * outlet's report of the story in its own words (event), a page about the same people and places on another day
 * (near-miss), or a report of an event the index does not know, which only the comparison tests open (comparison).
 */
export type SiteKind =
  | 'story'
  | 'ordinary'
  | 'republished'
  | 'archive'
  | 'dynamic'
  | 'hostile'
  | 'event'
  | 'near-miss'
  | 'comparison';

/** One fixture page as sites.json lists it. */
export interface SitePage {
  host: string;
  path: string;
  /** File relative to the sites folder. */
  file: string;
  /** Article id in the index (story pages), or null / absent on ordinary pages. */
  article?: string | null;
  kind: SiteKind;
  title: string;
  /** Extra response headers the server sends with this page (e.g. a Content-Security-Policy). */
  headers?: Record<string, string>;
}

/** Reads sites.json; throws with the path when it is missing. */
export function loadSites(dir = sitesDir): SitePage[] {
  const path = join(dir, 'sites.json');
  if (!existsSync(path)) throw new Error(`fixture sites manifest missing: ${path}`);
  return JSON.parse(readFileSync(path, 'utf8')) as SitePage[];
}

/** The page's https address under its real host name. */
export function pageUrl(page: SitePage, scheme: 'http' | 'https' = 'https'): string {
  return `${scheme}://${page.host}${page.path}`;
}

/** Where the built packages are. */
export const buildDirs = {
  chromium: join(repoRoot, '.output/chrome-mv3'),
  firefox: join(repoRoot, '.output/firefox-mv3'),
} as const;

/** Throws a message saying how to build when a package is missing. */
export function requireBuild(dir: string): string {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`built extension missing at ${dir}: run \`npm run build\` first`);
  }
  return dir;
}

/** Folder of the generated index `npm run index` writes. */
export const indexPath = join(repoRoot, GENERATED_DIR);

/**
 * Reads the stories the extension under test carries: the story files bundled in the built package when there
 * are (so expectations match what the browser runs even if the index was rebuilt since), else the generated ones.
 */
export function loadIndex(kind?: 'chromium' | 'firefox'): RuntimeIndex {
  const bundled = kind ? join(buildDirs[kind], 'generated') : null;
  const dir = bundled && existsSync(join(bundled, GENERATED.catalog)) ? bundled : indexPath;
  if (!existsSync(join(dir, GENERATED.catalog)))
    throw new Error(`fact index missing at ${dir}: run \`npm run build\` first`);
  return { stories: readGeneratedStories(dir) };
}

/** The story and article of an article id, or throws naming the id. */
export function findArticle(index: RuntimeIndex, articleId: string): { story: RuntimeStory; article: RuntimeArticle } {
  for (const story of index.stories) {
    const article = story.articles.find((a) => a.id === articleId);
    if (article) return { story, article };
  }
  throw new Error(`article ${articleId} (from sites.json) is not in the built index`);
}
