// Variants of the built package for `npm run bench:browser -- --content-script …`: the same extension with its
// declared content script emptied and/or run at another time, to tell what the browser charges for injecting
// any content script from what Parallax's own script costs.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `built` (as shipped); `empty`: the declared scripts do nothing; `start`, `end`, `idle`: they run at
 * document_start, document_end or document_idle; `empty-start`, `empty-end`, `empty-idle`: both.
 */
export type ContentScriptVariant =
  | 'built'
  | 'empty'
  | 'start'
  | 'end'
  | 'idle'
  | 'empty-start'
  | 'empty-end'
  | 'empty-idle';
export const CONTENT_SCRIPT_VARIANTS: readonly ContentScriptVariant[] = [
  'built',
  'empty',
  'start',
  'end',
  'idle',
  'empty-start',
  'empty-end',
  'empty-idle',
];

interface Manifest {
  content_scripts?: { js?: string[]; run_at?: string }[];
}

/** The package folder to load: `dir` itself for `built`, else a changed copy in a temporary folder. */
export function packageFor(dir: string, variant: ContentScriptVariant): string {
  if (variant === 'built') return dir;
  const copy = mkdtempSync(join(tmpdir(), 'parallax-bench-variant-'));
  cpSync(dir, copy, { recursive: true });
  const manifestPath = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const runAt = variant.endsWith('start')
    ? 'document_start'
    : variant.endsWith('end')
      ? 'document_end'
      : variant.endsWith('idle')
        ? 'document_idle'
        : null;
  for (const script of manifest.content_scripts ?? []) {
    if (runAt) script.run_at = runAt;
    // A script that does nothing: what remains is the browser's own cost of injecting a content script.
    if (variant.startsWith('empty'))
      for (const file of script.js ?? []) writeFileSync(join(copy, file), '(function () {})();\n');
  }
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return copy;
}
