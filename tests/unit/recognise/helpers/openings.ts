// The published openings of the indexed articles, block by block: the reviewed paragraphs plus the page
// furniture their publishers put among them (a caption and credit, "Read a version of this story in …",
// "Read more:" promos, the highlights box, byline and date lines), which the reviewed texts leave out.
// Short copies (a few blocks before a sign-in wall, the first N words) are cut from these.
import type { RuntimeStory } from '../../../../lib/story/runtime-types';
import { paragraphsOf } from './stories';

/** What a block of a published opening is. */
export type OpeningKind = 'paragraph' | 'caption' | 'credit' | 'link' | 'highlights' | 'byline';

/** One block of an opening; a highlights box or a byline box holds several lines. */
export interface OpeningBlock {
  kind: OpeningKind;
  lines: string[];
}

const line = (kind: OpeningKind, text: string): OpeningBlock => ({ kind, lines: [text] });

// Furniture of each article's published page, as the seed pages show it, placed before reviewed paragraph `before`.
const FURNITURE: Record<string, { before: number; block: OpeningBlock }[]> = {
  'cnn-r1': [
    { before: 2, block: line('link', 'Read more: French leader makes jubilant trip to Mali') },
    { before: 6, block: line('link', 'Read more: Six reasons events in Mali matter') },
  ],
  'cnn-r2': [
    { before: 0, block: line('link', 'Read a version of this story in Arabic.') },
    { before: 6, block: line('link', 'Read more: French leader makes jubilant trip to Mali') },
  ],
  globalpost: [
    {
      before: 0,
      block: line(
        'caption',
        'A child leads his wood filled donkey cart past a destroyed Malian army armoured vehicle on Feb. 5, 2013 ' +
          'in Douentza.',
      ),
    },
    { before: 0, block: line('credit', 'Pascal Guyot') },
  ],
  france24: [
    {
      before: 0,
      block: {
        kind: 'byline',
        lines: ['Video by Alexandra RENARD , Oliver FARRY', 'Text by FRANCE 24', 'Latest update : 2013-02-06'],
      },
    },
  ],
};

// The reviewed paragraphs that form a highlights box (heading and bullets) rather than paragraphs of their own.
const HIGHLIGHTS: Record<string, [number, number]> = { 'cnn-r2': [0, 4] };

/** Headlines shown above the copies: the article's own, or, where the data records none, one a republisher used. */
export function headlineOf(stories: RuntimeStory[], id: string): string {
  const articles = stories.flatMap((s) => s.articles);
  const own = articles.find((a) => a.id === id)?.headline;
  if (own) return own;
  // cnn-r1 shares its address with cnn-r2, whose headline it carried; AFP copies carry each site's own.
  if (id === 'cnn-r1') return articles.find((a) => a.id === 'cnn-r2')?.headline ?? '';
  return 'Hundreds of rebels killed, France to leave Mali in March';
}

/** An article's published opening, block by block (all of it: cut it with firstBlocks or firstWords). */
export function publishedOpening(stories: RuntimeStory[], id: string): OpeningBlock[] {
  const paragraphs = paragraphsOf(stories, id);
  const blocks: OpeningBlock[] = [];
  const [hFrom, hTo] = HIGHLIGHTS[id] ?? [-1, -1];
  paragraphs.forEach((text, i) => {
    for (const f of FURNITURE[id] ?? []) if (f.before === i) blocks.push(f.block);
    if (i === hFrom) blocks.push({ kind: 'highlights', lines: paragraphs.slice(hFrom, hTo) });
    else if (i < hFrom || i >= hTo) blocks.push(line('paragraph', text));
  });
  return blocks;
}

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);

/** The first n blocks. */
export function firstBlocks(blocks: OpeningBlock[], n: number): OpeningBlock[] {
  return blocks.slice(0, n);
}

/** The first n words, blocks kept as blocks, the last one cut mid-sentence and ended with "…". */
export function firstWords(blocks: OpeningBlock[], n: number): OpeningBlock[] {
  const out: OpeningBlock[] = [];
  let left = n;
  for (const block of blocks) {
    if (left <= 0) break;
    const lines: string[] = [];
    for (const text of block.lines) {
      if (left <= 0) break;
      const words = wordsOf(text);
      lines.push(words.length <= left ? text : `${words.slice(0, left).join(' ')}…`);
      left -= Math.min(left, words.length);
    }
    out.push({ kind: block.kind, lines });
  }
  return out;
}

/** Number of words in some blocks. */
export function wordCount(blocks: OpeningBlock[]): number {
  return blocks.reduce((n, b) => n + b.lines.reduce((m, l) => m + wordsOf(l).length, 0), 0);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** How a republisher lays out the copy: furniture in its usual markup, or in plain paragraphs and an inline wall. */
export type OpeningLayout = 'semantic' | 'plain';

function blockHtml(block: OpeningBlock, layout: OpeningLayout): string {
  const [first = ''] = block.lines;
  switch (block.kind) {
    case 'paragraph':
      return `<p>${esc(first)}</p>`;
    case 'caption':
      return layout === 'semantic'
        ? `<figure><img src="/photos/1.jpg" alt=""><figcaption>${esc(first)}</figcaption></figure>`
        : `<div class="photo"><img src="/photos/1.jpg" alt=""><p class="caption">${esc(first)}</p></div>`;
    case 'credit':
      return `<p class="credit">${esc(first)}</p>`;
    case 'link': {
      // "Read more: <a>title</a>" or a whole line linked; the plain layout links only the line's last words.
      const [, label = '', rest = first] = /^(Read more: )?(.*)$/.exec(first) ?? [];
      if (layout === 'semantic') return `<p class="promo">${esc(label)}<a href="/related">${esc(rest)}</a></p>`;
      const words = rest.split(' ');
      const tail = words.splice(-1).join(' ');
      return `<p>${esc(label)}${esc(words.join(' '))} <a href="/related">${esc(tail)}</a></p>`;
    }
    case 'highlights': {
      const [heading = '', ...items] = block.lines;
      const list = `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
      return layout === 'semantic'
        ? `<div class="highlights"><h3>${esc(heading)}</h3>${list}</div>`
        : `<p><strong>${esc(heading)}</strong></p>${list}`;
    }
    case 'byline':
      return `<div class="byline">${block.lines.map((l) => `<p>${esc(l)}</p>`).join('')}</div>`;
  }
}

const WALL_SEMANTIC = `<div class="paywall" role="dialog" aria-label="Subscribe"><h2>Continue reading with a Courier subscription</h2>
<p>Get unlimited access to award-winning journalism, from just $1 for your first month.</p>
<p><a href="/subscribe">Subscribe now</a> Already a subscriber? <a href="/login">Sign in</a></p></div>`;
const WALL_PLAIN = `<div class="gate"><p><strong>This story is for subscribers</strong></p>
<p>Subscribe today for unlimited reading on every device, and cancel at any time.</p>
<p><a href="/subscribe">Subscribe</a> or <a href="/login">sign in</a></p></div>`;

/** A republisher's page showing some opening blocks, with or without the headline, then a sign-in wall. */
export function openingPage(blocks: OpeningBlock[], options: { headline?: string; layout: OpeningLayout }): string {
  const { headline, layout } = options;
  const body = blocks.map((b) => blockHtml(b, layout)).join('\n');
  const title = headline ? esc(headline) : 'World news';
  const article =
    layout === 'semantic'
      ? `<article>${headline ? `<h1>${title}</h1>` : ''}<div class="meta">Courier Wire Service · 6 February 2013</div>
<div class="story-body">${body}</div>${WALL_SEMANTIC}</article>`
      : `<article class="story">${headline ? `<h2 class="headline">${title}</h2>` : ''}${body}${WALL_PLAIN}</article>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title} | Courier</title>
<meta property="og:type" content="article"></head><body><header><a href="/">Courier</a><nav><ul>
<li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main>${article}</main><footer><p>© 2013 Courier. All rights reserved. Terms of use and privacy policy.</p></footer></body></html>`;
}
