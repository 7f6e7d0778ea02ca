// WXT build configuration: one source tree, a Chrome MV3 package and a Firefox MV3 package.
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Parallax',
    description: 'See how other outlets reported the same facts, figure by figure, beside the article you are reading.',
    permissions: ['storage', 'activeTab', 'scripting'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'parallax@parallax.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
