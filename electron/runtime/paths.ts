// Where the console keeps its data (the demo database, the emulators' state, preferences):
// the same folder Electron's app.getPath('userData') gives the desktop app, so the desktop
// app and the browser mode share one demo. SFC_DATA_DIR overrides it (tests, servers).
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Social Flow Console';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.SFC_DATA_DIR) return env.SFC_DATA_DIR;
  const home = homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), PRODUCT_NAME);
}
