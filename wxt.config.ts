import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Permissions are kept to what the features need; the README explains each one.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Every module says what it uses: no name arrives from elsewhere unimported.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  // Firefox too gets Manifest V3 (`action`, a non-persistent background), so both builds share one manifest shape.
  manifestVersion: 3,
  // The store's sources upload: what rebuilds the package, not test videos and fixture sites.
  zip: { excludeSources: ['tests/**', 'assets/screenshot.png', '.ci/**', 'docs/**', 'test-results/**', '.tmp/**'] },
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // The sidebar comes on demand: the background runs its file (scripting.executeScript) in a
      // page of the sites the content scripts run on, which needs host access to exactly those
      // sites. Derived from the content scripts' matches, so the two lists cannot part; the
      // install prompt names the same sites as before.
      const hosts = new Set((manifest.content_scripts ?? []).flatMap((cs) => cs.matches ?? []));
      manifest.host_permissions = [...hosts].sort();
    },
  },
  manifest: ({ browser }) => ({
    name: 'Talk Notes',
    description: 'Timestamped notes on recorded conference talks, exported as Markdown write-ups.',
    permissions: ['storage', 'downloads', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus', 'alarms'],
    // One site at a time, only when the user asks ("Always show Talk Notes on this site").
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Talk Notes' },
    commands: {
      'focus-note': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Focus the note box',
      },
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Show or hide the notes sidebar',
      },
      'capture-caption': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: 'Put the caption on screen in the note box as a quote',
      },
      'capture-slide': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Capture the video\'s frame as a slide note',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: {
          gecko: {
            id: 'talk-notes@example.org',
            strict_min_version: '140.0',
            // Nothing leaves the browser (README, Privacy).
            data_collection_permissions: { required: ['none'] },
          },
          // The first Firefox for Android that reads data_collection_permissions (m.youtube.com is matched).
          gecko_android: { strict_min_version: '142.0' },
        } }
      : {}),
  }),
});
