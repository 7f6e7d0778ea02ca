import { describe, expect, test } from 'vitest';
import { contentScriptMatches, siteMatchPattern } from '../../lib/permissions/host-patterns';

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
    expect(packSitePatterns(['www.cnn.com', 'edition.cnn.com', 'news.yahoo.com'])).toEqual(['*://*.cnn.com/*', '*://*.news.yahoo.com/*']);
    expect(unusedPackPatterns(['www.cnn.com', 'news.yahoo.com', 'www.pri.org'], ['www.pri.org'], ['*://*.cnn.com/*'])).toEqual(['*://*.news.yahoo.com/*']);
  });
});
