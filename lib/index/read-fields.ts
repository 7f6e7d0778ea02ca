// Small readers for the fields of a reviewed JSON file: each records a DataError naming the file, the item and
// the reason instead of throwing, so one build run reports every problem at once.
import type { DataError } from './data-types';
import { isIsoDate } from '../quantity/calendar';

/** Where a value comes from, and where its errors go. */
export interface Place {
  file: string;
  item: string;
  errors: DataError[];
}

/** A JSON object read from a file. */
export type Obj = Record<string, unknown>;

/** Records an error at a place. */
export function fail(at: Place, reason: string): void {
  at.errors.push({ file: at.file, item: at.item, reason });
}

/** The same file, a narrower item ("fact x" → "fact x claim 2"). */
export function within(at: Place, item: string): Place {
  return { ...at, item: at.item ? `${at.item} ${item}` : item };
}

/** The value as a plain object, or undefined (with an error) when it is not one. */
export function asObject(at: Place, value: unknown, what: string): Obj | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Obj;
  fail(at, `${what} must be an object`);
  return undefined;
}

/** The value as an array, or undefined (with an error) when it is not one. */
export function asArray(at: Place, value: unknown, what: string): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  fail(at, `${what} must be an array`);
  return undefined;
}

/** Records an error for each key the file format does not know (a misspelt field would otherwise be ignored). */
export function onlyKeys(at: Place, obj: Obj, allowed: readonly string[]): void {
  for (const key of Object.keys(obj)) if (!allowed.includes(key)) fail(at, `unknown field "${key}"`);
}

/** A required, non-blank string field. */
export function requiredString(at: Place, obj: Obj, key: string): string | undefined {
  if (!(key in obj)) return void fail(at, `missing field "${key}"`);
  const value = obj[key];
  if (typeof value !== 'string' || value.trim() === '') return void fail(at, `"${key}" must be a non-empty string`);
  return value;
}

/** A field that must be present and is a non-blank string or null. */
export function nullableString(at: Place, obj: Obj, key: string): string | null | undefined {
  if (!(key in obj)) return void fail(at, `missing field "${key}" (write null when unknown)`);
  if (obj[key] === null) return null;
  return requiredString(at, obj, key);
}

/** A field that may be absent; when present it is a non-blank string. */
export function optionalString(at: Place, obj: Obj, key: string): string | undefined {
  return key in obj ? requiredString(at, obj, key) : undefined;
}

/** A required array of strings. */
export function stringArray(at: Place, obj: Obj, key: string): string[] | undefined {
  if (!(key in obj)) return void fail(at, `missing field "${key}"`);
  const value = obj[key];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    return void fail(at, `"${key}" must be an array of strings`);
  }
  return value as string[];
}

/** Whether a string is an ISO day or an ISO date-time with an explicit zone. */
export function isIsoDayOrTime(value: string): boolean {
  if (isIsoDate(value)) return true;
  const m = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/.exec(value);
  return m !== null && isIsoDate(m[1]!) && !Number.isNaN(new Date(value).getTime());
}

export { isId } from '../story/ids';
