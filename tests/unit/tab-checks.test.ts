import { expect, test } from 'vitest';
import { isCheckable } from '../../entrypoints/background/tab-checks';

test.each([
  ['https://www.example.org/news/1', true],
  ['http://news.yahoo.com/a.html', true],
  ['file:///home/reader/saved.html', true],
  ['chrome://extensions/', false],
  ['about:debugging', false],
  ['moz-extension://abc/popup.html', false],
  ['chrome-extension://abc/popup.html', false],
  ['view-source:https://www.cnn.com/', false],
  ['https://chromewebstore.google.com/detail/x', false],
  ['https://addons.mozilla.org/en-US/firefox/', false],
  [undefined, false],
])('%s can be checked: %s', (url, expected) => {
  expect(isCheckable(url)).toBe(expected);
});
