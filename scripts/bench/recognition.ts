// Recognition benchmark: the gate on an ordinary page, extract + recognise on story pages, and the content
// script's size (lookups in large synthetic indexes are scale.ts's).
// DOM timings use happy-dom, whose DOM (real node objects, live collections) costs closer to a browser's
// than linkedom's does; a browser's native DOM is faster still, so these figures err on the slow side.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
import { extractPage } from '../../lib/extract/extract-page';
import { mayBeArticle } from '../../lib/extract/quick-gate';
import { GENERATED_DIR } from '../../lib/story/generated-layout';
import { readGeneratedRecognition } from '../../lib/story/read-generated';
import type { RecognitionIndex } from '../../lib/recognise/index-format';
import { readRecognitionIndex } from '../../lib/recognise/read-index';
import { recognise } from '../../lib/recognise/recognise';
import { generator } from './support/synthetic';
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
  const menu = Array.from(
    { length: 120 },
    (_, i) => `<li class="menu-item"><a href="/section/${i}"><span>Section ${i}</span></a></li>`,
  ).join('');
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
    (_, i) =>
      `<li class="comment"><div class="who"><a href="/u/${i}">user${i}</a></div><p>Comment ${i}: ${gen.paragraph().slice(0, 90)}</p></li>`,
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
  const dir = join(ROOT, GENERATED_DIR);
  return existsSync(join(dir, 'recognition.bin')) ? readRecognitionIndex(readGeneratedRecognition(dir)) : null;
}

/** Every saved story page: the offline sites and the recognition fixtures that should match. */
function storyPages(): { name: string; html: string; url: string }[] {
  const pages: { name: string; html: string; url: string }[] = [];
  const sites = join(ROOT, 'tests/fixtures/sites');
  if (existsSync(join(sites, 'sites.json'))) {
    const list = JSON.parse(readFileSync(join(sites, 'sites.json'), 'utf8')) as {
      host: string;
      path: string;
      file: string;
      article: string | null;
      kind: string;
    }[];
    for (const s of list) {
      const seen = pages.some((p) => p.name === s.file);
      // Dynamic pages write their article from a script: their saved HTML holds no article text to measure.
      if (s.article && s.kind !== 'dynamic' && !seen)
        pages.push({
          name: s.file,
          html: readFileSync(join(sites, s.file), 'utf8'),
          url: `https://${s.host}${s.path}`,
        });
    }
  }
  const fixtures = join(ROOT, 'tests/fixtures/pages');
  for (const slug of existsSync(fixtures) ? readdirSync(fixtures).sort() : []) {
    const expectedFile = join(fixtures, slug, 'expected.json');
    if (!existsSync(expectedFile)) continue;
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as { url: string | null; match: unknown };
    if (!expected.match) continue;
    pages.push({
      name: slug,
      html: readFileSync(join(fixtures, slug, 'page.html'), 'utf8'),
      url: expected.url ?? 'https://saved.invalid/',
    });
  }
  return pages;
}

function benchStoryPages(): BenchResult[] {
  const index = loadBuiltRecognition();
  if (!index) {
    process.stderr.write(
      'bench: no public/generated/recognition.bin: run `npm run index` for the story-page figures\n',
    );
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
    .map(({ page, ms }) => ({
      name: `story page ${page.name}: extract + recognise`,
      value: ms,
      unit: 'ms',
      target: 10,
    }));
  return [
    ...each,
    {
      name: `story pages: extract + recognise, median of ${pages.length} pages`,
      value: quantile(times, 0.5),
      unit: 'ms',
    },
    { name: 'story pages: extract + recognise, slowest page', value: Math.max(...times), unit: 'ms', target: 10 },
    { name: 'story pages recognised', value: matched, unit: `of ${pages.length}` },
  ];
}

function benchContentScript(): BenchResult[] {
  const path = join(ROOT, '.output/chrome-mv3/content-scripts/content.js');
  const declared = join(ROOT, '.output/chrome-mv3/page-loaded.js');
  if (!existsSync(path) || !existsSync(declared)) {
    process.stderr.write('bench: no built content script: run `npm run build` for its size\n');
    return [];
  }
  const bytes = statSync(path).size;
  return [
    {
      name: 'declared script, run at document_start on the checked hosts (chrome-mv3, minified)',
      value: statSync(declared).size / 1024,
      unit: 'KB',
      target: 1,
    },
    {
      name: 'content script, injected after load on the checked hosts (chrome-mv3, minified)',
      value: bytes / 1024,
      unit: 'KB',
      target: 20,
    },
    { name: 'content script gzipped', value: gzipSync(readFileSync(path)).length / 1024, unit: 'KB' },
  ];
}

/** Runs every recognition figure. */
export default async function (): Promise<BenchResult[]> {
  return [...benchOrdinaryPages(), ...benchStoryPages(), ...benchContentScript()];
}
