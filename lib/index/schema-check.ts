// Checks the reviewed files against the published JSON Schemas in data/schema/ (the same schemas editors use
// while a reviewer types): the build's first gate, before the checks against the texts.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { DataError, StorySource } from './data-types';

/** The four schemas, as parsed JSON. */
export interface DataSchemas {
  story: object;
  article: object;
  facts: object;
  notClaims: object;
}

/** Schema file names under data/schema/, by the file they describe. */
export const SCHEMA_FILES: Record<keyof DataSchemas, string> = {
  story: 'story.schema.json',
  article: 'article.schema.json',
  facts: 'facts.schema.json',
  notClaims: 'not-claims.schema.json',
};

/** Every schema violation of every story's files, one error per problem (at most a few per file). */
export function checkSchemas(sources: readonly StorySource[], schemas: DataSchemas): DataError[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = {
    story: ajv.compile(schemas.story),
    article: ajv.compile(schemas.article),
    facts: ajv.compile(schemas.facts),
    notClaims: ajv.compile(schemas.notClaims),
  };
  const errors: DataError[] = [];
  for (const s of sources) {
    check(errors, validate.story, s.story, `${s.dir}/story.json`);
    for (const a of s.articles) check(errors, validate.article, a.meta, `${s.dir}/articles/${a.id}.json`);
    check(errors, validate.facts, s.facts, `${s.dir}/facts.json`);
    check(errors, validate.notClaims, s.notClaims, `${s.dir}/not-claims.json`);
  }
  return errors;
}

const MAX_PER_FILE = 5;

// A missing or unparsable file is reported by the checks that read it; here only present, parsed files are checked.
function check(errors: DataError[], validate: ValidateFunction, data: unknown, file: string): void {
  if (data === undefined || data === null || validate(data)) return;
  const seen = new Set<string>();
  for (const e of deepest(validate.errors ?? [])) {
    const error = { file, item: `at ${e.instancePath || '/'}`, reason: `schema: ${describe(e)}` };
    const key = `${error.item}|${error.reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(error);
    if (seen.size >= MAX_PER_FILE) break;
  }
}

// A "oneOf" failure is explained by its branches' errors, and an error about a field explains the ones its parents
// get from the branches it did not take: keep the errors that no error deeper inside them explains.
function deepest(list: ErrorObject[]): ErrorObject[] {
  const concrete = list.filter((e) => !['oneOf', 'anyOf', 'if', 'allOf', 'not'].includes(e.keyword));
  const kept = concrete.filter(
    (e) => !concrete.some((o) => o.instancePath !== e.instancePath && o.instancePath.startsWith(`${e.instancePath}/`)),
  );
  return kept.length > 0 ? kept : list;
}

function describe(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'additionalProperties') return `unknown field "${String(p.additionalProperty)}"`;
  if (e.keyword === 'required') return `missing field "${String(p.missingProperty)}"`;
  if (e.keyword === 'enum')
    return `${e.message} (${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')})`;
  return e.message ?? e.keyword;
}
