// Serves the built renderer at app://console/… with the console's CSP, instead of file://
// (which would give the page the file system's origin and its loose rules).
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME, resolveAppFile } from './security';

export function registerAppScheme(): void {
  // Must run before the app is ready.
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveApp(rendererDir: string, csp: () => string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, rendererDir);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file.path);
      return new Response(body, {
        headers: { 'Content-Type': file.type, 'Content-Security-Policy': csp(), 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
