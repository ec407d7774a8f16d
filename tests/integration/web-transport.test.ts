// The browser mode over real HTTP on loopback: the launch secret, DNS-rebinding and
// cross-origin defences, input limits, HttpOnly session cookies, and the same dispatcher.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../electron/server/web-server';
import { contentSecurityPolicy } from '../../electron/runtime/csp';
import { silentLogger } from '../../electron/infra/log';
import { createStaff, createUser } from '../support/factories';
import { startTestConsole, type TestConsole } from '../support/test-runtime';

let c: TestConsole;
let server: WebServer;
const SECRET = 'launch-secret-for-tests-0123456789abcdef';

/** Raw HTTP, so the test controls headers a browser would not let it forge (Host, Origin). */
function request(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${server.port}`, ...options.headers } }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

const launchCookie = `sfc_launch=${SECRET}`;
const api = (name: string, input: unknown, headers: Record<string, string> = {}) =>
  request(`/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sfc-call': '1', origin: `http://127.0.0.1:${server.port}`, cookie: launchCookie, ...headers },
    body: JSON.stringify({ input }),
  });

beforeAll(async () => {
  c = await startTestConsole();
  await createStaff(c.db, ['support'], { email: 'web@socialflow.test' });
  await createUser(c.db, { username: 'findable_person', email: 'findable@example.com' });
  const renderer = mkdtempSync(join(tmpdir(), 'sfc-renderer-'));
  mkdirSync(join(renderer, 'assets'));
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>console</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  server = await startWebServer({ dispatcher: c.runtime.dispatcher, rendererDir: renderer, csp: () => contentSecurityPolicy({ mediaOrigins: [] }), log: silentLogger, launchSecret: SECRET });
});
afterAll(async () => {
  await server?.close();
  await c?.close();
});

describe('browser mode transport', () => {
  it('listens on loopback only and prints a launch link', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.launchUrl).toBe(`${server.origin}/launch/${SECRET}`);
  });

  it('serves nothing without the launch secret; the link trades it for an HttpOnly cookie', async () => {
    expect((await request('/')).status).toBe(401);
    expect((await request('/assets/app.js')).status).toBe(401);
    expect((await request('/launch/wrong-secret')).status).toBe(403);
    const launch = await request(`/launch/${SECRET}`);
    expect(launch.status).toBe(303);
    expect(launch.headers.location).toBe('/');
    const setCookie = String(launch.headers['set-cookie']);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    const page = await request('/', { headers: { cookie: launchCookie } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-frame-options']).toBe('DENY');
  });

  it('refuses other Host headers (DNS rebinding) even with the secret', async () => {
    const rebound = await request('/', { headers: { host: `attacker.example:${server.port}`, cookie: launchCookie } });
    expect(rebound.status).toBe(421);
  });

  it('refuses cross-origin calls, calls without the custom header and non-JSON bodies', async () => {
    expect((await api('system.status', {}, { origin: 'https://attacker.example' })).status).toBe(403);
    expect((await api('system.status', {}, { 'x-sfc-call': '' })).status).toBe(403);
    const form = await request('/api/system.status', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-sfc-call': '1', cookie: launchCookie }, body: 'input=1' });
    expect(form.status).toBe(415);
    expect((await request('/api/system.status', { headers: { cookie: launchCookie } })).status).toBe(405);
  });

  it('rejects bad JSON, oversized bodies and unknown procedures with clear errors', async () => {
    const badJson = await request('/api/system.status', { method: 'POST', headers: { 'content-type': 'application/json', 'x-sfc-call': '1', cookie: launchCookie }, body: '{nope' });
    expect(badJson.status).toBe(400);
    expect(JSON.parse(badJson.body).error.message).toMatch(/not valid JSON/);
    const huge = await api('users.search', { q: 'x'.repeat(2 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    const unknown = await api('users.dropAll', {});
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).error.code).toBe('UNKNOWN_PROCEDURE');
  });

  it('signs in with an HttpOnly session cookie scoped to the API, then calls and signs out', async () => {
    const signIn = await api('auth.signIn', { email: 'web@socialflow.test', password: 'staff-password' });
    expect(signIn.status).toBe(200);
    const sessionCookie = String(signIn.headers['set-cookie']);
    expect(sessionCookie).toMatch(/sfc_session=[^;]+; Path=\/api; HttpOnly; SameSite=Strict/);
    expect(signIn.body).not.toContain(sessionCookie.split(';')[0]!.split('=')[1]);
    const cookie = `${launchCookie}; ${sessionCookie.split(';')[0]}`;

    const search = await api('users.search', { q: 'findable' }, { cookie });
    expect(search.status).toBe(200);
    expect(JSON.parse(search.body).data.items[0].username).toBe('findable_person');

    const forbidden = await api('audit.verify', {}, { cookie });
    expect(forbidden.status).toBe(403);

    const out = await api('auth.signOut', {}, { cookie });
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
    expect((await api('users.search', { q: 'findable' }, { cookie })).status).toBe(401);
  });

  it('does not serve files outside the renderer folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/assets/../../index.html']) {
      const res = await request(path, { headers: { cookie: launchCookie } });
      expect([200, 404]).toContain(res.status);
      expect(res.body).not.toContain('"name"');
      expect(res.body).not.toContain('root:');
    }
  });
});
