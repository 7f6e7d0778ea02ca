// Every kind of copy of an indexed article is recognised by its text alone, built programmatically from the
// indexed texts: other layouts, markup inside words, typography, ads, trims, teasers, datelines.
import { describe, expect, test } from 'vitest';
import { normaliseText } from '../../../lib/fingerprint/normalise';
import { buildRecognitionIndex } from '../../../lib/recognise/build-recognition-index';
import { recognise } from '../../../lib/recognise/recognise';
import { newsPage, snapshotOf } from './helpers/pages';
import { loadStories, paragraphsOf } from './helpers/stories';

const stories = loadStories();
const index = buildRecognitionIndex(stories);
const ARTICLES = ['cnn-r1', 'cnn-r2', 'afp', 'globalpost', 'france24'];
const REVISION: Record<string, number | null> = { 'cnn-r1': 1, 'cnn-r2': 2 };

// Splits every long word in two with bold markup: "<b>hun</b>dreds".
const splitWords = (t: string) =>
  `<p>${t
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\b([A-Za-z]{3})([a-z]{3,})\b/g, '<b>$1</b>$2')}</p>`;
const curly = (t: string) => t.replace(/"([^"]*)"/g, '\u201c$1\u201d').replace(/'/g, '\u2019');
const straight = (t: string) => t.replace(/[\u201c\u201d]/g, '"').replace(/[\u2018\u2019]/g, "'");
const ad = (i: number) =>
  `<div class="ad-slot"><span>Advertisement</span><a href="/ads/${i}">Buy one, get one free on all garden furniture this weekend only</a></div>`;
const oddSpace = (t: string) =>
  `<p>\n\t${t.replace(/ /g, (_m, i: number) => (i % 3 === 0 ? '\u00a0' : i % 5 === 0 ? ' \n   ' : ' '))}\n</p>`;
const divs = (t: string) => `<div class="body-text">${t}</div><div class="spacer"></div>`;

/** Leading paragraphs up to and including the second long one: a teaser before a sign-in wall. */
function teaser(paragraphs: string[]): string[] {
  const out: string[] = [];
  let long = 0;
  for (const p of paragraphs) {
    out.push(p);
    if (p.length >= 100 && ++long === 2) break;
  }
  return out;
}

const WALL =
  '<div class="paywall"><h2>Subscribe to keep reading</h2><p>Sign in or create a free account to read the ' +
  'rest.</p></div>';

describe.each(ARTICLES)('copies of %s', (id) => {
  const paragraphs = paragraphsOf(stories, id);
  const expectMatch = (html: string) => {
    const match = recognise(snapshotOf(html), index);
    expect(match?.article).toBe(id);
    expect(match?.revision).toBe(REVISION[id] ?? null);
    expect(match?.method).toBe('text');
    return match;
  };

  test('another site layout with navigation and related links', () => {
    expectMatch(newsPage(paragraphs, { title: 'A different headline' }));
  });
  test('words split by inline markup', () => {
    expectMatch(newsPage(paragraphs, { paragraph: splitWords }));
  });
  test('curly quotes, or straight ones', () => {
    expectMatch(newsPage(paragraphs.map(curly)));
    expectMatch(newsPage(paragraphs.map(straight)));
  });
  test('ads between paragraphs', () => {
    expectMatch(newsPage(paragraphs, { between: ad }));
  });
  test('odd whitespace and no-break spaces', () => {
    expectMatch(newsPage(paragraphs, { paragraph: oddSpace }));
  });
  test('paragraphs as bare divs', () => {
    expectMatch(newsPage(paragraphs, { paragraph: divs }));
  });
  test('the ending trimmed to 60%', () => {
    expectMatch(newsPage(paragraphs.slice(0, Math.ceil(paragraphs.length * 0.6))));
  });
  test('a dateline added in front', () => {
    const [first = '', ...rest] = paragraphs;
    expectMatch(newsPage([`PARIS (AFP) - ${first}`, ...rest]));
  });
});

describe('teasers behind a sign-in wall', () => {
  test.each(['afp', 'globalpost', 'france24', 'cnn-r2'])('%s: the first paragraphs are enough', (id) => {
    const match = recognise(snapshotOf(newsPage(teaser(paragraphsOf(stories, id)), { after: WALL })), index);
    expect(match?.article).toBe(id);
  });

  test('cnn-r1: its lead is the same in both revisions, so the article is answered, revision unknown, less surely', () => {
    const full = recognise(snapshotOf(newsPage(paragraphsOf(stories, 'cnn-r2'))), index);
    const lead = recognise(snapshotOf(newsPage(teaser(paragraphsOf(stories, 'cnn-r1')), { after: WALL })), index);
    expect(lead).toMatchObject({ article: 'cnn-r2', revision: null, method: 'text' });
    expect(lead?.score).toBeLessThan(full?.score ?? 0);
  });

  test('cnn-r1 with a third paragraph: text of its own decides the revision', () => {
    const paragraphs = paragraphsOf(stories, 'cnn-r1');
    const later = new Set(paragraphsOf(stories, 'cnn-r2').map(normaliseText));
    const distinct = paragraphs.filter((p) => !later.has(normaliseText(p)));
    expect(distinct.length).toBeGreaterThan(0);
    const page = newsPage([...teaser(paragraphs), distinct[0] ?? ''], { after: WALL });
    expect(recognise(snapshotOf(page), index)?.article).toBe('cnn-r1');
  });
});
