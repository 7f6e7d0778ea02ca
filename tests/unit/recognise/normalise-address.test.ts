import { describe, expect, test } from 'vitest';
import { addressKey, unwrapArchive } from '../../../lib/address/normalise-address';

const CNN = 'https://www.cnn.com/2013/02/06/world/africa/mali-conflict/index.html';
const CNN_KEY = 'cnn.com/2013/02/06/world/africa/mali-conflict';
const F24 = 'http://www.france24.com/en/20130206-france-plans-withdraw-troops-mali-march';

describe('addressKey', () => {
  test.each([
    ['the publisher address', CNN],
    ['plain http', 'http://www.cnn.com/2013/02/06/world/africa/mali-conflict/index.html'],
    ['no www.', 'https://cnn.com/2013/02/06/world/africa/mali-conflict/index.html'],
    ['edition. host', 'http://edition.cnn.com/2013/02/06/world/africa/mali-conflict/index.html'],
    ['query string', `${CNN}?hpt=hp_t1&utm_source=feed`],
    ['fragment', `${CNN}#comments`],
    ['upper-case host', 'https://WWW.CNN.COM/2013/02/06/world/africa/mali-conflict/index.html'],
    ['directory form', 'https://www.cnn.com/2013/02/06/world/africa/mali-conflict/'],
    ['amp. host with site prefix', 'https://amp.cnn.com/cnn/2013/02/06/world/africa/mali-conflict/index.html'],
    ['.amp.html', 'https://www.cnn.com/2013/02/06/world/africa/mali-conflict/index.amp.html'],
    ['?amp=1', `${CNN}?amp=1`],
    ['/amp/ prefix', 'https://www.cnn.com/amp/2013/02/06/world/africa/mali-conflict/index.html'],
    ['/amp suffix', 'https://www.cnn.com/2013/02/06/world/africa/mali-conflict/amp'],
    [
      'AMP cache',
      'https://www-cnn-com.cdn.ampproject.org/c/s/www.cnn.com/2013/02/06/world/africa/mali-conflict/index.html',
    ],
    ['Wayback capture', `https://web.archive.org/web/20130206093000/${CNN}`],
    ['Wayback id_ capture', `https://web.archive.org/web/20130206093000id_/${CNN}`],
    [
      'Wayback with one slash',
      'https://web.archive.org/web/2013/http:/edition.cnn.com/2013/02/06/world/africa/mali-conflict/index.html',
    ],
    [
      'Wayback without scheme',
      'http://web.archive.org/web/20130301000000/www.cnn.com/2013/02/06/world/africa/mali-conflict/',
    ],
    ['archive.today long form', `https://archive.ph/2013.02.06-093000/${CNN}`],
    ['archive.is newest', `https://archive.is/newest/${CNN}`],
    [
      'Google AMP viewer',
      'https://www.google.com/amp/s/amp.cnn.com/cnn/2013/02/06/world/africa/mali-conflict/index.html',
    ],
    ['Firefox reader view', `about:reader?url=${encodeURIComponent(CNN)}`],
  ])('%s', (_name, url) => {
    expect(addressKey(url)).toBe(CNN_KEY);
  });

  test('a site root or a script names its article by the query: each article its own key, tracking dropped', () => {
    const first = addressKey('http://www.ksl.example/?sid=35183732&nid=148&s_cid=rss-extlink');
    expect(first).toBe('ksl.example/?nid=148&sid=35183732');
    expect(addressKey('https://ksl.example/?nid=148&sid=35183732&utm_source=feed#top')).toBe(first);
    expect(addressKey('http://www.ksl.example/?sid=40826021&nid=148')).not.toBe(first);
    expect(addressKey('https://news.example/article.php?id=12&ref=home')).toBe('news.example/article.php?id=12');
    expect(addressKey('https://news.example/Story.aspx?ID=7')).toBe('news.example/story.aspx?id=7');
  });

  test('a site root or a script with no identifying query names no article', () => {
    expect(addressKey('https://www.ksl.example/')).toBeNull();
    expect(addressKey('https://www.ksl.example/?utm_source=feed')).toBeNull();
    expect(addressKey('https://news.example/index.html')).toBeNull();
    expect(addressKey('https://news.example/article.php')).toBeNull();
  });

  test('archive.today short ids and the archives themselves carry no article address', () => {
    for (const host of [
      'archive.ph',
      'archive.today',
      'archive.is',
      'archive.li',
      'archive.vn',
      'archive.md',
      'archive.fo',
    ]) {
      expect(addressKey(`https://${host}/Xk3pQ`), host).toBeNull();
    }
    expect(addressKey('https://web.archive.org/')).toBeNull();
  });

  test('other articles, sections and sites keep different keys', () => {
    const others = [
      'https://www.cnn.com/2013/02/06/world/africa/mali-hostages/index.html',
      'https://www.cnn.com/2013/02/07/world/africa/mali-conflict/index.html',
      'https://www.cnn.com/2013/02/06/tech/mobile/phone-battery-cold/index.html',
      'https://www.cnn.com/world/africa',
      'https://www.cnn.co.uk/2013/02/06/world/africa/mali-conflict/index.html',
      'https://www.cnnamp.com/2013/02/06/world/africa/mali-conflict/index.html',
    ];
    for (const url of others) expect(addressKey(url), url).not.toBe(CNN_KEY);
  });

  test('keys the other publishers too', () => {
    expect(addressKey(F24)).toBe('france24.com/en/20130206-france-plans-withdraw-troops-mali-march');
    expect(addressKey(`https://www.france24.com/en/20130206-france-plans-withdraw-troops-mali-march/amp/`)).toBe(
      addressKey(F24),
    );
  });

  test('gives null for what is not a web address', () => {
    for (const url of ['', 'not a url', 'ftp://www.cnn.com/x', 'file:///tmp/page.html', 'about:blank']) {
      expect(addressKey(url), url).toBeNull();
    }
  });
});

describe('unwrapArchive', () => {
  test('returns the archived address, and an unarchived address unchanged', () => {
    expect(unwrapArchive(`https://web.archive.org/web/20130206093000id_/${F24}`)?.href).toBe(F24);
    expect(unwrapArchive(F24)?.href).toBe(F24);
  });
});
