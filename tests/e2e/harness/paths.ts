import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CHROME_EXTENSION_DIR = `${REPO_ROOT}.output/chrome-mv3`;
export const FIREFOX_EXTENSION_DIR = `${REPO_ROOT}.output/firefox-mv3`;

/**
 * The id Chromium gives an unpacked extension without a manifest `key`: the first 128 bits
 * of SHA-256 of its real path, written with the letters a–p. Known before launch, so a
 * test does not depend on the service worker being awake to build extension URLs.
 */
export function chromeExtensionIdFor(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}
