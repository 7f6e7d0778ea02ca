// The fixture server answers only the pages sites.json lists, by host name and path, and proxies only to them.
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { loadSites, type SitePage } from './harness/sites';

function get(
  server: FixtureServer,
  host: string,
  path: string,
  absolute = false,
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: server.httpPort, path: absolute ? `http://${host}${path}` : path, headers: { host } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

function connectLine(server: FixtureServer, target: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.httpPort, '127.0.0.1', () =>
      socket.write(`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n\r\n`),
    );
    socket.once('data', (d) => {
      resolve(String(d).split('\r\n')[0] ?? '');
      socket.destroy();
    });
    socket.on('error', reject);
  });
}

describe('fixture server', () => {
  const sites = loadSites();
  const page = sites.find((p) => p.kind === 'story') as SitePage;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer(sites);
  });
  afterAll(async () => {
    await server.close();
  });

  it('serves a listed page by Host header and by proxy-style absolute URL', async () => {
    const direct = await get(server, page.host, page.path);
    expect(direct.status).toBe(200);
    expect(direct.body).toContain('__pageScriptOk');
    expect((await get(server, page.host, page.path, true)).body).toBe(direct.body);
  });

  it('answers 404 for an unknown path or a listed path on another host', async () => {
    expect((await get(server, page.host, '/no/such/page')).status).toBe(404);
    const otherHost = sites.find((p) => p.host !== page.host && p.path !== page.path) as SitePage;
    expect((await get(server, otherHost.host, page.path)).status).toBe(404);
  });

  it('tunnels https only to the hosts it serves', async () => {
    expect(await connectLine(server, `${page.host}:443`)).toMatch(/^HTTP\/1\.1 200/);
    expect(await connectLine(server, 'www.google.com:443')).toMatch(/^HTTP\/1\.1 403/);
  });

  it("sends a page's own headers (a strict Content-Security-Policy) and none to other pages", async () => {
    const strict = sites.find((p) => p.headers?.['content-security-policy']);
    expect(strict, 'sites.json lists a page with a Content-Security-Policy header').toBeDefined();
    const answer = await get(server, strict!.host, strict!.path);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-security-policy']).toBe(strict!.headers?.['content-security-policy']);
    expect((await get(server, page.host, page.path)).headers['content-security-policy']).toBeUndefined();
  });
});
