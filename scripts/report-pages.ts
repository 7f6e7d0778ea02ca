// `npm run report-pages`: turns the report and near-miss corpus (tests/fixtures/reports/) into saved news pages for
// the recognition fixtures (tests/fixtures/pages/report-<slug>/): a masthead, a menu, the headline, a byline with
// the date in the page's metadata (or none, when the piece gives none), the paragraphs, a rail of other links and a
// footer. Each page's expected.json says it is no indexed article, and whether it reports the story (event). A few
// are also served on the end-to-end fixture sites (SITE_COPIES).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadReports, type ReportText } from './eval/reports';
import { refuseArguments } from './support/no-arguments';

refuseArguments('report-pages');

const ROOT = join(import.meta.dirname, '..');
const PAGES = join(ROOT, 'tests/fixtures/pages');
const SITES = join(ROOT, 'tests/fixtures/sites');

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function outletOf(report: ReportText): string {
  const meta = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/reports', `${report.slug}.json`), 'utf8')) as {
    outlet?: string;
  };
  return meta.outlet ?? 'News';
}

/** The page for one corpus text; on the fixture sites it carries the small script the e2e tests check ran. */
export function reportPage(report: ReportText, outlet: string, onSite = false): string {
  const paragraphs = report.text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p.trim())}</p>`)
    .join('\n');
  const date = report.published;
  const meta = [
    `<meta property="og:type" content="article">`,
    `<meta property="og:site_name" content="${escapeHtml(outlet)}">`,
    `<meta property="og:title" content="${escapeHtml(report.headline)}">`,
    report.url ? `<link rel="canonical" href="${escapeHtml(report.url)}">` : '',
    date ? `<meta property="article:published_time" content="${date}T09:00:00Z">` : '',
  ]
    .filter(Boolean)
    .join('\n');
  const byline = date
    ? `<p class="byline">${escapeHtml(outlet)} staff · <time datetime="${date}">${date}</time></p>`
    : `<p class="byline">${escapeHtml(outlet)} staff</p>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(report.headline)} | ${escapeHtml(outlet)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
${meta}
<style>
body { margin: 0; font-family: Georgia, serif; color: #222; }
header { border-bottom: 2px solid #333; padding: 12px 24px; font: 700 24px/1 Arial, sans-serif; }
nav ul { list-style: none; display: flex; gap: 14px; margin: 0; padding: 8px 24px; font: 14px Arial, sans-serif; }
.page {
  max-width: 1000px;
  margin: 0 auto;
  padding: 20px 24px;
  display: grid;
  grid-template-columns: minmax(0,1fr) 260px;
  gap: 28px;
}
h1 {
  font-size: 32px;
  line-height: 1.2;
  } .byline { color: #666;
  font-size: 14px;
  } article p { font-size: 18px;
  line-height: 1.6;
}
aside {
  font: 14px Arial, sans-serif;
  } footer { background: #222;
  color: #bbb;
  padding: 18px 24px;
  font: 12px Arial, sans-serif;
}
</style>
</head>
<body>
<header>${escapeHtml(outlet)}</header>
<nav><ul><li><a href="/world">World</a></li><li><a href="/africa">Africa</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<div class="page">
<main>
<article>
<h1>${escapeHtml(report.headline)}</h1>
${byline}
<div class="story-body">
${paragraphs}
</div>
</article>
</main>
<aside><h2>Most read</h2><ul><li><a href="/culture/festival">Festival season opens with record crowds</a></li><li><a href="/business/rates">Central bank holds rates steady</a></li><li><a href="/sport/final">Cup final goes to extra time</a></li></ul></aside>
</div>
<footer>© ${escapeHtml(outlet)}. All rights reserved.</footer>
${onSite ? '<script>window.__pageScriptOk = true;</script>\n' : ''}</body>
</html>
`;
}

// Corpus texts also served on the end-to-end fixture sites (tests/fixtures/sites/), at an address of a publisher
// the extension checks by itself or of a site it checks only on a click.
const SITE_COPIES: { slug: string; host: string; path: string; kind: 'event' | 'near-miss' }[] = [
  {
    slug: 'northern-star-gao-real-war',
    host: 'www.france24.com',
    path: '/en/20130207-mali-gao-real-war-defence-minister',
    kind: 'event',
  },
  {
    slug: 'nm-gao-suicide-bombing-2013-02-08',
    host: 'www.cnn.com',
    path: '/2013/02/08/world/africa/mali-gao-suicide-bombing/index.html',
    kind: 'near-miss',
  },
  {
    slug: 'valley-digest-cnn-rewrite',
    host: 'www.valleydigest.example',
    path: '/world/2013/02/06/france-mali-hundreds-killed',
    kind: 'event',
  },
];

function main(): void {
  const reports = loadReports(join(ROOT, 'tests/fixtures/reports'));
  let written = 0;
  for (const report of reports) {
    const dir = join(PAGES, `report-${report.slug}`);
    if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'page.html'), reportPage(report, outletOf(report)));
    const event = report.kind === 'report' && report.story ? { story: report.story } : null;
    writeFileSync(join(dir, 'expected.json'), `${JSON.stringify({ url: report.url, match: null, event }, null, 2)}\n`);
    written++;
  }
  const sitesFile = join(SITES, 'sites.json');
  const sites = (JSON.parse(readFileSync(sitesFile, 'utf8')) as { host: string; path: string }[]).filter(
    (p) => !SITE_COPIES.some((c) => c.host === p.host && c.path === p.path),
  );
  for (const copy of SITE_COPIES) {
    const report = reports.find((r) => r.slug === copy.slug);
    if (!report) throw new Error(`report-pages: no corpus text ${copy.slug}`);
    const file = `${copy.host}/report-${copy.slug}.html`;
    mkdirSync(join(SITES, copy.host), { recursive: true });
    writeFileSync(
      join(SITES, file),
      reportPage({ ...report, url: `https://${copy.host}${copy.path}` }, outletOf(report), true),
    );
    sites.push({ host: copy.host, path: copy.path, file, article: null, kind: copy.kind, title: report.headline } as {
      host: string;
      path: string;
    });
  }
  writeFileSync(sitesFile, `${JSON.stringify(sites, null, 2)}\n`);
  process.stderr.write(
    `report-pages: ${written} pages in tests/fixtures/pages/report-*, ${SITE_COPIES.length} on the fixture sites\n`,
  );
}

main();
