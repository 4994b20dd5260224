// The built extension with the loopback WebDAV origin granted at install, for the sync e2e.
// Neither Chromium nor WebDriver BiDi lets a test answer the browser's own permission prompt
// (Chromium: no DevTools protocol for extension dialogs), and a permission already granted is
// granted again by permissions.request without a prompt. So the page's Save still asks in its
// click, and the answer comes from the manifest instead of a person.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_EXTENSION_DIR, FIREFOX_EXTENSION_DIR } from './harness/paths';
import { browserName } from './harness/session';

/** Any port of 127.0.0.1 over http: where the tests' rclone server listens. */
export const LOOPBACK_ORIGINS = 'http://127.0.0.1/*';

/** A copy of this run's built extension whose manifest grants LOOPBACK_ORIGINS; the build itself when there is none yet (the harness then says so). */
export function extensionWithLoopbackAccess(): string {
  const built = browserName() === 'firefox' ? FIREFOX_EXTENSION_DIR : CHROME_EXTENSION_DIR;
  if (!existsSync(join(built, 'manifest.json'))) return built;
  const dir = join(mkdtempSync(join(tmpdir(), 'talk-notes-sync-')), 'extension');
  cpSync(built, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), LOOPBACK_ORIGINS];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}
