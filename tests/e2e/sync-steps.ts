// How the sync e2e lets the page's Save get its host permission for the loopback server.
// Firefox: the real build, with the preference Mozilla's own tests use to grant optional
// permissions without the prompt (the request is made and answered for real).
// Chromium: no test can answer its permission prompt (no DevTools protocol for extension
// dialogs), and a permission already granted is granted again without one; so a copy of the
// build whose manifest grants the loopback origin at install. The page still asks in its click.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_EXTENSION_DIR } from './harness/paths';
import { browserName, type BrowserOptions } from './harness/session';

/** Any port of 127.0.0.1 over http: where the tests' rclone server listens. */
export const LOOPBACK_ORIGINS = 'http://127.0.0.1/*';

/** Options for useBrowser: see above. */
export function syncBrowserOptions(): BrowserOptions {
  if (browserName() === 'firefox') {
    // launchFirefox takes prefs; useBrowser passes its options on (a variable, so no literal check).
    const options: BrowserOptions & { prefs: Record<string, boolean> } = { sequential: true, prefs: { 'extensions.webextOptionalPermissionPrompts': false } };
    return options;
  }
  copy ??= extensionWithLoopbackAccess();
  return { sequential: true, extensionDir: copy };
}
let copy: string | undefined;

/** A copy of this run's built extension whose manifest grants LOOPBACK_ORIGINS; the build itself when there is none yet (the harness then says so). */
export function extensionWithLoopbackAccess(): string {
  const built = CHROME_EXTENSION_DIR;
  if (!existsSync(join(built, 'manifest.json'))) return built;
  const dir = join(mkdtempSync(join(tmpdir(), 'talk-notes-sync-')), 'extension');
  cpSync(built, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), LOOPBACK_ORIGINS];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}
