// Sanity of the recognition fixture corpus, the offline news sites, and the script that adds fixtures.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, test } from 'vitest';
import { addFixture, parseArgs, parseExpect, validSlug } from '../../scripts/add-fixture';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const PAGES = join(FIXTURES, 'pages');
const SITES = join(FIXTURES, 'sites');
const STORY = 'mali-offensive-2013';
/** The five indexed articles and the revision each must be recognised as. */
const ARTICLES: Record<string, number | null> = {
  'cnn-r1': 1,
  'cnn-r2': 2,
  afp: null,
  globalpost: null,
  france24: null,
};

interface Expected {
  url: string | null;
  match: { story: string; article: string; revision: number | null } | null;
  /** Pages that are no indexed article may say whether they report a story (an event match). */
  event?: { story: string } | null;
}

const slugs = readdirSync(PAGES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const expected = new Map<string, Expected>(
  slugs.map((slug) => [slug, JSON.parse(readFileSync(join(PAGES, slug, 'expected.json'), 'utf8')) as Expected]),
);
const matching = slugs.filter((s) => expected.get(s)?.match);
const nonMatching = slugs.filter((s) => expected.get(s)?.match === null);

describe('recognition fixture corpus', () => {
  test('has at least 35 pages that must match and 35 that must not', () => {
    expect(matching.length).toBeGreaterThanOrEqual(35);
    expect(nonMatching.length).toBeGreaterThanOrEqual(35);
    expect(matching.length + nonMatching.length).toBe(slugs.length);
  });

  test.each(slugs)('%s: expected.json has the fixture shape', (slug) => {
    const e = expected.get(slug) as Expected;
    expect([
      ['match', 'url'],
      ['event', 'match', 'url'],
    ]).toContainEqual(Object.keys(e).sort());
    if (e.event) {
      expect(Object.keys(e.event)).toEqual(['story']);
      expect(e.event.story).toBe(STORY);
      expect(e.match, 'an event match is of a page that is no indexed article').toBeNull();
    }
    expect(validSlug(slug)).toBe(true);
    if (e.url !== null) {
      expect(typeof e.url).toBe('string');
      expect(URL.canParse(e.url)).toBe(true);
    }
    if (e.match !== null) {
      expect(Object.keys(e.match).sort()).toEqual(['article', 'revision', 'story']);
      expect(e.match.story).toBe(STORY);
      expect(Object.keys(ARTICLES)).toContain(e.match.article);
      // A revised article's page names its revision, or null where its text cannot tell the revisions apart.
      const revision = ARTICLES[e.match.article] ?? null;
      expect(revision === null ? [null] : [revision, null]).toContain(e.match.revision);
    }
  });

  test.each(slugs)('%s: page.html is a full HTML document', (slug) => {
    const html = readFileSync(join(PAGES, slug, 'page.html'), 'utf8');
    expect(html.length).toBeGreaterThan(0);
    expect(html).toMatch(/<body[\s>]/i);
    const { document } = parseHTML(html);
    expect(document.body).toBeTruthy();
    // A page that must match carries article text; only non-matching pages may be empty.
    if (expected.get(slug)?.match) expect((document.body.textContent ?? '').trim().length).toBeGreaterThan(500);
  });

  test('covers every article, both CNN revisions, unknown addresses and archive copies', () => {
    const perArticle = new Map<string, number>();
    for (const s of matching) {
      const article = expected.get(s)?.match?.article as string;
      perArticle.set(article, (perArticle.get(article) ?? 0) + 1);
    }
    for (const article of Object.keys(ARTICLES)) expect(perArticle.get(article) ?? 0).toBeGreaterThanOrEqual(5);
    expect(matching.some((s) => expected.get(s)?.url === null)).toBe(true);
    expect(matching.some((s) => expected.get(s)?.url?.startsWith('https://web.archive.org/web/'))).toBe(true);
    expect(matching.some((s) => /^https:\/\/archive\.(ph|today|is)\/\w+$/.test(expected.get(s)?.url ?? ''))).toBe(true);
  });
});

interface SiteEntry {
  host: string;
  path: string;
  file: string;
  article: string | null;
  kind: string;
  title: string;
}

describe('offline news sites', () => {
  const sites = JSON.parse(readFileSync(join(SITES, 'sites.json'), 'utf8')) as SiteEntry[];

  test('every entry names an existing page with a working page script', () => {
    expect(sites.length).toBeGreaterThanOrEqual(10);
    for (const site of sites) {
      expect(site.path.startsWith('/'), site.path).toBe(true);
      expect([
        'story',
        'ordinary',
        'republished',
        'archive',
        'dynamic',
        'hostile',
        'event',
        'near-miss',
        'comparison',
      ]).toContain(site.kind);
      // Ordinary pages, other outlets' reports of the story, near misses and reports of an event the index does not
      // know are none of the indexed articles.
      expect(
        site.article === null
          ? ['ordinary', 'event', 'near-miss', 'comparison'].includes(site.kind)
          : site.article in ARTICLES,
        site.file,
      ).toBe(true);
      const html = readFileSync(join(SITES, site.file), 'utf8');
      expect(html).toMatch(/<body[\s>]/i);
      expect(html).toContain('window.__pageScriptOk = true');
      // Self-contained: no remote scripts, images, style sheets or fonts.
      expect(html, site.file).not.toMatch(
        /<script[^>]+src=|<img[^>]+src="https?:|<link[^>]+rel="stylesheet"|@import|url\(\s*['"]?https?:/i,
      );
    }
  });

  test('serves every indexed article under its publisher address', () => {
    const at = (host: string, path: string) => sites.find((s) => s.host === host && s.path === path)?.article;
    expect(at('www.cnn.com', '/2013/02/06/world/africa/mali-conflict/index.html')).toBe('cnn-r2');
    expect(at('edition.cnn.com', '/2013/02/06/world/africa/mali-conflict/index.html')).toBe('cnn-r2');
    expect(at('www.astroawani.com', '/berita-dunia/hundreds-rebels-killed-france-leave-mali-march-6430')).toBe('afp');
    expect(at('www.pri.org', '/stories/2013-02-06/mali-real-war-says-france-defense-minister')).toBe('globalpost');
    expect(at('www.france24.com', '/en/20130206-france-plans-withdraw-troops-mali-march')).toBe('france24');
    expect(sites.find((s) => s.host === 'web.archive.org')?.article).toBe('cnn-r1');
  });
});

describe('add-fixture', () => {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });

  test('parses expectations and rejects malformed ones', () => {
    expect(parseExpect('mali-offensive-2013/cnn-r2/2')).toEqual({
      story: 'mali-offensive-2013',
      article: 'cnn-r2',
      revision: 2,
    });
    expect(parseExpect('mali-offensive-2013/afp')).toEqual({
      story: 'mali-offensive-2013',
      article: 'afp',
      revision: null,
    });
    expect(() => parseExpect('mali-2013')).toThrow();
    expect(() => parseExpect('mali-offensive-2013/cnn-r2/0')).toThrow();
    expect(() => parseExpect('mali-offensive-2013/cnn-r2/two')).toThrow();
  });

  test('validates slugs and the command line', () => {
    expect(validSlug('afp-news24-trimmed')).toBe(true);
    for (const bad of ['', 'Has-Caps', 'two--hyphens', '-lead', 'trail-', 'dots.in', '../up'])
      expect(validSlug(bad)).toBe(false);
    expect(parseArgs(['x-1', 'p.html', '--url', 'https://a.example/', '--expect-null'])).toEqual({
      slug: 'x-1',
      page: 'p.html',
      expected: { url: 'https://a.example/', match: null },
      force: false,
    });
    expect(() => parseArgs(['x-1', 'p.html'])).toThrow(/--expect/);
    expect(() => parseArgs(['x-1', 'p.html', '--expect-null', '--expect', 'a/b'])).toThrow();
    expect(() => parseArgs(['x-1', 'p.html', '--expect-null', '--url', 'not an address'])).toThrow();
    expect(() => parseArgs(['Bad Slug', 'p.html', '--expect-null'])).toThrow(/slug/);
  });

  test('writes page and expectation, and refuses an existing slug unless forced', () => {
    dir = mkdtempSync(join(tmpdir(), 'fixtures-'));
    const page = join(dir, 'saved.html');
    writeFileSync(page, '<!DOCTYPE html><html><body><p>Hello</p></body></html>');
    const options = parseArgs(['new-page', page, '--expect', 'mali-offensive-2013/afp']);
    const out = addFixture(options, dir);
    expect(readFileSync(join(out, 'page.html'), 'utf8')).toContain('<p>Hello</p>');
    expect(JSON.parse(readFileSync(join(out, 'expected.json'), 'utf8'))).toEqual({
      url: null,
      match: { story: 'mali-offensive-2013', article: 'afp', revision: null },
    });
    expect(() => addFixture(options, dir as string)).toThrow(/exists/);
    expect(() => addFixture({ ...options, force: true }, dir as string)).not.toThrow();
    writeFileSync(page, 'just text');
    expect(() => addFixture({ ...options, slug: 'no-body' }, dir as string)).toThrow(/<body>/);
    expect(existsSync(join(dir, 'no-body'))).toBe(false);
  });
});
