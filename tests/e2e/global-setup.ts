// The e2e run's own temporary folder: every browser profile, certificate and download of the
// run is made under it (TMPDIR, inherited by the test process). Browsers the run kept for reuse
// are still open when the last file ends; this teardown closes whatever is left and removes it all.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browsersUnder, killAll } from './harness/crash';

export default function setup() {
  const root = mkdtempSync(join(tmpdir(), `talk-notes-e2e-${process.env.E2E_BROWSER ?? 'chromium'}-`));
  process.env.TMPDIR = root;
  return async () => {
    await killAll(browsersUnder(root));
    rmSync(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };
}
