import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// A test build (MAGPIE_TEST_BUILD=1) lets the resolver fetch 127.0.0.1, where the fixture retail web runs.
const testBuild = process.env.MAGPIE_TEST_BUILD === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    define: {
      __MAGPIE_TEST_BUILD__: JSON.stringify(testBuild),
    },
  }),
  outDir: '.output',
  // MV3 everywhere: one background model (event page in Firefox, service worker in Chromium), storage.session, action.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'unlimitedStorage'],
    // Live price checks fetch shop pages only on origins the reader grants at runtime.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // A test build may always fetch the fixture retail web on 127.0.0.1 (any port).
    ...(testBuild ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: 'Magpie' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'magpie@magpie-extension.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
