// The built packages load in real Chromium and Firefox, and their content scripts are declared for the
// publishers' pages (and no wider).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  browserKinds,
  browserLabel,
  browserMajor,
  buildDirs,
  loadSites,
  oldestFirefoxRun,
  pageUrl,
  requireBuild,
  useE2e,
} from './harness/e2e';
import { contentScriptRunsOn, type ManifestContentScript } from './harness/match-pattern';

interface BuiltManifest {
  manifest_version: number;
  content_scripts?: ManifestContentScript[];
  minimum_chrome_version?: string;
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string } };
}

const sites = loadSites();
const publisherPages = sites.filter((p) => p.kind === 'story');

function readManifest(dir: string): BuiltManifest {
  return JSON.parse(readFileSync(join(requireBuild(dir), 'manifest.json'), 'utf8')) as BuiltManifest;
}

for (const kind of browserKinds) {
  describe(`${browserLabel(kind)} — the built package loads`, () => {
    const e2e = useE2e(kind);

    it('installs the extension', async () => {
      const { session } = e2e();
      if (kind === 'chromium') {
        expect(session.extensionId).toMatch(/^[a-p]{32}$/);
        const workers = session.browser
          .targets()
          .filter(
            (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${session.extensionId}/`),
          );
        expect(workers).toHaveLength(1);
      } else {
        expect(session.extensionId).toBe(readManifest(buildDirs.firefox).browser_specific_settings?.gecko?.id);
      }
      expect(session.errors.extension()).toEqual([]);
    });

    const oldest = kind === 'firefox' && oldestFirefoxRun;
    it(`runs in a release the package declares it supports${oldest ? ', the oldest it declares' : ''}`, () => {
      const manifest = readManifest(buildDirs[kind]);
      const declared =
        kind === 'chromium'
          ? manifest.minimum_chrome_version
          : manifest.browser_specific_settings?.gecko?.strict_min_version;
      const minimum = Number(declared?.split('.')[0]);
      expect(minimum, `declared minimum ${declared}`).toBeGreaterThan(0);
      expect(browserMajor(kind)).toBeGreaterThanOrEqual(minimum);
      if (oldest) expect(browserMajor(kind)).toBe(minimum);
    });

    it('declares content scripts for every publisher page and not for unrelated sites', () => {
      const manifest = readManifest(buildDirs[kind]);
      expect(manifest.manifest_version).toBe(3);
      const scripts = manifest.content_scripts ?? [];
      const unmatched = publisherPages.filter((p) => !contentScriptRunsOn(scripts, pageUrl(p)));
      expect(unmatched.map((p) => pageUrl(p))).toEqual([]);
      // Least privilege: no content script on a site that is neither a publisher nor a page we recognise.
      expect(contentScriptRunsOn(scripts, 'https://www.example.org/')).toBe(false);
    });
  });
}
