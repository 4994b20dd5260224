import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Permissions are kept to what the features need; the README explains each one.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Talk Notes',
    description: 'Timestamped notes on recorded conference talks, exported as Markdown write-ups.',
    permissions: ['storage', 'downloads', 'unlimitedStorage', 'activeTab', 'scripting'], // activeTab, scripting: sites (issue 4)
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
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'talk-notes@example.org', strict_min_version: '128.0' } } }
      : {}),
  }),
});
