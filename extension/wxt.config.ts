import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

/**
 * Policy Radar browser extension. `wxt build` (Chrome MV3), `wxt build -b firefox`
 * (Firefox), `wxt zip` for store-ready archives. `--mode e2e` additionally runs the
 * content script on http://127.0.0.1 for the end-to-end tests; production builds
 * ask only for storage, alarms and the default trade sites.
 */
export default defineConfig({
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    // texts in public/_locales: zh_CN where the browser's UI is Chinese, en otherwise
    name: '__MSG_extName__',
    short_name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    version: '0.1.0',
    permissions: ['storage', 'alarms'],
    // sites the user adds in Options are requested at runtime
    ...(manifestVersion === 3
      ? { optional_permissions: ['scripting'], optional_host_permissions: ['*://*/*'] }
      : { optional_permissions: ['scripting', '*://*/*'] }),
    icons: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 128: '/icon/128.png' },
    [manifestVersion === 3 ? 'action' : 'browser_action']: {
      default_title: '__MSG_extName__',
      default_icon: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'policy-radar@policy-radar.org', strict_min_version: '115.0' } } }
      : { minimum_chrome_version: '105' }),
  }),
  zip: {
    artifactTemplate: 'policy-radar-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'policy-radar-{{version}}-sources.zip',
    // the bundle includes ../taxonomy, so reviewers get the repository root minus the server side
    sourcesRoot: fileURLToPath(new URL('..', import.meta.url)),
    excludeSources: [
      'bench/**',
      'bin/**',
      'cli/**',
      'crawler/**',
      'data/**',
      'db/**',
      'docs/**',
      'newsletter/**',
      'outbox/**',
      'scratch/**',
      'scripts/**',
      'server/**',
      'test/**',
      'test-output/**',
      '**/*.test.ts',
      'extension/.output/**',
      'extension/.wxt/**',
    ],
  },
  hooks: {
    // Chinese in traditional-script browsers too (Chrome's chain zh_TW → default would give English)
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: fileURLToPath(new URL('public/_locales/zh_CN/messages.json', import.meta.url)), relativeDest: '_locales/zh_TW/messages.json' });
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      const local = ['http://127.0.0.1/*', 'http://localhost/*'];
      for (const cs of manifest.content_scripts ?? []) cs.matches = [...(cs.matches ?? []), ...local];
      if (wxt.config.manifestVersion === 3) manifest.host_permissions = [...(manifest.host_permissions ?? []), ...local];
      else manifest.permissions = [...(manifest.permissions ?? []), ...local];
    },
  },
});
