// Builds HTML pages around article paragraphs the way other sites and readers show them, for recognition tests.
import { parseHTML } from 'linkedom';
import { extractPage } from '../../../../lib/extract/extract-page';
import type { PageSnapshot } from '../../../../lib/extract/page-snapshot';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface PageOptions {
  title?: string;
  head?: string;
  /** Markup for one paragraph; by default a <p> with an inline link around its third word. */
  paragraph?: (text: string, i: number) => string;
  /** Markup put after paragraph i (ads, related links). */
  between?: (i: number) => string;
  /** Markup after the article body (a sign-in wall, comments). */
  after?: string;
}

function linked(text: string): string {
  const words = esc(text).split(' ');
  if (words.length > 4) words[2] = `<a href="/topic/${words.length}">${words[2]}</a>`;
  return words.join(' ');
}

const NAV = ['World', 'Politics', 'Business', 'Tech', 'Sport', 'Culture', 'Travel', 'Video']
  .map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`)
  .join('');
const RELATED = [
  'Markets close higher as oil prices ease after a volatile week of trading',
  'The best hiking trails to explore this spring, picked by our readers',
  'Five things to know before you buy a new laptop for school this year',
]
  .map((t) => `<li><a href="/related/${t.length}">${t}</a></li>`)
  .join('');

/** A news page: navigation, headline, the paragraphs, related links and a footer. */
export function newsPage(paragraphs: string[], options: PageOptions = {}): string {
  const para = options.paragraph ?? ((t: string) => `<p>${linked(t)}</p>`);
  const body = paragraphs.map((t, i) => para(t, i) + (options.between?.(i) ?? '')).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(options.title ?? 'News')}</title>
${options.head ?? ''}<style>body{font-family:serif}</style><script>window.analytics = { ready: true };</script></head>
<body><header><a href="/">Daily Courier</a><nav><ul>${NAV}</ul></nav></header>
<main><div class="layout"><div class="story">
<h1>${esc(options.title ?? 'News')}</h1><div class="byline">By Staff Reporter, updated 6 February 2013</div>
<div class="story-body">
${body}
</div>${options.after ?? ''}</div>
<div class="rail"><h2>Most read</h2><ul>${RELATED}</ul></div></div></main>
<footer><p>&copy; 2013 Daily Courier. All rights reserved. Terms of use, privacy policy and cookie settings.</p></footer>
</body></html>`;
}

/** Parses HTML with linkedom and extracts its snapshot as the content script would. */
export function snapshotOf(html: string, url = 'https://www.example-news.test/world/story-1234'): PageSnapshot {
  const { document } = parseHTML(html);
  return extractPage(document as unknown as Document, url);
}
