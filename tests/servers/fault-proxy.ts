/**
 * A tiny HTTP proxy on loopback between the client and a real WebDAV server, to make the
 * faults a real network and server have: an error status, a reply cut short, a request
 * that makes the server stop. Every request is forwarded unless a rule takes it.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { freePort } from './free-port';

export interface ProxiedRequest {
  method: string;
  /** The path of the URL, decoded. */
  path: string;
}

/**
 * What to do with a request: forward it (undefined); answer with a status; cut its reply
 * after some bytes; run `before` and then forward it; forward it, run `after` once the
 * server has done it, and drop the connection without an answer; or change its reply's text.
 */
export type Fault =
  | { status: number }
  | { truncateTo: number }
  | { before: () => Promise<void> }
  | { after: () => Promise<void> }
  | { edit: (body: string) => string }
  | undefined;

export interface FaultProxy {
  url: string;
  /** Requests seen, in order. */
  seen: ProxiedRequest[];
  /** Bytes of request bodies forwarded (what a client sent). */
  bytesUp: number;
  rule: (req: ProxiedRequest) => Fault;
  close(): Promise<void>;
}

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const port = await freePort();
  const to = new URL(target);
  const proxy: FaultProxy = { url: `http://127.0.0.1:${port}/`, seen: [], bytesUp: 0, rule: () => undefined, close: async () => undefined };
  const server = createServer((req, res) => void handle(proxy, to, req, res));
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  proxy.close = () =>
    new Promise((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
  return proxy;
}

async function handle(proxy: FaultProxy, to: URL, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const seen = { method: req.method ?? 'GET', path: decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname) };
  proxy.seen.push(seen);
  const fault = proxy.rule(seen);
  if (fault !== undefined && 'status' in fault) {
    req.resume();
    res.writeHead(fault.status, { 'Content-Type': 'text/plain' }).end(`fault ${fault.status}`);
    return;
  }
  if (fault !== undefined && 'before' in fault) await fault.before();
  const headers: Record<string, string | string[] | undefined> = { ...req.headers, host: to.host };
  // The destination of a MOVE names the proxy; the server must see itself there.
  if (typeof headers.destination === 'string') {
    const d = new URL(headers.destination);
    headers.destination = `${to.origin}${d.pathname}`;
  }
  const up = request({ host: to.hostname, port: to.port, method: req.method, path: req.url, headers }, (upRes) => {
    if (fault !== undefined && 'after' in fault) {
      upRes.resume();
      void fault.after().then(() => res.socket?.destroy());
      return;
    }
    if (fault !== undefined && 'edit' in fault) {
      const chunks: Buffer[] = [];
      upRes.on('data', (c: Buffer) => chunks.push(c));
      upRes.on('end', () => {
        const body = Buffer.from(fault.edit(Buffer.concat(chunks).toString('utf8')));
        res.writeHead(upRes.statusCode ?? 502, { ...upRes.headers, 'content-length': String(body.length) }).end(body);
      });
      return;
    }
    if (fault !== undefined && 'truncateTo' in fault) {
      // The promised length is sent with fewer bytes, then the connection is cut.
      res.writeHead(upRes.statusCode ?? 502, upRes.headers);
      const chunks: Buffer[] = [];
      upRes.on('data', (c: Buffer) => chunks.push(c));
      upRes.on('end', () => {
        res.write(Buffer.concat(chunks).subarray(0, fault.truncateTo));
        res.socket?.destroy();
      });
      return;
    }
    res.writeHead(upRes.statusCode ?? 502, upRes.headers);
    upRes.pipe(res);
  });
  up.on('error', () => {
    // The server is gone: the client sees its connection dropped, as it would without us.
    res.socket?.destroy();
  });
  req.on('data', (c: Buffer) => (proxy.bytesUp += c.length));
  req.pipe(up);
}
