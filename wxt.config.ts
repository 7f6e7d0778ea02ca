// WXT build configuration: one source tree, a Chrome MV3 package and a Firefox MV3 package.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { GENERATED } from './lib/story/generated-layout';
import { ALL_SITES_ORIGIN, contentScriptMatches } from './lib/permissions/host-patterns';
import { checkRecognitionFile } from './lib/recognise/check-recognition-file';
import { PAGE_LOADED_SCRIPT } from './lib/permissions/host-patterns';

// PARALLAX_PUBLIC_DIR and PARALLAX_OUT_DIR build a package from another index (the end-to-end pack test builds one
// without a story) into another folder; by default public/ and .output/.
const PUBLIC_DIR = resolve(import.meta.dirname, process.env.PARALLAX_PUBLIC_DIR ?? 'public');
const OUT_DIR = resolve(import.meta.dirname, process.env.PARALLAX_OUT_DIR ?? '.output');
// Written by `npm run index`: the hosts of every indexed article, so host access follows the reviewed data.
const HOSTS_FILE = resolve(PUBLIC_DIR, 'generated', GENERATED.hosts);

function publisherHosts(): string[] {
  if (!existsSync(HOSTS_FILE)) {
    throw new Error(`${HOSTS_FILE} is missing: run \`npm run index\` (npm run build does it first).`);
  }
  return JSON.parse(readFileSync(HOSTS_FILE, 'utf8')) as string[];
}

// The oldest browsers the packages declare, and the syntax level the bundles are compiled to (README: "Browser
// versions"). Firefox 140 is the first with the CSS Custom Highlight API the highlighting relies on; Chromium 105 the
// first with that API and with the :has() selector that lays the page out beside the sidebar.
const MIN_FIREFOX = 140;
const MIN_CHROME = 105;
// The entrypoints built without webextension-polyfill (see the `vite:build:extendConfig` hook).
const NATIVE_API_ENTRYPOINTS = new Set(['content-script', 'unlisted-script', 'popup', 'options', 'unlisted-page']);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  publicDir: PUBLIC_DIR,
  outDir: OUT_DIR,
  imports: false,
  manifestVersion: 3,
  vite: (env) => ({
    build: {
      target: env.browser === 'firefox' ? `firefox${MIN_FIREFOX}` : `chrome${MIN_CHROME}`,
      // Both browsers load <link rel="modulepreload"> themselves (Chromium 66, Firefox 115): no polyfill in the pages.
      modulePreload: { polyfill: false },
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Parallax',
    description:
      'See how other outlets reported the same facts, figure by figure, beside the news article you are reading.',
    // contextMenus: "Add this page to your Parallax comparison" on the page's menu (no warning at installation).
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    optional_host_permissions: [ALL_SITES_ORIGIN],
    action: { default_title: 'Parallax' },
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Turn the highlighting of disputed figures on or off',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'parallax@parallax.invalid',
              strict_min_version: `${MIN_FIREFOX}.0`,
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android: the highlighting needs 140 (CSS Custom Highlight API), the
            // data_collection_permissions
            // key above 142; storage.session, scripting, optional host permissions and the dvh unit are older. Nothing
            // depends on sidebar_action or commands, which Android lacks: the sidebar is a page element (a bottom
            // sheet on a phone) and the background registers the keyboard command only where the API exists.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: String(MIN_CHROME) }),
  }),
  hooks: {
    // The popup is built on its own, not with the pages opened in a tab: it then loads only the code and styles it
    // uses, never what it would share with the options page (README: "Comparing the reports you have open").
    'entrypoints:grouped': (_wxt, groups) => {
      for (const group of groups) {
        if (!Array.isArray(group)) continue;
        const popup = group.findIndex((e) => e.type === 'popup');
        if (popup >= 0 && group.length > 1) groups.push([...group.splice(popup, 1)]);
      }
    },
    // The scripts run in the reader's pages (the content script, the sidebar app) and the extension's own pages (the
    // popup above all) stay small: they use the browser's own promise-based extension API (Manifest V3 in both
    // browsers) instead of webextension-polyfill, which only the background keeps. In a page the polyfill cost more
    // than its size: the bundle's CommonJS interop copied every property of the wrapped API when the sidebar app was
    // evaluated, on the page's main thread. The content script's message listener answers through sendResponse, which
    // both browsers support; the sidebar app and the pages have no listener and read the background's replies
    // through lib/message-replies.ts, which keeps the polyfill's meaning of a reply.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => NATIVE_API_ENTRYPOINTS.has(e.type))) return;
      const alias = config.resolve?.alias;
      if (alias && !Array.isArray(alias)) (alias as Record<string, string>)['wxt/browser'] = '@wxt-dev/browser';
    },
    // Content-script matches and host access come from the index, never from a hand-kept list.
    'build:manifestGenerated': (_wxt, manifest) => {
      // A missing, damaged or wrong-version recognition index fails the build, naming the file and the reason.
      checkRecognitionFile(resolve(PUBLIC_DIR, 'generated', GENERATED.recognition));
      const matches = contentScriptMatches(publisherHosts());
      manifest.host_permissions = matches;
      // Declared: only the small script that asks for the content script once the page has loaded.
      manifest.content_scripts = [{ matches, js: [PAGE_LOADED_SCRIPT], run_at: 'document_start' }];
    },
  },
});
