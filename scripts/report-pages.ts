// `npm run report-pages`: turns the report and near-miss corpus (tests/fixtures/reports/) into saved news pages for
// the recognition fixtures (tests/fixtures/pages/report-<slug>/): a masthead, a menu, the headline, a byline with
// the date in the page's metadata (or none, when the piece gives none), the paragraphs, a rail of other links and a
// footer. Each page's expected.json says it is no indexed article, and whether it reports the story (event).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadReports, type ReportText } from './eval/reports';

const ROOT = join(import.meta.dirname, '..');
const PAGES = join(ROOT, 'tests/fixtures/pages');

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function outletOf(report: ReportText): string {
  const meta = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/reports', `${report.slug}.json`), 'utf8')) as { outlet?: string };
  return meta.outlet ?? 'News';
}

/** The page for one corpus text. */
export function reportPage(report: ReportText, outlet: string): string {
  const paragraphs = report.text.trim().split(/\n\s*\n/).map((p) => `<p>${escape(p.trim())}</p>`).join('\n');
  const date = report.published;
  const meta = [
    `<meta property="og:type" content="article">`,
    `<meta property="og:site_name" content="${escape(outlet)}">`,
    `<meta property="og:title" content="${escape(report.headline)}">`,
    report.url ? `<link rel="canonical" href="${escape(report.url)}">` : '',
    date ? `<meta property="article:published_time" content="${date}T09:00:00Z">` : '',
  ].filter(Boolean).join('\n');
  const byline = date ? `<p class="byline">${escape(outlet)} staff · <time datetime="${date}">${date}</time></p>` : `<p class="byline">${escape(outlet)} staff</p>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escape(report.headline)} | ${escape(outlet)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
${meta}
<style>
body { margin: 0; font-family: Georgia, serif; color: #222; }
header { border-bottom: 2px solid #333; padding: 12px 24px; font: 700 24px/1 Arial, sans-serif; }
nav ul { list-style: none; display: flex; gap: 14px; margin: 0; padding: 8px 24px; font: 14px Arial, sans-serif; }
.page { max-width: 1000px; margin: 0 auto; padding: 20px 24px; display: grid; grid-template-columns: minmax(0,1fr) 260px; gap: 28px; }
h1 { font-size: 32px; line-height: 1.2; } .byline { color: #666; font-size: 14px; } article p { font-size: 18px; line-height: 1.6; }
aside { font: 14px Arial, sans-serif; } footer { background: #222; color: #bbb; padding: 18px 24px; font: 12px Arial, sans-serif; }
</style>
</head>
<body>
<header>${escape(outlet)}</header>
<nav><ul><li><a href="/world">World</a></li><li><a href="/africa">Africa</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<div class="page">
<main>
<article>
<h1>${escape(report.headline)}</h1>
${byline}
<div class="story-body">
${paragraphs}
</div>
</article>
</main>
<aside><h2>Most read</h2><ul><li><a href="/culture/festival">Festival season opens with record crowds</a></li><li><a href="/business/rates">Central bank holds rates steady</a></li><li><a href="/sport/final">Cup final goes to extra time</a></li></ul></aside>
</div>
<footer>© ${escape(outlet)}. All rights reserved.</footer>
</body>
</html>
`;
}

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
process.stderr.write(`report-pages: ${written} pages in tests/fixtures/pages/report-*\n`);
