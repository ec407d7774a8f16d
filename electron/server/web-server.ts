// The browser mode: the same console served by the same main-process code to a browser on
// this machine. Bound to 127.0.0.1, guarded by a per-launch secret; the desktop app never
// opens a port (it uses IPC instead).
import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Dispatcher } from '../api/dispatcher';
import type { ApiErrorCode, Envelope } from '../api/contract/errors';
import type { Logger } from '../infra/log';
import { CALL_HEADER, LAUNCH_COOKIE, SESSION_COOKIE, cookie, hostAllowed, originAllowed, parseCookies, secretMatches, securityHeaders } from './web-guard';

export interface WebServerOptions {
  dispatcher: Dispatcher;
  /** The built renderer (index.html + assets). */
  rendererDir: string;
  csp: () => string;
  port?: number;
  log: Logger;
  /** Fixed by tests; random per launch otherwise. */
  launchSecret?: string;
  maxBodyBytes?: number;
}

export interface WebServer {
  port: number;
  origin: string;
  /** Open this once: it trades the secret for a cookie and lands on the console. */
  launchUrl: string;
  close(): Promise<void>;
}

const STATUS: Record<ApiErrorCode, number> = {
  VALIDATION: 400,
  UNKNOWN_PROCEDURE: 404,
  UNAUTHENTICATED: 401,
  LOCKED: 423,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  NOT_MIGRATED: 503,
  EXTERNAL: 502,
  INTERNAL: 500,
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

const LOCKED_OUT_PAGE = `<!doctype html><meta charset="utf-8"><title>Social Flow Console</title>
<body style="font:15px system-ui;margin:15vh auto;max-width:34em;color:#ddd;background:#111">
<h1 style="font-size:20px">This console needs its launch link</h1>
<p>The browser mode is protected by a secret that changes at every launch. Open the URL printed in the
terminal where you ran <code>npm start</code> or <code>npm run web</code>.</p></body>`;

function send(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string>): void {
  res.writeHead(status, { 'Content-Length': Buffer.byteLength(body).toString(), ...headers });
  res.end(body);
}

/**
 * The body, or 'too_large'. Past the limit nothing more is kept, but the rest is drained
 * (up to a hard cap) so the client reads our 413 instead of a reset connection.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > limit * 16) req.destroy();
    });
    req.on('end', () => resolveBody(size > limit ? 'too_large' : Buffer.concat(chunks)));
    req.on('close', () => size > limit && resolveBody('too_large'));
    req.on('error', reject);
  });
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const secret = options.launchSecret ?? randomBytes(32).toString('base64url');
  const maxBody = options.maxBodyBytes ?? 1024 * 1024;
  const root = resolve(options.rendererDir);
  let port = 0;

  const json = (res: ServerResponse, status: number, envelope: Envelope<unknown>, extra: Record<string, string> = {}) =>
    send(res, status, JSON.stringify(envelope), { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...securityHeaders(options.csp()), ...extra });
  const refuse = (res: ServerResponse, status: number, code: ApiErrorCode, message: string) => json(res, status, { ok: false, error: { code, message } });

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string, cookies: Map<string, string>) {
    if (req.method !== 'POST') return refuse(res, 405, 'VALIDATION', 'API calls are POST requests.');
    if (!originAllowed(req.headers, port)) return refuse(res, 403, 'FORBIDDEN', 'Cross-origin requests are refused.');
    if (req.headers[CALL_HEADER] !== '1') return refuse(res, 403, 'FORBIDDEN', `API calls must carry the ${CALL_HEADER} header.`);
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'VALIDATION', 'Send JSON (Content-Type: application/json).');
    const body = await readBody(req, maxBody);
    if (body === 'too_large') {
      res.setHeader('Connection', 'close');
      return refuse(res, 413, 'VALIDATION', `The request is larger than ${Math.round(maxBody / 1024)} KiB.`);
    }
    let payload: unknown;
    try {
      payload = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch {
      return refuse(res, 400, 'VALIDATION', 'The request body is not valid JSON.');
    }
    const setCookies: string[] = [];
    const envelope = await options.dispatcher.call(name, (payload as { input?: unknown })?.input, {
      transport: 'web',
      sessionId: cookies.get(SESSION_COOKIE) ?? null,
      clientKey: `web:${req.socket.remoteAddress ?? 'local'}`,
      ip: req.socket.remoteAddress ?? null,
      bindSession(sessionId) {
        setCookies.push(sessionId ? cookie(SESSION_COOKIE, sessionId, { path: '/api' }) : cookie(SESSION_COOKIE, '', { path: '/api', maxAge: 0 }));
      },
    });
    res.setHeader('Set-Cookie', setCookies);
    return json(res, envelope.ok ? 200 : STATUS[envelope.error.code], envelope);
  }

  function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', { 'Content-Type': 'text/plain' });
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname.slice(1));
    const file = normalize(join(root, relative));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      return send(res, 404, 'Not found', { 'Content-Type': 'text/plain', ...securityHeaders(options.csp()) });
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'private, max-age=31536000, immutable',
      ...securityHeaders(options.csp()),
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  }

  const server = createServer((req, res) => {
    void (async () => {
      if (!hostAllowed(req.headers, port)) return send(res, 421, 'Misdirected request', { 'Content-Type': 'text/plain' });
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      const cookies = parseCookies(req.headers.cookie);

      if (url.pathname.startsWith('/launch/')) {
        if (!secretMatches(url.pathname.slice('/launch/'.length), secret)) return send(res, 403, LOCKED_OUT_PAGE, { 'Content-Type': 'text/html; charset=utf-8' });
        return send(res, 303, '', { Location: '/', 'Set-Cookie': cookie(LAUNCH_COOKIE, secret, { path: '/' }), 'Cache-Control': 'no-store' });
      }
      if (!secretMatches(cookies.get(LAUNCH_COOKIE), secret)) {
        if (url.pathname.startsWith('/api/')) return refuse(res, 401, 'UNAUTHENTICATED', 'Open the launch link printed in the terminal first.');
        return send(res, 401, LOCKED_OUT_PAGE, { 'Content-Type': 'text/html; charset=utf-8', ...securityHeaders(options.csp()) });
      }
      if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice('/api/'.length), cookies);
      return serveStatic(req, res, url.pathname);
    })().catch((error: unknown) => {
      options.log.error('web request failed', { error: error instanceof Error ? error.message : String(error) });
      if (!res.headersSent) send(res, 500, 'Internal error', { 'Content-Type': 'text/plain' });
      else res.destroy();
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    port,
    origin,
    launchUrl: `${origin}/launch/${secret}`,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
