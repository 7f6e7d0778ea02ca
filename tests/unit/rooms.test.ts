// The rooms of lib/ import only what lib/README.md allows them, and what it allows makes no cycle: every room it
// lists for a room comes earlier in its table.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const lib = join(root, 'lib');

interface Room {
  name: string;
  allowed: Set<string>;
}

function roomsTable(): Room[] {
  const rows = readFileSync(join(lib, 'README.md'), 'utf8')
    .split('\n')
    .filter((line) => /^\| `[^`]+` *\|/.test(line));
  return rows.map((row) => {
    const cells = row.split('|').map((c) => c.trim());
    const name = /`([^`]+)`/.exec(cells[1]!)![1]!;
    const allowed = new Set([...(cells[3] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
    return { name, allowed };
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** The room a path under lib/ belongs to: its first folder, or "(root)" for a file at lib/'s top. */
function roomOf(path: string): string {
  const parts = relative(lib, path).split('/');
  return parts.length > 1 ? parts[0]! : '(root)';
}

/** Every module a file imports or re-exports from, statically or dynamically, resolved to a path under lib/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'/gms),
    ...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g),
  ].map((m) => m[1]!);
  return specifiers.flatMap((spec) => {
    if (spec.startsWith('@/lib/')) return [join(lib, spec.slice('@/lib/'.length))];
    if (spec.startsWith('.')) {
      const target = normalize(join(dirname(file), spec));
      return target.startsWith(lib) ? [target] : [];
    }
    return [];
  });
}

describe('rooms of lib/', () => {
  const rooms = roomsTable();
  const byName = new Map(rooms.map((r) => [r.name, r]));

  test('the table lists every folder of lib/', () => {
    const folders = readdirSync(lib, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.filter((f) => !byName.has(f))).toEqual([]);
    expect(rooms.length).toBeGreaterThan(10);
  });

  test('the table allows no cycle: a room may import only rooms listed before it', () => {
    const late = rooms.flatMap((room, at) =>
      [...room.allowed]
        .filter((other) => rooms.findIndex((r) => r.name === other) >= at || !byName.has(other))
        .map((other) => `${room.name} → ${other}`),
    );
    expect(late).toEqual([]);
  });

  test('every import between rooms is one the table allows', () => {
    const refused: string[] = [];
    for (const file of sourceFiles(lib)) {
      const from = roomOf(file);
      for (const target of importsOf(file)) {
        const to = roomOf(target);
        if (to !== from && !byName.get(from)?.allowed.has(to)) refused.push(`${relative(root, file)} → ${to}`);
      }
    }
    expect(refused).toEqual([]);
  });
});
