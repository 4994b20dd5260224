// Firefox has no --host-resolver-rules. Instead a PAC script sends the mapped hosts to this
// loopback proxy, which tunnels every CONNECT to the fixture server: the browser still
// speaks TLS to "www.youtube.com" end to end (SNI and Host header intact), so the real match
// patterns and origins apply. Anything else the proxy refuses; other hosts go direct.
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface HostProxy {
  port: number;
  /** A PAC script (for network.proxy.autoconfig_url) routing `hosts` through the proxy. */
  pac(hosts: readonly string[]): string;
  close(): Promise<void>;
}

export async function startHostProxy(targetPort: number): Promise<HostProxy> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(502, { 'content-type': 'text/plain' });
    res.end('talk-notes e2e proxy: only CONNECT (https) to mapped hosts is served');
  });
  // Tunnels leave the HTTP server's bookkeeping, so close() ends them itself.
  const tunnels = new Set<Socket>();
  server.on('connect', (_req, client: Socket, head) => {
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    for (const socket of [client, upstream]) {
      tunnels.add(socket);
      socket.on('close', () => tunnels.delete(socket));
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    pac: (hosts) => `function FindProxyForURL(url, host) {
  return ${JSON.stringify(hosts)}.indexOf(host) >= 0 ? "PROXY 127.0.0.1:${port}" : "DIRECT";
}`,
    close: () =>
      new Promise<void>((ok) => {
        for (const socket of tunnels) socket.destroy();
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
