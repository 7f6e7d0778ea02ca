// What the lists of stories say about each story and article, read from catalog entries that may be old, damaged or
// hostile: nothing but a web address ever becomes a link, and an entry too damaged to list is left out.
import { describe, expect, test } from 'vitest';
import { disputedText, readCatalog, readCatalogEntry, siteLink, storyListing } from '../../../lib/ui/stories-model';

const entry = {
  id: 'demo',
  title: 'Floods in the valley',
  summary: 'Rivers rose.',
  dates: { start: '2021-07-14', end: '2021-07-16' },
  articles: [
    {
      id: 'p-r1',
      publisher: 'Paper',
      wire: null,
      site: null,
      headline: null,
      url: 'https://www.paper.example/floods',
      urls: [],
      published: '2021-07-15',
      revision: { group: 'g', number: 1 },
      archive: 'https://web.archive.org/web/2021/https://www.paper.example/floods',
    },
    {
      id: 'p-r2',
      publisher: 'Paper',
      wire: null,
      site: null,
      headline: 'Rivers burst their banks',
      url: 'https://www.paper.example/floods',
      urls: [],
      published: '2021-07-16T09:30:00+02:00',
      revision: { group: 'g', number: 2 },
      archive: null,
    },
    {
      id: 'wire',
      publisher: 'Wire',
      wire: 'Wire',
      site: 'unknown',
      headline: null,
      url: 'http://news.example/copy',
      urls: [],
      published: null,
      revision: null,
      archive: null,
    },
  ],
  facts: 12,
  disputed: 3,
  source: { kind: 'bundled' },
};

describe('storyListing', () => {
  test('dates, disputed facts, and per article: outlet, day, wire, where to read it, what replaced it', () => {
    const listing = storyListing(readCatalogEntry(entry, { kind: 'bundled' })!);
    expect(listing).toMatchObject({
      title: 'Floods in the valley',
      dates: '14–16 July 2021',
      disputedText: '3 of 12 facts disputed',
    });
    const [r1, r2, wire] = listing.articles;
    expect(r1).toMatchObject({
      outlet: 'Paper, revision 1',
      date: '15 July 2021',
      replacedBy: 'revision 2',
      read: { href: 'https://www.paper.example/floods', site: 'paper.example' },
      archive: { href: 'https://web.archive.org/web/2021/https://www.paper.example/floods', site: 'web.archive.org' },
    });
    expect(r2).toMatchObject({ outlet: 'Paper, revision 2', date: '16 July 2021', replacedBy: null, archive: null });
    expect(wire).toMatchObject({
      outlet: 'Wire',
      date: null,
      wireNote: 'Wire wire report; the publishing site is unknown',
      read: { site: 'news.example' },
    });
  });

  test.each([
    [0, 4, 'No fact disputed (4 facts)'],
    [1, 1, '1 of 1 fact disputed'],
    [2, 36, '2 of 36 facts disputed'],
  ])('%i disputed of %i: %s', (d, n, text) => expect(disputedText(d, n)).toBe(text));
});

describe('reading entries defensively', () => {
  test('an entry written before articles carried day, revision and archive still lists, without them', () => {
    const old = {
      ...entry,
      articles: entry.articles.map(({ published: _p, revision: _r, archive: _a, ...rest }) => rest),
    };
    const listing = storyListing(readCatalogEntry(old, { kind: 'pack', pack: 'class' })!);
    expect(listing.source).toEqual({ kind: 'pack', pack: 'class' });
    expect(listing.articles.map((a) => [a.outlet, a.date, a.archive, a.replacedBy])).toEqual([
      ['Paper', null, null, null],
      ['Paper', null, null, null],
      ['Wire', null, null, null],
    ]);
  });

  test('only web addresses become links', () => {
    expect(siteLink('javascript:alert(1)')).toBeNull();
    expect(siteLink('data:text/html,<p>x')).toBeNull();
    expect(siteLink('not a url')).toBeNull();
    expect(siteLink(42)).toBeNull();
    expect(siteLink('https://WWW.Example.org/a?b#c')).toEqual({
      href: 'https://www.example.org/a?b#c',
      site: 'example.org',
    });
    const hostile = {
      ...entry,
      articles: [{ ...entry.articles[0], url: 'javascript:alert(1)', archive: 'javascript:alert(2)' }],
    };
    expect(storyListing(readCatalogEntry(hostile, { kind: 'bundled' })!).articles[0]).toMatchObject({
      read: null,
      archive: null,
    });
  });

  test.each([
    ['no id', { ...entry, id: 7 }],
    ['no dates', { ...entry, dates: null }],
    ['articles not a list', { ...entry, articles: 'x' }],
    ['an article without a publisher', { ...entry, articles: [{ id: 'x' }] }],
    ['not an object', 'catalog'],
  ])('an entry with %s is left out', (_, value) => {
    expect(readCatalogEntry(value, { kind: 'bundled' })).toBeNull();
  });

  test('a catalog keeps the entries it can list, in order; anything else is an empty list', () => {
    expect(
      readCatalog({ format: 1, stories: [entry, { id: 'broken' }, { ...entry, id: 'second' }] }).map((s) => s.id),
    ).toEqual(['demo', 'second']);
    expect(readCatalog(null)).toEqual([]);
    expect(readCatalog({ stories: 'x' })).toEqual([]);
  });

  test('counts that are not counts read as zero', () => {
    expect(readCatalogEntry({ ...entry, facts: -1, disputed: 'many' }, { kind: 'bundled' })).toMatchObject({
      facts: 0,
      disputed: 0,
    });
  });
});
