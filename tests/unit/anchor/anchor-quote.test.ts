// Anchoring a claim figure in a page: exact, disambiguated, split by markup, folded, approximate, absent, outside root.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { anchorFigure } from '../../../lib/anchor/anchor-quote';
import { buildTextMap } from '../../../lib/anchor/text-map';
import { pageOf, quoteOf } from './quote-of';

const seeds = '/work/shared/seeds/';
const cnn = readFileSync(`${seeds}000_996d9f502adc0b34.txt`, 'utf8');
const globalPost = readFileSync(`${seeds}003_d9c45748f088204d.txt`, 'utf8');

/** The seed text as an article page: one <p> per non-empty line, inside <article>, with a nav and a teaser around. */
function articlePage(text: string, teaser = ''): Document {
  const paras = text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join('\n');
  return pageOf(`<nav>Home World</nav><article id="story">${paras}</article><div class="teasers">${teaser}</div>`);
}
function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
function article(doc: Document): Element {
  return doc.getElementById('story')!;
}

describe('anchorFigure', () => {
  test('finds an exact quote and returns a range over just the figure', () => {
    const doc = articlePage(cnn);
    const claim = quoteOf(cnn, 'France says it has 4,000 soldiers in Mali.', '4,000');
    const range = anchorFigure(article(doc), claim);
    expect(range?.toString()).toBe('4,000');
    expect(range!.startContainer.textContent).toContain('France says it has 4,000 soldiers');
  });

  test('uses prefix and suffix to pick the right one of a repeated figure', () => {
    const doc = articlePage(globalPost);
    const para = globalPost.split('\n').find((l) => l.startsWith('With 4,000 troops'))!;
    const second = quoteOf(globalPost, '4,000 troops', '4,000', 1);
    const first = quoteOf(globalPost, '4,000 troops', '4,000', 0);
    const r2 = anchorFigure(article(doc), second)!;
    const r1 = anchorFigure(article(doc), first)!;
    expect(r2.toString()).toBe('4,000');
    expect(r2.startOffset).toBe(para.indexOf("France's 4,000") + "France's ".length);
    expect(r1.startOffset).toBe(para.indexOf('4,000'));
  });

  test('follows a figure split by inline markup', () => {
    const doc = pageOf(
      '<article id="story"><p>France says it has 4,<b>000</b> soldiers in <a href="#">Mali</a>.</p></article>',
    );
    const claim = quoteOf(cnn, 'France says it has 4,000 soldiers in Mali.', '4,000');
    const range = anchorFigure(article(doc), claim)!;
    expect(range.toString()).toBe('4,000');
    expect(range.startContainer).not.toBe(range.endContainer);
    expect(range.endContainer.parentNode?.nodeName).toBe('B');
  });

  test('tolerates &nbsp;, newlines and runs of spaces', () => {
    const doc = pageOf(
      '<article id="story"><p>France says it\n   has&nbsp;4,000\n\t soldiers   in Mali.</p></article>',
    );
    const range = anchorFigure(article(doc), quoteOf(cnn, 'France says it has 4,000 soldiers in Mali.', '4,000'));
    expect(range?.toString()).toBe('4,000');
  });

  test('matches curly quotes in the quote against straight quotes in the page, and dashes', () => {
    const exact = '“the number of French troops should fall.”';
    const claim = quoteOf(globalPost, exact, 'fall');
    const doc = pageOf(
      `<article id="story"><p>Laurent Fabius said in an interview that, starting in March, "the number of French troops should fall."</p></article>`,
    );
    expect(anchorFigure(article(doc), claim)?.toString()).toBe('fall');
    const dashed = pageOf('<article id="story"><p>The toll rose to 11 – and then 12.</p></article>');
    const dashClaim = {
      quote: { exact: 'rose to 11 - and then 12', prefix: 'The toll ', suffix: '.' },
      figure: { start: 8, end: 10 },
    };
    expect(anchorFigure(article(dashed), dashClaim)?.toString()).toBe('11');
  });

  test('finds a slightly edited quote by approximate match and re-finds the figure in it', () => {
    const doc = articlePage(cnn);
    const edited = {
      quote: { exact: 'France says it now has 4,000 soldiers in Mali.', prefix: '', suffix: '' },
      figure: { start: 23, end: 28 },
    };
    const range = anchorFigure(article(doc), edited);
    expect(range?.toString()).toBe('4,000');
    expect(range!.startContainer.textContent).toContain('France says it has 4,000 soldiers in Mali.');
  });

  test('returns null when the figure itself differs in the page, rather than marking another number', () => {
    const doc = pageOf('<article id="story"><p>France says it has 3,500 soldiers in Mali.</p></article>');
    expect(anchorFigure(article(doc), quoteOf(cnn, 'France says it has 4,000 soldiers in Mali.', '4,000'))).toBeNull();
  });

  test('reads a quote that spans two paragraphs across the block boundary', () => {
    const doc = articlePage(globalPost);
    const claim = quoteOf(globalPost, 'said on Wednesday.\n\nWith 4,000 troops', '4,000');
    const range = anchorFigure(article(doc), claim);
    expect(range?.toString()).toBe('4,000');
    expect(range!.startContainer.textContent).toMatch(/^With 4,000 troops/);
  });

  test('returns null for a quote that is not in the page', () => {
    const doc = articlePage(globalPost);
    const claim = {
      quote: { exact: 'Nearly 4,000 French troops are currently deployed in Mali', prefix: '', suffix: '' },
      figure: { start: 7, end: 12 },
    };
    expect(anchorFigure(article(doc), claim)).toBeNull();
  });

  test('ignores a quote that is only in a teaser outside the root', () => {
    const claim = quoteOf(cnn, 'France says it has 4,000 soldiers in Mali.', '4,000');
    const doc = articlePage(globalPost, '<p>France says it has 4,000 soldiers in Mali.</p>');
    expect(anchorFigure(article(doc), claim)).toBeNull();
    // The same quote is found once the teaser is within the root, so the null above is the root's doing.
    expect(anchorFigure(doc.body, claim)?.toString()).toBe('4,000');
  });

  test('ignores text in <script>, <nav>, <aside> and hidden subtrees inside the root', () => {
    const claim = quoteOf(cnn, 'France says it has 4,000 soldiers in Mali.', '4,000');
    for (const wrap of [
      '<script>var s = "France says it has 4,000 soldiers in Mali.";</script>',
      '<nav>France says it has 4,000 soldiers in Mali.</nav>',
      '<aside>France says it has 4,000 soldiers in Mali.</aside>',
      '<div hidden>France says it has 4,000 soldiers in Mali.</div>',
      '<div aria-hidden="true">France says it has 4,000 soldiers in Mali.</div>',
    ]) {
      const doc = pageOf(`<article id="story"><p>Intro.</p>${wrap}</article>`);
      expect(anchorFigure(article(doc), claim), wrap).toBeNull();
    }
    // A script between the figure's characters does not break it apart.
    const split = pageOf(
      '<article id="story"><p>France says it has 4,0<script>x=1</script>00 soldiers in Mali.</p></article>',
    );
    const range = anchorFigure(article(split), claim)!;
    expect(range.startContainer.textContent?.slice(range.startOffset)).toBe('4,0');
    expect(range.endContainer.textContent?.slice(0, range.endOffset)).toBe('00');
  });

  test('does not change the document', () => {
    const doc = articlePage(globalPost, '<p>teaser</p>');
    const before = doc.documentElement.outerHTML;
    const map = buildTextMap(article(doc));
    const claims = [quoteOf(globalPost, '4,000 troops', '4,000', 1), quoteOf(globalPost, '11 Malian soldiers', '11')];
    for (const c of claims) expect(anchorFigure(article(doc), c, map)).not.toBeNull();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
