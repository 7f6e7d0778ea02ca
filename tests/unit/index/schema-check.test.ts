// The published JSON Schemas describe the reviewed files: every file under data/ passes its schema, and a file
// that breaks it is refused by the build with the file, where in it, and why.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildIndex, loadSchemas, loadStorySources } from '../../../lib/index/build-index';
import type { DataError } from '../../../lib/index/data-types';
import { checkSchemas } from '../../../lib/index/schema-check';

const REPO = join(import.meta.dirname, '..', '..', '..');
const STORY = 'data/stories/mali-offensive-2013';
const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function copyOfData(): string {
  const root = mkdtempSync(join(tmpdir(), 'parallax-schema-'));
  roots.push(root);
  cpSync(join(REPO, 'data'), join(root, 'data'), { recursive: true });
  return root;
}

describe('data/schema', () => {
  test('every reviewed file passes its schema', () => {
    const errors: DataError[] = [];
    const schemas = loadSchemas(REPO, errors);
    expect(errors).toEqual([]);
    expect(checkSchemas(loadStorySources(REPO, errors), schemas!)).toEqual([]);
  });

  test('every data file names its schema, so editors check it as a reviewer types', () => {
    for (const [file, schema] of [
      ['story.json', '../../schema/story.schema.json'],
      ['facts.json', '../../schema/facts.schema.json'],
      ['not-claims.json', '../../schema/not-claims.schema.json'],
      ['articles/afp.json', '../../../schema/article.schema.json'],
    ]) {
      expect((JSON.parse(readFileSync(join(REPO, STORY, file!), 'utf8')) as { $schema: string }).$schema).toBe(schema);
    }
  });

  test('a file that breaks its schema stops the build, named with where and why', () => {
    const root = copyOfData();
    const factsFile = join(root, STORY, 'facts.json');
    const file = JSON.parse(readFileSync(factsFile, 'utf8')) as { facts: Record<string, unknown>[] };
    file.facts[0]!.kind = 'number';
    file.facts[1]!.colour = 'red';
    writeFileSync(factsFile, JSON.stringify(file));
    const result = buildIndex(root, null);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toContainEqual({
      file: `${STORY}/facts.json`,
      item: 'at /facts/0/kind',
      reason: expect.stringMatching(/^schema: must be equal to one of the allowed values/),
    });
    expect(errors).toContainEqual({
      file: `${STORY}/facts.json`,
      item: 'at /facts/1',
      reason: 'schema: unknown field "colour"',
    });
  });

  test('a missing schema file is an error, not a silent pass', () => {
    const root = copyOfData();
    rmSync(join(root, 'data', 'schema', 'facts.schema.json'));
    const result = buildIndex(root, null);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toContainEqual({
      file: 'data/schema/facts.schema.json',
      item: 'file',
      reason: 'schema file is missing',
    });
  });
});
