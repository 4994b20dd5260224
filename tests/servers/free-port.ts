import { createServer } from 'node:net';

/** A loopback port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Resolves once something answers HTTP on the port (any status), or rejects after `ms`. */
export async function waitForHttp(url: string, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      const res = await fetch(url, { method: 'OPTIONS', signal: AbortSignal.timeout(1000) });
      await res.body?.cancel();
      return;
    } catch (e) {
      if (Date.now() > until) throw new Error(`nothing answered at ${url} within ${ms} ms`, { cause: e });
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
