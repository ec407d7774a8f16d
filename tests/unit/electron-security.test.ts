// The window factory's security rules, one test each, against the same members of Electron's
// WebContents and Session the rules use (the Electron binary is not available here).
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY, hardenSession, hardenWebContents, isAppUrl, isTrustedSender, resolveAppFile, secureWebPreferences } from '../../electron/main/security';
import { contentSecurityPolicy } from '../../electron/runtime/csp';

class Contents extends EventEmitter {
  openHandler: ((d: { url: string }) => { action: 'deny' }) | null = null;
  setWindowOpenHandler(handler: (d: { url: string }) => { action: 'deny' }) {
    this.openHandler = handler;
  }
  attempt(event: string, url = ''): boolean {
    let prevented = false;
    this.emit(event, { preventDefault: () => (prevented = true) }, url);
    return prevented;
  }
}

function hardened() {
  const contents = new Contents();
  const blocked: string[] = [];
  hardenWebContents(contents, (what) => blocked.push(what));
  return { contents, blocked };
}

describe('window security', () => {
  it('webPreferences: isolated, sandboxed, no Node, no webviews, no insecure content', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('the app loads from its own protocol, never file://', () => {
    expect(APP_ENTRY).toBe('app://console/index.html');
    expect(isAppUrl(APP_ENTRY)).toBe(true);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('navigation to another origin is blocked; inside the app it is allowed', () => {
    const { contents, blocked } = hardened();
    expect(contents.attempt('will-navigate', 'https://evil.example/phish')).toBe(true);
    expect(contents.attempt('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.attempt('will-navigate', 'app://console/index.html#/users')).toBe(false);
    expect(blocked).toEqual(['navigation', 'navigation']);
  });

  it('redirects and frame navigations to other origins are blocked', () => {
    const { contents } = hardened();
    expect(contents.attempt('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.attempt('will-frame-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.attempt('will-redirect', 'app://console/index.html')).toBe(false);
  });

  it('new windows are denied, whatever the URL', () => {
    const { contents, blocked } = hardened();
    expect(contents.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'app://console/index.html' })).toEqual({ action: 'deny' });
    expect(blocked).toEqual(['new window', 'new window']);
  });

  it('webviews cannot be attached', () => {
    const { contents } = hardened();
    expect(contents.attempt('will-attach-webview')).toBe(true);
  });

  it('every permission request and check is denied', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | null = null;
    let check: ((...a: unknown[]) => boolean) | null = null;
    let device: ((...a: unknown[]) => boolean) | null = null;
    hardenSession({
      setPermissionRequestHandler: (h) => (request = h),
      setPermissionCheckHandler: (h) => (check = h),
      setDevicePermissionHandler: (h) => (device = h),
    });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'serial']) {
      let granted: boolean | null = null;
      request!(null, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
    }
    expect(check!(null, 'media')).toBe(false);
    expect(device!({})).toBe(false);
  });

  it('IPC is answered only for the app top frame', () => {
    expect(isTrustedSender({ url: 'app://console/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://console/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });

  it('the app protocol serves only files inside the renderer folder', () => {
    expect(resolveAppFile('app://console/index.html', '/app/out/renderer')?.path).toBe('/app/out/renderer/index.html');
    expect(resolveAppFile('app://console/', '/app/out/renderer')?.path).toBe('/app/out/renderer/index.html');
    expect(resolveAppFile('app://console/assets/app.js', '/app/out/renderer')?.type).toContain('javascript');
    expect(resolveAppFile('app://console/..%2F..%2Fmain%2Findex.js', '/app/out/renderer')).toBeNull();
    // The URL parser folds dot segments first, so this one lands inside the root, never above it.
    expect(resolveAppFile('app://console/%2e%2e/%2e%2e/etc/passwd', '/app/out/renderer')?.path).toBe('/app/out/renderer/etc/passwd');
    expect(resolveAppFile('https://console/index.html', '/app/out/renderer')).toBeNull();
  });

  it('the CSP allows scripts only from the app and media only from the media store', () => {
    const csp = contentSecurityPolicy({ mediaOrigins: ['http://127.0.0.1:9000'] });
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/img-src [^;]*http:\/\/127\.0\.0\.1:9000/);
    expect(csp).toMatch(/media-src [^;]*http:\/\/127\.0\.0\.1:9000/);
    expect(csp).not.toMatch(/script-src[^;]*127\.0\.0\.1/);
  });
});
