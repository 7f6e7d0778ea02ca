// The pages `npm run bench:browser` loads, all on publishers' hosts so the content script runs: an ordinary front
// page of about 5,000 nodes (generated here), an ordinary article and the story article on www.cnn.com, and another
// outlet's report of the story on www.france24.com, answered by an event match (fixture pages of tests/fixtures/sites).
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadSites, sitesDir, type SitePage } from '../../tests/e2e/harness/sites';

/** The benchmark's pages by their names in the report, in the order they are loaded. */
export const BENCH_PAGE_NAMES = ['front page', 'ordinary article', 'story article', 'report article'] as const;

/** A benchmark page: its name in the report and where the fixture server serves it. */
export interface BenchPage {
  name: (typeof BENCH_PAGE_NAMES)[number];
  site: SitePage;
}

/** A publisher's front page: navigation, a grid of story cards, a footer; no article. About 5,000 nodes. */
export function frontPageHtml(): string {
  const menu = Array.from({ length: 60 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('');
  const cards = Array.from(
    { length: 500 },
    (_, i) =>
      `<div class="card"><a href="/2013/02/06/story-${i}/index.html"><h3>Headline ${i} about the day's events</h3></a>` +
      `<p class="teaser">A short teaser for story ${i}.</p><span class="time">${i % 60} min ago</span></div>`,
  ).join('\n');
  const footer = Array.from({ length: 80 }, (_, i) => `<li><a href="/about/${i}">Footer link ${i}</a></li>`).join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Front page</title>
<meta property="og:type" content="website"><style>.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:12px}.card{border:1px solid #ddd;padding:8px}</style></head>
<body><header><nav><ul>${menu}</ul></nav></header><main><section class="grid">
${cards}
</section></main><footer><ul>${footer}</ul></footer>
<script>window.__pageScriptOk = true;</script></body></html>`;
}

/** Writes the benchmark pages into a fresh folder (the generated front page beside copies of the fixtures). */
export function preparePages(): { dir: string; pages: BenchPage[] } {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  const sites = loadSites();
  const fixture = (path: string, host = 'www.cnn.com'): SitePage => {
    const site = sites.find((s) => s.host === host && s.path === path);
    if (!site) throw new Error(`tests/fixtures/sites/sites.json lists no ${host}${path}`);
    mkdirSync(join(dir, dirname(site.file)), { recursive: true });
    copyFileSync(join(sitesDir, site.file), join(dir, site.file));
    return site;
  };
  const article = fixture('/2013/02/06/tech/mobile/phone-battery-cold/index.html');
  const story = fixture('/2013/02/06/world/africa/mali-conflict/index.html');
  const report = fixture('/en/20130207-mali-gao-real-war-defence-minister', 'www.france24.com');
  writeFileSync(join(dir, 'www.cnn.com/bench-front.html'), frontPageHtml());
  const front: SitePage = {
    host: 'www.cnn.com',
    path: '/',
    file: 'www.cnn.com/bench-front.html',
    article: null,
    kind: 'ordinary',
    title: 'Front page',
  };
  return {
    dir,
    pages: [
      { name: 'front page', site: front },
      { name: 'ordinary article', site: article },
      { name: 'story article', site: story },
      { name: 'report article', site: report },
    ],
  };
}
