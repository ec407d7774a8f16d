// Electron's security checklist, applied by the window factory to every window. Written
// against the few Electron members it uses, so each rule is unit-tested on machines
// without the Electron binary (tests/unit/electron-security.test.ts).
import { extname, join, normalize, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'console';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** webPreferences for every window: isolated, sandboxed, no Node, no webviews. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: process.env.SFC_DEVTOOLS === '1',
  } as const;
}

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

type PreventableEvent = { preventDefault(): void };

export interface WebContentsLike {
  on(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface SessionLike {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void;
  setDevicePermissionHandler?(handler: (...args: unknown[]) => boolean): void;
}

/** Navigation stays inside the app; no new windows, no webviews. */
export function hardenWebContents(contents: WebContentsLike, onBlocked: (what: string, url: string) => void = () => {}): void {
  const stayInApp = (kind: string) => (event: PreventableEvent, url: string) => {
    if (!isAppUrl(url)) {
      event.preventDefault();
      onBlocked(kind, url);
    }
  };
  contents.on('will-navigate', stayInApp('navigation'));
  contents.on('will-frame-navigate', stayInApp('frame navigation'));
  contents.on('will-redirect', stayInApp('redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    onBlocked('webview', '');
  });
  contents.setWindowOpenHandler(({ url }) => {
    onBlocked('new window', url);
    return { action: 'deny' };
  });
}

/** Camera, microphone, notifications, geolocation, USB…: the console needs none, so every request is denied. */
export function hardenSession(session: SessionLike): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
}

/** IPC is answered only for the app's own top-level frame. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** The file behind an app:// URL, or null for anything outside the renderer folder. */
export function resolveAppFile(url: string, rendererDir: string): { path: string; type: string } | null {
  if (!isAppUrl(url)) return null;
  const pathname = decodeURIComponent(new URL(url).pathname);
  const root = resolve(rendererDir);
  const file = normalize(join(root, pathname === '/' ? 'index.html' : pathname));
  if (!file.startsWith(root + sep)) return null;
  return { path: file, type: MIME[extname(file)] ?? 'application/octet-stream' };
}
