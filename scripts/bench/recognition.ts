// Recognition benchmark: the gate on an ordinary page, extract + recognise on story pages, the content
// script's size, and lookups in a synthetic index of 10,000 stories (50,000 articles).
// DOM timings use happy-dom, whose DOM (real node objects, live collections) costs closer to a browser's
// than linkedom's does; a browser's native DOM is faster still, so these figures err on the slow side.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
import { extractPage } from '../../lib/extract/extract-page';
import { mayBeArticle } from '../../lib/extract/quick-gate';
import type { RuntimeArticle, RuntimeIndex, RuntimeStory } from '../../lib/index/runtime-types';
import { buildRecognitionIndex } from '../../lib/recognise/build-recognition-index';
import { isRecognitionIndex, type RecognitionIndex } from '../../lib/recognise/index-format';
import { loadIndex } from '../../lib/recognise/load-index';
import { recognise } from '../../lib/recognise/recognise';
import type { BenchResult } from './types';

const ROOT = join(import.meta.dirname, '..', '..');

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/** Median wall time of fn in milliseconds over `runs` runs, after a few warm-up runs. */
function timeMs(fn: () => void, runs: number): number {
  for (let i = 0; i < 5; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return quantile(times, 0.5);
}

function domOf(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** A front page of about 5,000 elements: menus, a grid of story cards, link lists, no article. */
function ordinaryPage(): string {
  const menu = Array.from({ length: 120 }, (_, i) => `<li class="menu-item"><a href="/section/${i}"><span>Section ${i}</span></a></li>`).join('');
  const cards = Array.from(
    { length: 450 },
    (_, i) =>
      `<div class="card"><a href="/2024/story-${i}"><img src="/img/${i}.jpg" alt=""><h3>Headline number ${i} about the day's events</h3></a><p class="teaser">A short teaser line for card ${i}.</p><span class="time">${i % 60} min ago</span></div>`,
  ).join('');
  const footer = Array.from({ length: 150 }, (_, i) => `<li><a href="/about/${i}">Footer link ${i}</a></li>`).join('');
  return `<!doctype html><html><head><meta property="og:type" content="website"><title>Front page</title></head>
<body><header><nav><ul>${menu}</ul></nav></header><main><section class="grid">${cards}</section></main>
<footer><ul>${footer}</ul></footer></body></html>`;
}

/** An article that is not a story of the index, with a long comment thread: the gate passes, extraction runs. */
function otherArticlePage(): string {
  const gen = generator(99);
  const paragraphs = Array.from({ length: 12 }, () => `<p>${gen.paragraph()}</p>`).join('');
  const comments = Array.from(
    { length: 380 },
    (_, i) => `<li class="comment"><div class="who"><a href="/u/${i}">user${i}</a></div><p>Comment ${i}: ${gen.paragraph().slice(0, 90)}</p></li>`,
  ).join('');
  return `<!doctype html><html><head><meta property="og:type" content="article"></head><body>
<header><nav><ul>${Array.from({ length: 80 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join('')}</ul></nav></header>
<article><h1>Something else entirely</h1><div class="body">${paragraphs}</div></article>
<section class="comments"><ol>${comments}</ol></section></body></html>`;
}

function countNodes(node: Node): number {
  let n = 1;
  for (let child = node.firstChild; child; child = child.nextSibling) n += countNodes(child);
  return n;
}

function benchOrdinaryPages(): BenchResult[] {
  const results: BenchResult[] = [];
  const cases = [
    { label: 'ordinary page (front page, no article)', html: ordinaryPage(), target: 1 as number | undefined },
    { label: 'non-story article page', html: otherArticlePage(), target: undefined },
  ];
  for (const { label, html, target } of cases) {
    const url = 'https://www.example-news.test/';
    const doc = domOf(html, url);
    const passes = mayBeArticle(doc);
    const ms = timeMs(() => {
      if (mayBeArticle(doc)) extractPage(doc, url);
    }, 200);
    const nodes = countNodes(doc.documentElement);
    const name = `${label}: gate${passes ? ' + extract' : ' only'} (happy-dom, ${nodes} nodes)`;
    results.push(target === undefined ? { name, value: ms, unit: 'ms' } : { name, value: ms, unit: 'ms', target });
  }
  return results;
}

function loadBuiltRecognition(): RecognitionIndex | null {
  const path = join(ROOT, 'public/generated/index.json');
  if (!existsSync(path)) return null;
  const index = JSON.parse(readFileSync(path, 'utf8')) as RuntimeIndex;
  return isRecognitionIndex(index.recognition) ? index.recognition : buildRecognitionIndex(index.stories);
}

/** Every saved story page: the offline sites and the recognition fixtures that should match. */
function storyPages(): { name: string; html: string; url: string }[] {
  const pages: { name: string; html: string; url: string }[] = [];
  const sites = join(ROOT, 'tests/fixtures/sites');
  if (existsSync(join(sites, 'sites.json'))) {
    const list = JSON.parse(readFileSync(join(sites, 'sites.json'), 'utf8')) as { host: string; path: string; file: string; article: string | null; kind: string }[];
    for (const s of list) {
      const seen = pages.some((p) => p.name === s.file);
      // Dynamic pages write their article from a script: their saved HTML holds no article text to measure.
      if (s.article && s.kind !== 'dynamic' && !seen) pages.push({ name: s.file, html: readFileSync(join(sites, s.file), 'utf8'), url: `https://${s.host}${s.path}` });
    }
  }
  const fixtures = join(ROOT, 'tests/fixtures/pages');
  for (const slug of existsSync(fixtures) ? readdirSync(fixtures).sort() : []) {
    const expectedFile = join(fixtures, slug, 'expected.json');
    if (!existsSync(expectedFile)) continue;
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as { url: string | null; match: unknown };
    if (!expected.match) continue;
    pages.push({ name: slug, html: readFileSync(join(fixtures, slug, 'page.html'), 'utf8'), url: expected.url ?? 'https://saved.invalid/' });
  }
  return pages;
}

function benchStoryPages(): BenchResult[] {
  const index = loadBuiltRecognition();
  if (!index) {
    process.stderr.write('bench: no public/generated/index.json: run `npm run index` for the story-page figures\n');
    return [];
  }
  const pages = storyPages();
  const times = pages.map(({ html, url }) => {
    const doc = domOf(html, url);
    return timeMs(() => recognise(extractPage(doc, url), index), 30);
  });
  const matched = pages.filter(({ html, url }) => recognise(extractPage(domOf(html, url), url), index) !== null).length;
  // The publishers' own pages one by one; the fixtures' many variants as a summary.
  const each = pages
    .map((page, i) => ({ page, ms: times[i] ?? NaN }))
    .filter(({ page }) => page.name.endsWith('.html'))
    .map(({ page, ms }) => ({ name: `story page ${page.name}: extract + recognise`, value: ms, unit: 'ms', target: 10 }));
  return [
    ...each,
    { name: `story pages: extract + recognise, median of ${pages.length} pages`, value: quantile(times, 0.5), unit: 'ms' },
    { name: 'story pages: extract + recognise, slowest page', value: Math.max(...times), unit: 'ms', target: 10 },
    { name: 'story pages recognised', value: matched, unit: `of ${pages.length}` },
  ];
}

function benchContentScript(): BenchResult[] {
  const path = join(ROOT, '.output/chrome-mv3/content-scripts/content.js');
  if (!existsSync(path)) {
    process.stderr.write('bench: no built content script: run `npm run build` for its size\n');
    return [];
  }
  const bytes = statSync(path).size;
  return [
    { name: 'content script (chrome-mv3, minified)', value: bytes / 1024, unit: 'KB', target: 20 },
    { name: 'content script gzipped', value: gzipSync(readFileSync(path)).length / 1024, unit: 'KB' },
  ];
}

// Deterministic generated prose: a 30,000-word vocabulary drawn with a skew, so common words and phrases
// recur across articles the way they do in news text.
function generator(seed: number) {
  let s = seed >>> 0;
  const random = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const syllables = ['ka', 'lo', 'mi', 'ra', 'te', 'su', 'no', 'vi', 'da', 'pe', 'gu', 'ze', 'shi', 'tor', 'bel', 'an'];
  const vocabulary = Array.from({ length: 30000 }, (_, i) => {
    let word = '';
    for (let n = i + 1; n > 0; n = Math.floor(n / 16)) word += syllables[n % 16];
    return word;
  });
  const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 3)] as string;
  const sentence = () => {
    const words = Array.from({ length: 12 + Math.floor(random() * 18) }, word);
    return `${words.join(' ')}.`;
  };
  const paragraph = () => Array.from({ length: 1 + Math.floor(random() * 3) }, sentence).join(' ');
  const article = () => Array.from({ length: 8 + Math.floor(random() * 10) }, paragraph).join('\n\n');
  return { random, article, paragraph };
}

function syntheticStories(count: number): RuntimeStory[] {
  const gen = generator(2013);
  const article = (id: string, text: string, url: string, revision: RuntimeArticle['revision']): RuntimeArticle => ({
    id, publisher: 'P', wire: null, site: null, headline: id, url, urls: [url], published: null, updated: null,
    revision, language: 'en', text,
  });
  return Array.from({ length: count }, (_, i) => {
    const first = gen.article();
    // The second revision keeps most paragraphs of the first and rewrites some.
    const second = first.split('\n\n').map((p) => (gen.random() < 0.3 ? gen.paragraph() : p)).join('\n\n');
    const url = `https://news-${i % 97}.test/story/${i}`;
    return {
      id: `story-${i}`, title: '', summary: '', dates: { start: '2013-01-01', end: '2013-01-01' }, facts: [],
      articles: [
        article('r1', first, url, { group: 'g', number: 1 }),
        article('r2', second, url, { group: 'g', number: 2 }),
        article('a', gen.article(), `https://wire-${i % 31}.test/${i}`, null),
        article('b', gen.article(), `https://site-${i % 53}.test/${i}`, null),
        article('c', gen.article(), `https://paper-${i % 71}.test/${i}`, null),
      ],
    };
  });
}

function heapBytes(gc: () => void): number {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

async function benchLargeIndex(): Promise<BenchResult[]> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  let stories: RuntimeStory[] | null = syntheticStories(10000);
  const storyCount = stories.length;
  const articles = stories.reduce((n, s) => n + s.articles.length, 0);
  let start = performance.now();
  let json: string | null = JSON.stringify(buildRecognitionIndex(stories));
  const buildSeconds = (performance.now() - start) / 1000;
  const bytes = json.length;
  const gzipped = gzipSync(json).length;

  // Pages: indexed articles among page furniture, and texts the index has never seen.
  const gen = generator(7);
  const all = stories;
  const pages = Array.from({ length: 400 }, (_, i) => {
    const story = all[(i * 7919) % all.length] as RuntimeStory;
    const text = i % 2 === 0 ? `${gen.paragraph()}\n\n${story.articles[i % 5]?.text}\n\n${gen.paragraph()}` : gen.article();
    return { url: 'https://elsewhere.test/page', canonical: null, ogUrl: null, jsonLdUrls: [], text };
  });
  stories = null;

  const before = heapBytes(gc);
  start = performance.now();
  const index = JSON.parse(json) as RecognitionIndex;
  const loaded = loadIndex(index);
  const loadMs = performance.now() - start;
  json = null;
  const heap = heapBytes(gc) - before;

  // Each page's time is the median of 5 lookups, so a collection pause in one run does not count as a lookup.
  for (const page of pages.slice(0, 50)) recognise(page, index);
  gc();
  let found = 0;
  const times = pages.map((page) => {
    const runs: number[] = [];
    for (let r = 0; r < 5; r++) {
      const t = performance.now();
      const match = recognise(page, index);
      runs.push(performance.now() - t);
      if (r === 0 && match) found++;
    }
    return quantile(runs, 0.5);
  });
  return [
    { name: `synthetic index: ${storyCount} stories, ${articles} articles, build`, value: buildSeconds, unit: 's' },
    { name: 'synthetic index: serialised size', value: bytes / 2 ** 20, unit: 'MB' },
    { name: 'synthetic index: serialised size gzipped', value: gzipped / 2 ** 20, unit: 'MB' },
    { name: 'synthetic index: distinct fingerprints', value: loaded.hashes.length, unit: 'hashes' },
    { name: 'synthetic index: postings', value: loaded.postings.length, unit: 'postings' },
    { name: 'synthetic index: parse + load', value: loadMs, unit: 'ms' },
    { name: 'synthetic index: heap of the loaded index', value: heap / 2 ** 20, unit: 'MB' },
    { name: 'synthetic index: lookup (recognise) p50', value: quantile(times, 0.5), unit: 'ms' },
    { name: 'synthetic index: lookup (recognise) p95', value: quantile(times, 0.95), unit: 'ms', target: 5 },
    { name: 'synthetic index: pages recognised (200 of 400 are indexed)', value: found, unit: 'pages' },
  ];
}

/** Runs every recognition figure. */
export default async function (): Promise<BenchResult[]> {
  const quick = [...benchOrdinaryPages(), ...benchStoryPages(), ...benchContentScript()];
  return process.env.BENCH_QUICK ? quick : [...quick, ...(await benchLargeIndex())];
}
