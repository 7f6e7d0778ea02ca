// Catalog entries carry what the lists of stories show without any story file: each article's publication day,
// revision and a web archive's copy among its addresses (never an AMP cache's or the publisher's own).
import { describe, expect, test } from 'vitest';
import { archivedCopy, catalogEntry } from '../../../lib/story/catalog';
import type { RuntimeStory } from '../../../lib/story/runtime-types';

describe('archivedCopy', () => {
  test.each([
    [
      [
        'https://web.archive.org/web/20130206093000/http://www.cnn.com/2013/02/06/world/africa/mali-conflict/index.html',
      ],
      true,
    ],
    [['https://archive.ph/2013.02.06-093000/http://www.cnn.com/a.html'], true],
    [['https://www.cnn.com/2013/02/06/world/africa/mali-conflict/index.html'], false],
    [['https://www-cnn-com.cdn.ampproject.org/c/s/www.cnn.com/a.amp.html'], false],
    [['https://www.google.com/amp/s/www.cnn.com/a.amp.html'], false],
    // An archive's short id names no original address: it is not known to be a copy of this text.
    [['https://archive.ph/AbC12'], false],
    [['not an address', 'javascript:alert(1)'], false],
  ])('%j → archived copy: %s', (urls, expected) => {
    expect(archivedCopy(urls)).toBe(expected ? urls[0] : null);
  });

  test('the first archived copy among the addresses, after the publisher’s own', () => {
    const urls = [
      'https://www.cnn.com/a.html',
      'https://web.archive.org/web/2013/https://www.cnn.com/a.html',
      'https://archive.ph/newest/https://www.cnn.com/a.html',
    ];
    expect(archivedCopy(urls)).toBe(urls[1]);
  });
});

test('a catalog entry names each article’s day, revision and archived copy, and counts facts and disputes', () => {
  const story = {
    id: 'demo',
    title: 'Demo',
    summary: 'What happened.',
    dates: { start: '2020-01-01', end: '2020-01-02' },
    articles: [
      {
        id: 'a1',
        publisher: 'Paper',
        wire: null,
        site: null,
        headline: 'H',
        url: 'https://paper.example/a',
        urls: ['https://paper.example/a', 'https://web.archive.org/web/2020/https://paper.example/a'],
        published: '2020-01-01',
        updated: null,
        revision: { group: 'g', number: 1 },
        language: 'en',
        text: 'x',
      },
      {
        id: 'w',
        publisher: 'Wire',
        wire: 'Wire',
        site: 'unknown',
        headline: null,
        url: null,
        urls: [],
        published: null,
        updated: null,
        revision: null,
        language: 'en',
        text: 'y',
      },
    ],
    facts: [{ status: 'disputed' }, { status: 'consistent' }, { status: 'disputed' }],
  } as unknown as RuntimeStory;
  const entry = catalogEntry(story, { kind: 'pack', pack: 'p' });
  expect(entry).toMatchObject({ facts: 3, disputed: 2, source: { kind: 'pack', pack: 'p' } });
  expect(entry.articles[0]).toMatchObject({
    published: '2020-01-01',
    revision: { group: 'g', number: 1 },
    archive: 'https://web.archive.org/web/2020/https://paper.example/a',
  });
  expect(entry.articles[1]).toMatchObject({ published: null, revision: null, archive: null, url: null });
  expect(JSON.stringify(entry)).not.toContain('"text"');
});
