import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseRuntimeIndex } from '../../lib/index/parse-runtime-index';

const built = readFileSync(new URL('../../public/generated/index.json', import.meta.url), 'utf8');

test('reads the built index', () => {
  const index = parseRuntimeIndex(built);
  expect(index.stories.length).toBeGreaterThan(0);
  expect(index.recognition.format).toBe(1);
});

test.each([
  ['truncated JSON', built.slice(0, built.length / 2), /JSON|Unexpected|Unterminated/],
  ['not an object', '42', /not an object/],
  ['another version', JSON.stringify({ ...JSON.parse(built), version: 2 }), /version 2/],
  ['no stories', JSON.stringify({ ...JSON.parse(built), stories: null }), /no stories/],
  ['a story without facts', JSON.stringify({ ...JSON.parse(built), stories: [{ id: 's', articles: [] }] }), /malformed story/],
  ['damaged recognition data', JSON.stringify({ ...JSON.parse(built), recognition: { format: 1 } }), /recognition/],
])('rejects %s', (_name, json, reason) => {
  expect(() => parseRuntimeIndex(json)).toThrow(reason);
});
