// The Firefox preferences every test session runs with: what a person's settings would not
// get in the way of (autoplay, download prompts), and what lets the harness know the add-on's
// URLs before launch.

export interface PrefsFor {
  /** The proxy auto-config script that maps real site hosts to the fixture server (host-proxy.ts). */
  pac: string;
  addonId: string;
  /** The add-on's internal UUID, fixed so extension URLs are known before launch and kept across restarts. */
  uuid: string;
  /** Where downloads are saved, without asking. */
  downloads: string;
}

export function firefoxPrefs({ pac, addonId, uuid, downloads }: PrefsFor): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 2,
    'network.proxy.autoconfig_url': `data:text/javascript,${encodeURIComponent(pac)}`,
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
    'extensions.webextensions.keepStorageOnUninstall': true,
    'extensions.webextensions.keepUuidOnUninstall': true,
    // Videos play without a click, as with Chromium's --autoplay-policy.
    'media.autoplay.default': 0,
    'media.autoplay.blocking_policy': 0,
    // A test that closes every tab it opened must not quit the browser (Chromium keeps running too).
    'browser.tabs.closeWindowWithLastTab': false,
    // Downloads go to a folder without asking.
    'browser.download.folderList': 2,
    'browser.download.dir': downloads,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    // navigator.clipboard.readText without the paste context menu (clipboardText's reader page).
    'dom.events.testing.asyncClipboard': true,
  };
}
