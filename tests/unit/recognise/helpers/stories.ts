// The indexed story for recognition tests: the built index's stories when `npm run index` has run, else the
// reviewed article texts in data/stories, else the seed texts, with the addresses the sources establish.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_DIR } from '../../../../lib/story/generated-layout';
import { readGeneratedStories } from '../../../../lib/story/read-generated';
import type { RuntimeArticle, RuntimeStory } from '../../../../lib/story/runtime-types';

export const REPO = join(import.meta.dirname, '../../../..');
const STORY = 'mali-offensive-2013';
const CNN = 'https://www.cnn.com/2013/02/06/world/africa/mali-conflict/index.html';

const KNOWN: Record<string, { seed: string; urls: string[]; revision: number | null }> = {
  'cnn-r1': { seed: '000_996d9f502adc0b34.txt', urls: [CNN], revision: 1 },
  'cnn-r2': { seed: '001_32104ac63b478835.txt', urls: [CNN], revision: 2 },
  afp: {
    seed: '002_2f9ef944ed3450e1.txt',
    urls: ['https://www.astroawani.com/berita-dunia/hundreds-rebels-killed-france-leave-mali-march-6430'],
    revision: null,
  },
  globalpost: {
    seed: '003_d9c45748f088204d.txt',
    urls: ['https://www.pri.org/stories/2013-02-06/mali-real-war-says-france-defense-minister'],
    revision: null,
  },
  france24: {
    seed: '004_ad19ff91a8c34f46.txt',
    urls: ['http://www.france24.com/en/20130206-france-plans-withdraw-troops-mali-march'],
    revision: null,
  },
};

function article(id: string, text: string): RuntimeArticle {
  const known = KNOWN[id];
  return {
    id,
    publisher: id,
    wire: null,
    site: null,
    headline: id,
    url: known?.urls[0] ?? null,
    urls: known?.urls ?? [],
    published: null,
    updated: null,
    revision: known?.revision ? { group: 'cnn', number: known.revision } : null,
    language: 'en',
    text,
  };
}

/** The reviewed story in data/stories (text plus metadata), or null when its files are not there yet. */
function reviewedStories(): RuntimeStory[] | null {
  const root = join(REPO, 'data/stories');
  if (!existsSync(root)) return null;
  const stories: RuntimeStory[] = [];
  for (const dir of readdirSync(root).sort()) {
    const storyFile = join(root, dir, 'story.json');
    if (!existsSync(storyFile)) continue;
    const story = JSON.parse(readFileSync(storyFile, 'utf8')) as Omit<RuntimeStory, 'articles'> & {
      articles: string[];
    };
    const articles = story.articles.map((id) => {
      const base = join(root, dir, 'articles', id);
      const meta = existsSync(`${base}.json`)
        ? (JSON.parse(readFileSync(`${base}.json`, 'utf8')) as Partial<RuntimeArticle>)
        : {};
      return {
        ...article(id, readFileSync(`${base}.txt`, 'utf8')),
        ...meta,
        id,
        text: readFileSync(`${base}.txt`, 'utf8'),
      };
    });
    stories.push({ ...story, articles, facts: [] });
  }
  return stories.length > 0 ? stories : null;
}

/** The stories to index in tests, from the best source available. */
export function loadStories(): RuntimeStory[] {
  const built = join(REPO, GENERATED_DIR);
  if (existsSync(join(built, 'catalog.json'))) return readGeneratedStories(built);
  const reviewed = reviewedStories();
  if (reviewed) return reviewed;
  const articles = Object.keys(KNOWN).map((id) =>
    article(id, readFileSync(join('/work/shared/seeds', KNOWN[id]?.seed ?? ''), 'utf8')),
  );
  return [
    { id: STORY, title: STORY, summary: '', dates: { start: '2013-02-05', end: '2013-02-06' }, articles, facts: [] },
  ];
}

/** Paragraphs of one indexed article's text. */
export function paragraphsOf(stories: RuntimeStory[], id: string): string[] {
  const text = stories.flatMap((s) => s.articles).find((a) => a.id === id)?.text ?? '';
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Every HTML file under a folder, recursively. */
export function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}
