// The desktop app: Electron lifecycle, one hardened window, the IPC transport. Everything
// below (runtime, API, domain, infra) is plain Node, shared with the browser mode.
import { app, Menu, session, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../infra/log';
import { startRuntimeHost, type RuntimeHost } from '../runtime/runtime-host';
import { appPaths } from '../runtime/app-paths';
import { contentSecurityPolicy, mediaOriginsFor } from '../runtime/csp';
import { registerAppScheme, serveApp } from './app-protocol';
import { registerIpc } from './ipc';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow } from './window-factory';
import { buildMenu } from './menu';
import { version } from '../../package.json';

const log = createLogger('desktop');
registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // One console per data folder: the demo database cannot be shared by two processes.
  app.quit();
}

let runtime: RuntimeHost | null = null;
let mainWindow: BrowserWindow | null = null;
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const onBlocked = (what: string, url: string) => log.warn(`blocked ${what}`, { url: url.slice(0, 200) });

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, onBlocked));

app.on('second-instance', () => {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
});

app.whenReady().then(async () => {
  const paths = appPaths(process.resourcesPath);
  hardenSession(session.defaultSession);
  Menu.setApplicationMenu(buildMenu());
  try {
    runtime = await startRuntimeHost({ dataDir: app.getPath('userData'), migrationsDir: paths.migrationsDir, transport: 'desktop', version, log });
  } catch (error) {
    log.error('the console could not start', { error: error instanceof Error ? error.message : String(error) });
    app.exit(1);
    return;
  }
  const host = runtime;
  serveApp(join(paths.root, 'out', 'renderer'), () => contentSecurityPolicy({ mediaOrigins: mediaOriginsFor(host.current().backends.storage) }));
  registerIpc(runtime.dispatcher, (reason) => log.warn(reason));
  mainWindow = createMainWindow({ preloadPath, onBlocked });
  mainWindow.on('closed', () => (mainWindow = null));
}).catch((error: unknown) => {
  log.error('startup failed', { error: String(error) });
  app.exit(1);
});

app.on('window-all-closed', () => app.quit());
app.on('before-quit', (event) => {
  if (!runtime) return;
  event.preventDefault();
  const stopping = runtime;
  runtime = null;
  void stopping.stop().finally(() => app.quit());
});
