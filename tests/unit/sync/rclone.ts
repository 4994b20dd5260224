// One rclone WebDAV server on loopback for a test file, started and stopped by its hooks.
import { afterAll, beforeAll, vi } from 'vitest';
import { startRclone, type DavServer } from '../../servers/webdav';

/** The server of this file; read `.server` inside tests. */
export function useRclone(): { readonly server: DavServer } {
  // Real servers and several syncs per test: a loaded machine needs more than the default 5 s.
  vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
  let server: DavServer | undefined;
  beforeAll(async () => {
    server = await startRclone();
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('the WebDAV server is not started (use it inside tests or hooks)');
      return server;
    },
  };
}
