// The only way the app makes a window: secure preferences, the hardening of security.ts,
// the app loaded from the app:// protocol (never file://), shown once painted.
import { BrowserWindow, type WebContents } from 'electron';
import { APP_ENTRY, hardenWebContents, secureWebPreferences } from './security';

export function createMainWindow(options: { preloadPath: string; onBlocked: (what: string, url: string) => void }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#0f1115',
    title: 'Social Flow Console',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  hardenWebContents(window.webContents as WebContents, options.onBlocked);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY);
  return window;
}
