import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import preact from '@preact/preset-vite';

/** The loaders: content scripts every matched page runs at load, so each byte and millisecond counts. */
const LOADERS = ['youtube', 'video'];
const ISOLATED_WRAPPER = '\0virtual:wxt-content-script-isolated-world-entrypoint?';
/** In every build of WXT's content-script wrapper, absent from a loader built without it. */
const WRAPPER_MARK = 'wxt:content-script-started';

/**
 * WXT wraps every content script's `main` in a ContentScriptContext, which imports the
 * webextension-polyfill: ~10 KB of a loader's 22, and most of its time on the page (the
 * polyfill's module touches every `chrome.*` namespace, `chrome.app` alone 20-30 ms under load).
 * The loaders use `chrome`/`browser` directly and an AbortController of their own
 * (utils/content/loader-scope.ts), so their wrapper is replaced by a bare call of `main`; the
 * manifest entry, matches and file name stay WXT's.
 */
function leanLoaders(): Plugin {
  const lean = new RegExp(`/entrypoints/(${LOADERS.join('|')})\\.content/index\\.ts$`);
  return {
    name: 'talk-notes:lean-loaders',
    enforce: 'pre',
    load(id) {
      if (!id.startsWith(ISOLATED_WRAPPER) || !lean.test(id)) return null;
      return `import definition from ${JSON.stringify(id.slice(ISOLATED_WRAPPER.length))};\ndefinition.main();\n`;
    },
  };
}

// Permissions are kept to what the features need; the README explains each one.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Every module says what it uses: no name arrives from elsewhere unimported.
  imports: false,
  vite: () => ({ plugins: [preact(), leanLoaders()] }),
  // Firefox too gets Manifest V3 (`action`, a non-persistent background), so both builds share one manifest shape.
  manifestVersion: 3,
  // The store's sources upload: what rebuilds the package, not test videos and fixture sites.
  zip: { excludeSources: ['tests/**', 'assets/screenshot.png', '.ci/**', 'docs/**', 'test-results/**', '.tmp/**'] },
  hooks: {
    // Should WXT name its wrapper differently one day, the loaders would silently grow back.
    'build:done': (wxt) => {
      for (const name of LOADERS) {
        const code = readFileSync(join(wxt.config.outDir, 'content-scripts', `${name}.js`), 'utf8');
        if (code.includes(WRAPPER_MARK)) throw new Error(`content-scripts/${name}.js was built with WXT's content-script wrapper: see leanLoaders in wxt.config.ts`);
      }
    },
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
