// The build from sources to runtime index: computed statuses, reasoned overrides, sidebar order, hosts and
// byte-for-byte reproducible output.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildFromSources, buildIndex } from '../../../lib/index/build-index';
import { canonicalJson } from '../../../lib/story/canonical-json';
import { orderFacts } from '../../../lib/story/fact-order';
import { formatError } from '../../../lib/index/validate-stories';
import { readStoryFile } from '../../../lib/story/story-file';
import { encodeRecognitionIndex } from '../../../lib/recognise/build-recognition-index';
import { readRecognitionIndex, verifyRecognitionIndex } from '../../../lib/recognise/read-index';
import { factsOf, fixture } from './fixture';

const REPO = join(import.meta.dirname, '..', '..', '..');

function built(source = fixture()) {
  const result = buildFromSources([source], null);
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result;
}

describe('buildFromSources', () => {
  test('statuses are computed from the claims: 3,600–4,000 against 2,150 is disputed, one outlet is single-source', () => {
    const { index } = built();
    const facts = index.stories[0]!.facts;
    expect(facts.map((f) => [f.id, f.status, f.computedStatus, f.override])).toEqual([
      ['troops', 'disputed', 'disputed', null],
      ['statement-day', 'single-source', 'single-source', null],
    ]);
    expect(facts[0]!.claims.map((c) => c.display)).toEqual(['3,600–4,000', '2,150']);
  });

  test('a reviewer override sets the shown status and keeps the computed one and the reason', () => {
    const s = fixture();
    factsOf(s)[0]!.override = { status: 'consistent', reason: 'Beta counts only combat troops.' };
    const fact = built(s).index.stories[0]!.facts.find((f) => f.id === 'troops')!;
    expect(fact.status).toBe('consistent');
    expect(fact.computedStatus).toBe('disputed');
    expect(fact.override).toEqual({ status: 'consistent', reason: 'Beta counts only combat troops.' });
  });

  test('an override that repeats the computed status is refused as stale', () => {
    const s = fixture();
    factsOf(s)[0]!.override = { status: 'disputed', reason: 'Really disputed.' };
    const result = buildFromSources([s], null);
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([
      'data/stories/demo/facts.json: fact "troops" override: the override repeats the computed status "disputed"; ' +
        'remove it',
    ]);
  });

  test('claims carry the anchored quote, the figure span and the figure text', () => {
    const claim = built().index.stories[0]!.facts[0]!.claims[0]!;
    expect(claim.quote).toEqual({
      exact: 'Nearly 4,000 troops are in Mali',
      prefix: '',
      suffix: ', the minister said on Tuesday.\n',
    });
    expect(claim.quote.exact.slice(claim.figure.start, claim.figure.end)).toBe(claim.figureText);
    expect(claim.hedges).toEqual(['nearly']);
  });

  test('a missing headline stays null rather than made up', () => {
    const s = fixture();
    (s.articles[0]!.meta as Record<string, unknown>).headline = null;
    expect(built(s).index.stories[0]!.articles[0]!.headline).toBeNull();
  });

  test('hosts are the sorted, de-duplicated host names of every address', () => {
    expect(JSON.parse(built().hostsJson)).toEqual(['www.alpha.example', 'www.beta.example']);
  });

  test('without a recognition encoder no recognition file is written', () => {
    expect(built().files.map((f) => f.path)).toEqual([
      'stories/demo.json',
      'stories/demo.profile.json',
      'catalog.json',
      'hosts.json',
    ]);
  });

  test('each story gets a file of its own that reads back as the story; the catalog counts facts and disputes', () => {
    const result = built();
    const file = result.files.find((f) => f.path === 'stories/demo.json')!;
    expect(readStoryFile(new TextDecoder().decode(file.bytes), 'demo')).toEqual(result.index.stories[0]);
    const catalog = JSON.parse(new TextDecoder().decode(result.files.find((f) => f.path === 'catalog.json')!.bytes));
    expect(catalog.format).toBe(1);
    expect(catalog.stories).toEqual([
      expect.objectContaining({
        id: 'demo',
        facts: 2,
        disputed: 1,
        source: { kind: 'bundled' },
        articles: [
          expect.objectContaining({ id: 'alpha', publisher: 'Alpha' }),
          expect.objectContaining({ id: 'beta' }),
        ],
      }),
    ]);
    expect(catalog.stories[0].articles[0].text).toBeUndefined();
  });
});

describe('fact order in the index', () => {
  test('the index lists facts in the display order for a reader of none of the articles', () => {
    const s = fixture();
    // Both disputed, so only the weight separates them: a count (4) before a date (2), unless a reviewer says 5.
    factsOf(s)[1]!.override = { status: 'disputed', reason: 'Another source names a different day.' };
    expect(built(s).index.stories[0]!.facts.map((f) => f.id)).toEqual(['troops', 'statement-day']);
    factsOf(s)[1]!.weight = 5;
    const facts = built(s).index.stories[0]!.facts;
    expect(facts.map((f) => f.id)).toEqual(['statement-day', 'troops']);
    expect(facts.map((f) => f.weight)).toEqual([5, undefined]);
    expect(facts).toEqual(orderFacts(facts));
  });
});

describe('canonicalJson', () => {
  test('sorts keys at every depth, keeps array order, adds no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });
});

describe('reproducible build of the real data', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  test('two builds from two copies of data/ in different folders give identical bytes', () => {
    const results = [0, 1].map(() => {
      const root = mkdtempSync(join(tmpdir(), 'parallax-index-'));
      dirs.push(root);
      cpSync(join(REPO, 'data'), join(root, 'data'), { recursive: true });
      return buildIndex(root, encodeRecognitionIndex);
    });
    const [a, b] = results;
    if (!a?.ok || !b?.ok) throw new Error('the real data does not build');
    expect(a.files.map((f) => f.path)).toEqual([
      'recognition.bin',
      'recognition-head.bin',
      'stories/mali-offensive-2013.json',
      'stories/mali-offensive-2013.profile.json',
      'catalog.json',
      'hosts.json',
    ]);
    expect(b.files).toEqual(a.files);
    const recognition = a.files[0]!.bytes;
    expect(() => verifyRecognitionIndex(readRecognitionIndex(recognition.slice().buffer))).not.toThrow();
    // The output holds no trace of where or when it was built.
    const text = a.files.map((f) => new TextDecoder().decode(f.bytes)).join('\n');
    expect(text).not.toContain(dirs[0]!);
    expect(text).not.toMatch(/"(builtAt|generated|timestamp)"/);
    const again = buildIndex(REPO, encodeRecognitionIndex);
    expect(again.ok && again.files).toEqual(a.files);
  });
});
