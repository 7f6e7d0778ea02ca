// Serves the fixture sites under their real host names on 127.0.0.1 (http and https, ephemeral ports);
// the http listener also acts as a forward proxy so Firefox can reach it through a PAC script.
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { makeSelfSignedCert } from './tls';
import { sitesDir, type SitePage } from './sites';

/** A running fixture server. */
export interface FixtureServer {
  httpPort: number;
  httpsPort: number;
  /** Every host name served. */
  hosts: string[];
  /** Requests served (and tunnels refused, status 403) so far: what reached the machine's network through it. */
  log: { host: string; path: string; status: number }[];
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

/** Starts both listeners for the given pages (files relative to `dir`). */
export async function startFixtureServer(pages: SitePage[], dir = sitesDir): Promise<FixtureServer> {
  const routes = new Map(
    pages.map((p) => [`${p.host.toLowerCase()}${p.path}`, { file: join(dir, p.file), headers: p.headers ?? {} }]),
  );
  const hosts = [...new Set(pages.map((p) => p.host.toLowerCase()))];
  const log: FixtureServer['log'] = [];

  const handle = async (req: IncomingMessage, res: ServerResponse, scheme: string): Promise<void> => {
    // A proxied request carries an absolute URL; a direct one only a path and the Host header.
    const url = new URL(req.url ?? '/', `${scheme}://${req.headers.host ?? 'unknown'}`);
    const host = url.hostname.toLowerCase();
    const route = routes.get(`${host}${url.pathname}`);
    let status = 404;
    if (route && (req.method === 'GET' || req.method === 'HEAD')) {
      try {
        const body = await readFile(route.file);
        status = 200;
        res.writeHead(200, {
          ...route.headers,
          'content-type': contentTypes[extname(route.file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      } catch {
        status = 500;
      }
    }
    if (status !== 200) {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(status === 404 ? 'not found\n' : 'fixture file unreadable\n');
    }
    log.push({ host, path: url.pathname, status });
  };

  const tls = makeSelfSignedCert(hosts);
  const https = createHttpsServer({ key: tls.key, cert: tls.cert }, (req, res) => void handle(req, res, 'https'));
  const http = createHttpServer((req, res) => void handle(req, res, 'http'));
  // CONNECT host:443 from the browser's proxy path goes to the TLS listener; anything else is refused so
  // nothing leaves the machine.
  http.on('connect', (req: IncomingMessage, client: Socket) => {
    const [host = '', port = ''] = (req.url ?? '').split(':');
    if (!hosts.includes(host.toLowerCase()) || port !== '443') {
      log.push({ host: host.toLowerCase(), path: `CONNECT :${port}`, status: 403 });
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(httpsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });

  const sockets = new Set<Socket>();
  for (const server of [http, https] as Server[]) {
    server.on('connection', (s: Socket) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
  }
  const listen = (server: Server): Promise<number> =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });
  const httpsPort = await listen(https);
  const httpPort = await listen(http);

  return {
    httpPort,
    httpsPort,
    hosts,
    log,
    async close() {
      for (const s of sockets) s.destroy();
      await Promise.all([http, https].map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
    },
  };
}
