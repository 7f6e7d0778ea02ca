// Shape check of a pack manifest: every field the installer and the options page read, with its type.
import { isId } from '../index/read-fields';
import type { PackManifest } from './pack-format';

const isStr = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isDigest = (v: unknown) => isStr(v) && /^[0-9a-f]{64}$/.test(v);

/** The manifest, typed, or throws an Error naming the first malformed field. */
export function checkManifest(value: unknown): PackManifest {
  const m = value as Record<string, unknown> | null;
  const fail = (field: string): never => {
    throw new Error(`"${field}" is missing or malformed`);
  };
  if (typeof m !== 'object' || m === null) fail('manifest');
  if (m!.format !== 1) fail('format');
  if (!isStr(m!.id) || !isId(m!.id)) fail('id');
  if (!isStr(m!.title) || m!.title.trim() === '') fail('title');
  if (!isStr(m!.version) || m!.version.trim() === '') fail('version');
  if (m!.indexFormat !== 1) fail('indexFormat');
  if (m!.storyFormat !== 1) fail('storyFormat');
  const r = m!.recognition as Record<string, unknown> | null;
  if (typeof r !== 'object' || r === null || !isCount(r.bytes) || !isDigest(r.sha256)) fail('recognition');
  if (!Array.isArray(m!.stories) || m!.stories.length === 0) fail('stories');
  const ids = new Set<string>();
  for (const s of m!.stories as Record<string, unknown>[]) {
    if (typeof s !== 'object' || s === null || !isStr(s.id) || !isId(s.id) || ids.has(s.id)) fail('stories[].id');
    ids.add(s.id as string);
    if (!isStr(s.title) || !isCount(s.bytes) || !isDigest(s.sha256)) fail('stories[]');
  }
  if (!Array.isArray(m!.hosts) || !m!.hosts.every(isStr)) fail('hosts');
  return m as unknown as PackManifest;
}
