// The package the story-pack test runs: the extension built from an index without any story (so the Mali story
// reaches it only through a pack), into a folder of its own; and the pack files (good and tampered) it installs.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { xxhash32 } from '../../../lib/binary/xxhash32';
import type { BrowserKind } from './session';
import { repoRoot } from './sites';

/** What the pack test needs on disk. */
export interface PackBuild {
  chromium: string;
  firefox: string;
  pack: string;
  tamperedPack: string;
  /** Seconds the build took (reported, so its cost in CI stays visible). */
  seconds: number;
}

const tsx = join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
const wxt = join(repoRoot, 'node_modules/wxt/bin/wxt.mjs');

/**
 * Builds into `root`: a data/ with the schemas and no story for the index, a copy of public/'s own files, the
 * packages of `kinds` (without zips), and the Mali story's pack plus a copy whose figure "4,000" was changed to
 * "5,000" with the container checksum redone, as a deliberate edit would be (only the SHA-256 digests can tell).
 */
export function buildPackTest(
  root: string,
  storyDir = join(repoRoot, 'data/stories/mali-offensive-2013'),
  kinds: BrowserKind[] = ['chromium', 'firefox'],
): PackBuild {
  const started = Date.now();
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'data/stories'), { recursive: true });
  // The index build checks every data file against the published schemas, so the empty data/ carries them too.
  cpSync(join(repoRoot, 'data/schema'), join(root, 'data/schema'), { recursive: true });
  cpSync(join(repoRoot, 'public'), join(root, 'public'), {
    recursive: true,
    filter: (src) => !src.includes(`${join('public', 'generated')}`),
  });
  const quiet = { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] as ('ignore' | 'pipe')[] };
  execFileSync(process.execPath, [tsx, join(repoRoot, 'scripts/build-index.ts'), '--root', root], quiet);
  const env = { ...process.env, PARALLAX_PUBLIC_DIR: join(root, 'public'), PARALLAX_OUT_DIR: join(root, 'output') };
  // Only the packages this run's browsers load.
  if (kinds.includes('chromium')) execFileSync(process.execPath, [wxt, 'build'], { ...quiet, env });
  if (kinds.includes('firefox')) execFileSync(process.execPath, [wxt, 'build', '-b', 'firefox'], { ...quiet, env });
  const pack = join(root, 'mali.parallax-pack');
  execFileSync(process.execPath, [tsx, join(repoRoot, 'scripts/pack.ts'), storyDir, '--out', pack], quiet);
  const container = new Uint8Array(gunzipSync(readFileSync(pack)));
  const text = Buffer.from(container).toString('latin1');
  const at = text.indexOf('4,000');
  if (at < 0) throw new Error('the pack has no "4,000" to change');
  container.set(Buffer.from('5,000', 'latin1'), at);
  new DataView(container.buffer).setUint32(12, xxhash32(container.subarray(16)), true);
  const tamperedPack = join(root, 'mali-edited.parallax-pack');
  writeFileSync(tamperedPack, gzipSync(container));
  return {
    chromium: join(root, 'output/chrome-mv3'),
    firefox: join(root, 'output/firefox-mv3'),
    pack,
    tamperedPack,
    seconds: (Date.now() - started) / 1000,
  };
}
