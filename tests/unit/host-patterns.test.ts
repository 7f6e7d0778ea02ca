import { describe, expect, test } from 'vitest';
import {
  contentScriptMatches,
  grantedSitePatterns,
  siteMatchPattern,
  siteOfAddress,
} from '../../lib/permissions/host-patterns';

describe('siteMatchPattern', () => {
  test.each([
    ['www.cnn.com', '*://*.cnn.com/*'],
    ['edition.cnn.com', '*://*.cnn.com/*'],
    ['amp.cnn.com', '*://*.cnn.com/*'],
    ['www.france24.com', '*://*.france24.com/*'],
    ['WWW.PRI.ORG.', '*://*.pri.org/*'],
    ['cnn.com', '*://*.cnn.com/*'],
    ['news.bbc.co.uk', '*://*.news.bbc.co.uk/*'],
  ])('%s → %s', (host, pattern) => {
    expect(siteMatchPattern(host)).toBe(pattern);
  });
});

test('contentScriptMatches merges sibling hosts and adds the archives', () => {
  const matches = contentScriptMatches(['www.cnn.com', 'edition.cnn.com', 'www.pri.org']);
  expect(matches).toContain('*://*.cnn.com/*');
  expect(matches).toContain('*://*.pri.org/*');
  expect(matches).toContain('*://web.archive.org/*');
  expect(matches).toContain('*://archive.ph/*');
  expect(matches.filter((m) => m.includes('cnn'))).toHaveLength(1);
  expect(matches).toEqual([...matches].sort());
});

describe('story pack site access', () => {
  test('a pack asks for its sites as site patterns, and gives back only what nothing else needs', async () => {
    const { packSitePatterns, unusedPackPatterns } = await import('../../lib/permissions/host-patterns');
    expect(packSitePatterns(['www.cnn.com', 'edition.cnn.com', 'news.yahoo.com'])).toEqual([
      '*://*.cnn.com/*',
      '*://*.news.yahoo.com/*',
    ]);
    expect(
      unusedPackPatterns(['www.cnn.com', 'news.yahoo.com', 'www.pri.org'], ['www.pri.org'], ['*://*.cnn.com/*']),
    ).toEqual(['*://*.news.yahoo.com/*']);
  });
});

describe('sites allowed one by one', () => {
  test('the site of a page as the popup offers it, for web pages with a name only', () => {
    expect(siteOfAddress('https://www.news.example/2013/02/06/story')).toEqual({
      host: 'news.example',
      pattern: '*://*.news.example/*',
    });
    expect(siteOfAddress('http://edition.cnn.com/x')).toEqual({ host: 'cnn.com', pattern: '*://*.cnn.com/*' });
    for (const other of [
      'file:///home/me/page.html',
      'about:blank',
      'https://localhost/x',
      'http://192.168.1.4/x',
      'http://[::1]/x',
      'not a url',
      undefined,
    ]) {
      expect(siteOfAddress(other)).toBeNull();
    }
  });

  test('granted sites are those outside the manifest, none while all sites are granted', () => {
    const manifest = ['*://*.cnn.com/*', '*://web.archive.org/*'];
    expect(
      grantedSitePatterns(
        ['*://*.news.example/*', '*://*.cnn.com/*', '*://web.archive.org/*', '*://*.a.example/*'],
        manifest,
      ),
    ).toEqual(['*://*.a.example/*', '*://*.news.example/*']);
    expect(grantedSitePatterns(['*://*/*', '*://*.news.example/*'], manifest)).toEqual([]);
    // Only whole-site patterns: anything narrower was not granted by Parallax's own requests.
    expect(grantedSitePatterns(['https://news.example/only/*'], manifest)).toEqual([]);
  });
});
