/**
 * A WebDAV client on fetch, for a service worker as much as for Node: PROPFIND (depth 1),
 * GET, PUT, MOVE, MKCOL, DELETE. Every failure becomes a SyncError with words for a person.
 * Conditional requests are not used for correctness: servers differ on them (rclone ignores
 * If-Match; Apache gives fresh files weak ETags that never match).
 */
import { toBase64 } from '@/utils/sync/crypto';
import { errorForStatus, SyncError } from '@/utils/sync/errors';
import { parseMultistatus } from '@/utils/sync/propfind';
import { parseServerUrl } from '@/utils/sync/server-url';
import type { RemoteEntry, RemoteFiles } from '@/utils/sync/remote';

export interface WebDavSettings {
  /** The folder the library lives in, e.g. `https://cloud.example/remote.php/dav/files/me/Talk Notes/`. */
  url: string;
  user: string;
  password: string;
}

export interface WebDavOptions {
  fetch?: typeof fetch;
  /** Per request; a large upload on a slow line needs long. */
  timeoutMs?: number;
}

const PROPFIND_BODY =
  '<?xml version="1.0" encoding="utf-8"?><propfind xmlns="DAV:"><prop><resourcetype/><getcontentlength/><getetag/></prop></propfind>';

export class WebDavClient implements RemoteFiles {
  private readonly base: URL;
  private readonly auth: string;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;

  constructor(settings: WebDavSettings, opts: WebDavOptions = {}) {
    this.base = parseServerUrl(settings.url);
    this.auth = `Basic ${toBase64(new TextEncoder().encode(`${settings.user}:${settings.password}`))}`;
    this.fetchImpl = opts.fetch ?? globalThis.fetch.bind(globalThis);
    this.timeoutMs = opts.timeoutMs ?? 120_000;
  }

  async list(folder: string): Promise<RemoteEntry[] | null> {
    const url = this.url(folder);
    const res = await this.request('PROPFIND', url, `listing ${folder || 'the folder'}`, {
      headers: { Depth: '1', 'Content-Type': 'application/xml; charset=utf-8' },
      body: PROPFIND_BODY,
      ok: [207],
      absent: [404],
    });
    if (res === null) return null;
    const text = await this.body(res, 'listing').then((b) => new TextDecoder().decode(b));
    try {
      return parseMultistatus(text, url.pathname);
    } catch (cause) {
      throw new SyncError(
        'protocol',
        `The server ${this.base.host} did not answer like a WebDAV server (${(cause as Error).message}). Check the server address.`,
        207,
        { cause },
      );
    }
  }

  async get(path: string): Promise<Uint8Array<ArrayBuffer> | null> {
    const res = await this.request('GET', this.url(path), `reading ${path}`, { ok: [200], absent: [404] });
    return res === null ? null : this.body(res, `reading ${path}`);
  }

  async put(path: string, body: Uint8Array<ArrayBuffer>): Promise<void> {
    const res = await this.request('PUT', this.url(path), `writing ${path}`, {
      headers: { 'Content-Type': 'application/octet-stream' },
      body,
      ok: [200, 201, 204],
    });
    await res?.body?.cancel();
  }

  async move(from: string, to: string, overwrite: boolean): Promise<boolean> {
    const res = await this.request('MOVE', this.url(from), `renaming ${from}`, {
      headers: { Destination: this.url(to).href, Overwrite: overwrite ? 'T' : 'F' },
      ok: [201, 204],
      absent: [412],
    });
    await res?.body?.cancel();
    return res !== null;
  }

  async mkcol(folder: string): Promise<void> {
    // 405: it exists already (Apache); rclone answers 201 either way.
    const res = await this.request('MKCOL', this.url(folder), `making the folder ${folder}`, { ok: [201, 200, 204], absent: [405] });
    await res?.body?.cancel();
  }

  async delete(path: string): Promise<void> {
    const res = await this.request('DELETE', this.url(path), `deleting ${path}`, { ok: [200, 204], absent: [404] });
    await res?.body?.cancel();
  }

  /** The absolute URL of a path below the library folder, each segment percent-encoded. */
  url(path: string): URL {
    const encoded = path
      .split('/')
      .map((s) => encodeURIComponent(s))
      .join('/');
    return new URL(encoded, this.base);
  }

  /** The response for an `ok` status, null for an `absent` one; a SyncError for anything else. */
  private async request(
    method: string,
    url: URL,
    what: string,
    opts: { headers?: Record<string, string>; body?: BodyInit; ok: number[]; absent?: number[] },
  ): Promise<Response | null> {
    let res: Response;
    try {
      res = await this.fetchImpl(url, {
        method,
        headers: { Authorization: this.auth, ...opts.headers },
        body: opts.body,
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'follow',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (cause) {
      throw this.unreachable(what, cause);
    }
    if (opts.ok.includes(res.status)) return res;
    await res.body?.cancel().catch(() => undefined);
    if (opts.absent?.includes(res.status)) return null;
    throw errorForStatus(res.status, this.base.host, what);
  }

  private async body(res: Response, what: string): Promise<Uint8Array<ArrayBuffer>> {
    try {
      return new Uint8Array(await res.arrayBuffer());
    } catch (cause) {
      throw this.unreachable(what, cause);
    }
  }

  private unreachable(what: string, cause: unknown): SyncError {
    const timedOut = (cause as Error | undefined)?.name === 'TimeoutError';
    return new SyncError(
      'offline',
      timedOut
        ? `The server ${this.base.host} took too long (${what}). Sync will try again.`
        : `Could not reach the server ${this.base.host} (${what}). Check your connection and the server address; sync will try again.`,
      undefined,
      { cause },
    );
  }
}

