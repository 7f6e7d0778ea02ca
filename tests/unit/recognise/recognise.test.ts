// Recognition by address, by text, and by both: which article, which revision, how sure.
import { describe, expect, test } from 'vitest';
import { buildRecognitionIndex } from '../../../lib/recognise/build-recognition-index';
import { recognise, TEXT_THRESHOLDS } from '../../../lib/recognise/recognise';
import { type PageSnapshot, snapshotAt } from '../../../lib/extract/page-snapshot';
import { loadStories, paragraphsOf } from './helpers/stories';

const stories = loadStories();
const index = buildRecognitionIndex(stories);
const CNN = stories[0]?.articles.find((a) => a.id === 'cnn-r2')?.url ?? '';
const AFP = stories[0]?.articles.find((a) => a.id === 'afp')?.url ?? '';
const textOf = (id: string) => paragraphsOf(stories, id).join('\n\n');
const page = ({ url = 'https://elsewhere.test/page', ...fields }: Partial<PageSnapshot>): PageSnapshot =>
  snapshotAt(url, fields);

describe('by address', () => {
  test('the indexed addresses are what the test relies on', () => {
    expect(CNN).toMatch(/cnn\.com/);
    expect(AFP).not.toBe('');
  });

  test('a unique address alone answers its article', () => {
    expect(recognise(page({ url: `${AFP.replace('https://www.', 'http://')}?ref=x` }), index)).toMatchObject({
      article: 'afp',
      revision: null,
      method: 'address',
    });
  });

  test('a shared address without text answers the article with its revision unknown, less surely', () => {
    const match = recognise(page({ url: CNN }), index);
    expect(match).toMatchObject({ article: 'cnn-r2', revision: null, method: 'address' });
    expect(match?.score).toBeLessThan(0.7);
  });

  test('a shared address with the text of a revision answers that revision', () => {
    expect(recognise(page({ url: CNN, text: textOf('cnn-r1') }), index)).toMatchObject({
      article: 'cnn-r1',
      revision: 1,
      method: 'address+text',
      score: 0.98,
    });
    expect(recognise(page({ url: CNN, text: textOf('cnn-r2') }), index)).toMatchObject({
      article: 'cnn-r2',
      revision: 2,
    });
  });

  test('a shared address with too little text for a text match still lets that text pick the revision', () => {
    const r1 = paragraphsOf(stories, 'cnn-r1');
    const own = r1.find((p) => /Hours earlier/.test(p)) ?? '';
    expect(own).not.toBe('');
    const match = recognise(page({ url: CNN, text: own }), index);
    expect(match).toMatchObject({ article: 'cnn-r1', method: 'address' });
    expect(match?.score).toBeGreaterThan(0.6);
  });

  test.each([
    ['canonical link', { canonical: CNN }],
    ['og:url', { ogUrl: CNN.replace('www.', 'edition.') }],
    ['JSON-LD', { jsonLdUrls: ['https://example.test/other', CNN] }],
    ['web archive wrapper', { url: `https://web.archive.org/web/20130206093000/${CNN}` }],
  ])('found through the %s', (_name, fields) => {
    expect(recognise(page({ ...fields, text: textOf('cnn-r1') }), index)).toMatchObject({
      article: 'cnn-r1',
      method: 'address+text',
    });
  });

  test('another article on the same site is not the indexed one', () => {
    const other = CNN.replace('mali-conflict', 'mali-hostages');
    expect(recognise(page({ url: other, text: 'Hostages in the Sahel.' }), index)).toBeNull();
  });
});

test('an index that is not a recognition index recognises nothing instead of throwing', () => {
  expect(recognise(page({ url: CNN, text: textOf('cnn-r1') }), {} as typeof index)).toBeNull();
  expect(recognise(page({ url: CNN }), null as unknown as typeof index)).toBeNull();
});

describe('by text', () => {
  test('an archive.today copy has no usable address, so its text decides', () => {
    expect(recognise(page({ url: 'https://archive.ph/Xk3pQ', text: textOf('france24') }), index)).toMatchObject({
      article: 'france24',
      method: 'text',
    });
  });

  test('scores are in [0, 1] and a full copy scores higher than a teaser', () => {
    const full = recognise(page({ text: textOf('afp') }), index);
    const teaser = recognise(page({ text: paragraphsOf(stories, 'afp').slice(0, 2).join('\n\n') }), index);
    expect(full?.score).toBeLessThanOrEqual(1);
    expect(teaser?.article).toBe('afp');
    expect(teaser?.score).toBeLessThan(full?.score ?? 0);
  });

  test('text below the minimum amount is never a match, however well it matches', () => {
    const words = textOf('afp')
      .split(/\s+/)
      .slice(0, TEXT_THRESHOLDS.minMatchedWords - 5);
    const half = Math.floor(words.length / 2);
    const text = `${words.slice(0, half).join(' ')}\n\n${words.slice(half).join(' ')}`;
    expect(recognise(page({ text }), index)).toBeNull();
  });
});
