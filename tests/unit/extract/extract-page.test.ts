import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { findArticleRoot } from '../../../lib/extract/article-root';
import { blockText } from '../../../lib/extract/block-text';
import { beginExtract, extractPage } from '../../../lib/extract/extract-page';
import { mayBeArticle } from '../../../lib/extract/quick-gate';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const PROSE = 'French-led forces have killed hundreds of rebels fighting to reclaim northern Mali, the ministry said.';

const ARTICLE_PAGE = `<!doctype html><html><head>
<link rel="canonical" href="/2013/02/06/world/africa/mali-conflict/index.html">
<meta property="og:url" content="https://edition.cnn.com/2013/02/06/world/africa/mali-conflict/index.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"https://www.cnn.com/a","mainEntityOfPage":{"@id":"https://www.cnn.com/b"}}</script>
<script type="application/ld+json">{"@graph":[{"@type":"WebPage","url":"https://www.cnn.com/c"},{"@type":"ItemList","itemListElement":[{"@type":"ListItem","url":"https://www.cnn.com/other-story"}]}]}</script>
<script type="application/ld+json">{ not json</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>French troops kill hundreds</h1><div class="body">
<p>A monthlong French offensive has killed <b>hun</b>dreds of Islamist <a href="/x">fighters</a> in Mali, the minister said.</p>
<div class="ad">Advertisement</div>
<p>French Defense Minister Jean-Yves Le Drian gave the number<br>of casualties to CNN affiliate BFM on Tuesday night.</p>
<p hidden>Hidden text must not be read.</p><p style="display: none">Nor this.</p><script>var x = "script text";</script>
<p>Troops are working to secure Kidal, the last major city under the grip of militants, officials said.</p>
</div></article>
<aside><ul><li><a href="/r1">Related story one with a long enough title to count as prose</a></li></ul></aside>
<footer><p>Copyright notice and terms of service for this website and its content.</p></footer></body></html>`;

describe('blockText', () => {
  test('joins inline markup without inventing spaces and breaks between blocks', () => {
    const { document } = parseHTML(
      '<div><p>killed <b>hun</b>dreds<i> of</i> fighters</p><p>second\n  block</p>a<br>b</div>',
    );
    expect(blockText(document as unknown as Node)).toBe('killed hundreds of fighters\n\nsecond block\n\na\n\nb');
  });

  test('skips scripts, styles, hidden elements, navigation and asides', () => {
    const text = blockText(doc(ARTICLE_PAGE).body);
    expect(text).not.toMatch(/script text|Hidden text|Nor this|Home|Related story/);
    expect(text).toContain('killed hundreds of Islamist fighters in Mali');
  });
});

describe('extractPage', () => {
  test('reads the addresses: canonical and og:url resolved, JSON-LD of the page itself only', () => {
    const page = extractPage(
      doc(ARTICLE_PAGE),
      'https://www.cnn.com/2013/02/06/world/africa/mali-conflict/index.html?x=1',
    );
    expect(page.url).toBe('https://www.cnn.com/2013/02/06/world/africa/mali-conflict/index.html?x=1');
    expect(page.canonical).toBe('https://www.cnn.com/2013/02/06/world/africa/mali-conflict/index.html');
    expect(page.ogUrl).toBe('https://edition.cnn.com/2013/02/06/world/africa/mali-conflict/index.html');
    expect(page.jsonLdUrls).toEqual(['https://www.cnn.com/a', 'https://www.cnn.com/b', 'https://www.cnn.com/c']);
  });

  test('reads the headline and the publication day from the same JSON-LD, else the page', () => {
    const dated = ARTICLE_PAGE.replace(
      '"@type":"NewsArticle",',
      '"@type":"NewsArticle","headline":"France says hundreds killed","datePublished":"2013-02-06T09:12:00Z",',
    );
    expect(extractPage(doc(dated), 'https://www.cnn.com/x')).toMatchObject({
      headline: 'France says hundreds killed',
      published: '2013-02-06',
    });
    // No JSON-LD headline or date: the article's <h1>, and no day.
    expect(extractPage(doc(ARTICLE_PAGE), 'https://www.cnn.com/x')).toMatchObject({
      headline: 'French troops kill hundreds',
      published: null,
    });
  });

  test('reads the article paragraphs, not the page around them', () => {
    const { text } = extractPage(doc(ARTICLE_PAGE), 'https://www.cnn.com/x');
    expect(text.split('\n\n')).toEqual([
      'A monthlong French offensive has killed hundreds of Islamist fighters in Mali, the minister said.',
      'Advertisement',
      'French Defense Minister Jean-Yves Le Drian gave the number',
      'of casualties to CNN affiliate BFM on Tuesday night.',
      'Troops are working to secure Kidal, the last major city under the grip of militants, officials said.',
    ]);
  });

  test('gives nulls and empty text for a bare page, and survives a relative URL it cannot resolve', () => {
    const page = extractPage(
      doc('<html><head><link rel="canonical" href="/x"></head><body></body></html>'),
      'not-a-url',
    );
    expect(page).toEqual({
      url: 'not-a-url',
      canonical: null,
      ogUrl: null,
      jsonLdUrls: [],
      text: '',
      headline: null,
      published: null,
    });
  });

  test('is read-only: the document serialises the same before and after', () => {
    const d = doc(ARTICLE_PAGE);
    const before = d.documentElement.outerHTML;
    extractPage(d, 'https://www.cnn.com/x');
    findArticleRoot(d);
    mayBeArticle(d);
    expect(d.documentElement.outerHTML).toBe(before);
  });
});

describe('in another DOM implementation', () => {
  test('happy-dom reads the same snapshot as linkedom from a saved story page', () => {
    const html = readFileSync(join(import.meta.dirname, '../../fixtures/sites/www.cnn.com/mali-conflict.html'), 'utf8');
    const url = 'https://www.cnn.com/2013/02/06/world/africa/mali-conflict/index.html';
    const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
    window.document.write(html);
    const happy = extractPage(window.document as unknown as Document, url);
    expect(happy).toEqual(extractPage(doc(html), url));
    expect(happy.text).toMatch(/killed .hundreds. of Islamist fighters/);
  });
});

describe('findArticleRoot', () => {
  test('finds the element holding the article, widened to its <article> for the headline', () => {
    expect(findArticleRoot(doc(ARTICLE_PAGE))?.localName).toBe('article');
    const bare = doc(
      `<body><div id="list"><p><a href="/1">${PROSE}</a></p></div><div id="main"><p>${PROSE}</p><p>${PROSE}</p></div></body>`,
    );
    expect(findArticleRoot(bare)?.id).toBe('main');
  });

  test('is not drawn to a long comment thread or a sidebar', () => {
    const comments = `<li class="comment"><p>${PROSE} ${PROSE}</p></li>`.repeat(40);
    const page = doc(
      `<body><div id="story"><p>${PROSE}</p><p>${PROSE}</p></div><section id="comments"><ol>${comments}</ol></section><aside><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></aside></body>`,
    );
    expect(findArticleRoot(page)?.id).toBe('story');
  });

  test('finds none on a page without prose', () => {
    const page = doc(`<body><ul>${'<li><a href="/s">A headline about something</a></li>'.repeat(30)}</ul></body>`);
    expect(findArticleRoot(page)).toBeNull();
  });
});

describe('mayBeArticle', () => {
  test('passes pages that declare an article or show prose', () => {
    expect(mayBeArticle(doc('<head><meta property="og:type" content="Article"></head><body></body>'))).toBe(true);
    expect(mayBeArticle(doc('<body><article><h1>x</h1></article></body>'))).toBe(true);
    expect(
      mayBeArticle(
        doc('<head><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body></body>'),
      ),
    ).toBe(true);
    expect(mayBeArticle(doc(`<body><div><p>${PROSE} ${PROSE}</p><p>${PROSE} ${PROSE}</p></div></body>`))).toBe(true);
  });

  test('fails ordinary pages: link lists, short paragraphs, other structured data', () => {
    const front = `<head><meta property="og:type" content="website"><script type="application/ld+json">{"@type":"WebSite"}</script></head>
<body><ul>${'<li><a href="/s">A headline about something</a><p>Short teaser.</p></li>'.repeat(50)}</ul><p>${PROSE} ${PROSE}</p></body>`;
    expect(mayBeArticle(doc(front))).toBe(false);
    const cards = `<body>${'<article class="card"><h3><a href="/s">A headline</a></h3><p>Short teaser.</p></article>'.repeat(
      30,
    )}</body>`;
    expect(mayBeArticle(doc(cards))).toBe(false);
  });
});

describe('page furniture', () => {
  const P1 =
    'French-led forces have killed hundreds of rebels fighting to reclaim northern Mali, the ministry said on Tuesday.';
  const P2 =
    'Nearly 4,000 French troops are currently deployed in Mali, and Paris wants African troops to take over soon.';

  test('recognition text leaves out the headline, captions and credits, link lines and modal walls', () => {
    const page = doc(`<body><article><h1>Rebels killed, France to leave</h1><div class="story">
<figure><img src="/a.jpg" alt=""><figcaption>A child leads a donkey cart past a burnt vehicle in the town. <span>Photo: Agency</span></figcaption></figure>
<p class="image-caption">Soldiers on patrol near the northern town on Monday, seen from a helicopter.</p><p class="photo-credit">Staff Photographer</p>
<p class="promo"><a href="/x">Read a version of this story in Arabic.</a></p>
<p>${P1}</p><p>Read more: <a href="/y">French leader makes jubilant trip to the region</a></p><p>${P2}</p>
<ul><li><a href="/r">A related story with a long title about something else</a></li></ul>
<div role="dialog"><p>Subscribe to keep reading every story on every device, cancel at any time.</p></div>
</div></article></body>`);
    expect(extractPage(page, 'https://x.test/a').text).toBe(`${P1}\n\n${P2}`);
  });

  test('keeps prose with a link in it, and a wrapper named for captions that holds paragraphs', () => {
    const page = doc(
      `<body><div class="story-with-captions"><p>${P1.replace('rebels', '<a href="/r">rebels</a>')}</p><p>${P2}</p></div></body>`,
    );
    expect(extractPage(page, 'https://x.test/a').text).toBe(`${P1}\n\n${P2}`);
  });

  test('blockText alone still reads every visible block', () => {
    const { document } = parseHTML(
      '<div><h1>Headline</h1><figure><figcaption>Caption</figcaption></figure><p><a href="/">Link line</a></p></div>',
    );
    expect(blockText(document as unknown as Node)).toBe('Headline\n\nCaption\n\nLink line');
  });
});

describe('reading in two steps', () => {
  const URL = 'https://www.cnn.com/2013/02/06/world/africa/mali-conflict/index.html';

  test('the first step reads the addresses and metadata: what changes after it is not read again', () => {
    const page = doc(ARTICLE_PAGE);
    const finish = beginExtract(page, URL);
    const before = extractPage(doc(ARTICLE_PAGE), URL);
    page.querySelector('link[rel~="canonical"]')?.remove();
    page.querySelector('meta[property="og:url"]')?.remove();
    for (const script of page.querySelectorAll('script[type="application/ld+json"]')) script.remove();
    const read = finish();
    expect(before.canonical).not.toBeNull();
    expect(before.jsonLdUrls.length).toBeGreaterThan(0);
    expect({ ...read, text: '' }).toEqual({ ...before, text: '' });
  });

  test('reads the container found in the first step, with the text it holds at the second', () => {
    const page = doc(ARTICLE_PAGE);
    const finish = beginExtract(page, URL);
    const last = page.querySelectorAll('article p');
    last[last.length - 1]!.textContent = 'Troops reached Kidal on Wednesday, officials said.';
    expect(finish().text).toContain('Troops reached Kidal on Wednesday, officials said.');
    expect(finish().text).not.toContain('the last major city');
  });
});
