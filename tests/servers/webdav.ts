/**
 * Real WebDAV servers on loopback for the sync tests: `rclone serve webdav` (ignores
 * If-Match) and, where it runs, Apache's mod_dav (see apache.ts). Each serves a fresh
 * folder on a free port and can be stopped and started again on the same port and folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitForHttp } from './free-port';

export interface DavServer {
  /** The folder URL to give the client, ending in `/`. */
  url: string;
  dir: string;
  user: string;
  password: string;
  port: number;
  /** Stops the server process; the folder stays. */
  stop(): Promise<void>;
  /** Starts it again on the same port and folder. */
  start(): Promise<void>;
  /** Stops it and removes the folder. */
  close(): Promise<void>;
}

export const USER = 'talk';
export const PASSWORD = 'app-password-1';

export async function startRclone(): Promise<DavServer> {
  const dir = mkdtempSync(join(tmpdir(), 'talk-notes-dav-'));
  const port = await freePort();
  return serveProcess('rclone', ['serve', 'webdav', dir, '--addr', `127.0.0.1:${port}`, '--user', USER, '--pass', PASSWORD], { dir, port, remove: dir });
}

/** A DavServer that is the process `command args` serving `dir` on `port`; started before it is returned. `remove` is deleted on close. */
export async function serveProcess(command: string, args: string[], where: { dir: string; port: number; remove: string }): Promise<DavServer> {
  let child: ChildProcess | null = null;
  const server: DavServer = {
    url: `http://127.0.0.1:${where.port}/`,
    dir: where.dir,
    user: USER,
    password: PASSWORD,
    port: where.port,
    async start() {
      if (child !== null) return;
      const proc = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      let log = '';
      proc.stderr?.on('data', (b: Buffer) => (log = (log + b.toString()).slice(-4000)));
      child = proc;
      const exited = new Promise<never>((_, reject) =>
        proc.once('exit', (code) => reject(new Error(`${command} exited (${code}) before serving: ${log}`))),
      );
      exited.catch(() => undefined);
      await Promise.race([waitForHttp(server.url), exited]);
    },
    async stop() {
      const proc = child;
      if (proc === null) return;
      child = null;
      if (proc.exitCode !== null) return;
      const gone = new Promise((r) => proc.once('exit', r));
      // At once, as a crash or a pulled plug would.
      proc.kill('SIGTERM');
      await gone;
    },
    async close() {
      await server.stop();
      rmSync(where.remove, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}

/** The Authorization header of the test account, for requests made straight to the server. */
export function auth(): Record<string, string> {
  return { Authorization: `Basic ${btoa(`${USER}:${PASSWORD}`)}` };
}

let folders = 0;

/** Makes a fresh folder below `baseUrl` (a server's, or a proxy's in front of it) and returns its URL. */
export async function newFolder(baseUrl: string): Promise<string> {
  const url = `${baseUrl}lib-${process.pid}-${++folders}/`;
  const res = await fetch(url, { method: 'MKCOL', headers: auth() });
  await res.body?.cancel();
  if (res.status !== 201) throw new Error(`MKCOL ${url}: ${res.status}`);
  return url;
}
