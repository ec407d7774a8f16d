// `npm start`: build if the sources changed, then open the desktop app — or, where there is
// no Electron binary or no desktop session, serve the same console to the browser on
// loopback (saying why). `npm run web` (--web) asks for the browser mode directly.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildIsCurrent, markBuilt } from './lib/build-state.mjs';

const root = process.cwd();
const args = process.argv.slice(2);
const wantWeb = args.includes('--web');
const passThrough = args.filter((a) => a !== '--web');

if (!buildIsCurrent(root)) {
  console.log('Building the console (electron-vite build)…');
  const build = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  markBuilt(root);
}

function whyNotDesktop() {
  if (wantWeb) return null;
  if (!existsSync(join(root, 'node_modules', 'electron', 'path.txt'))) {
    return 'The Electron binary is not installed on this machine (it downloads from GitHub at install time), so the desktop shell cannot open.';
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'There is no desktop session here (DISPLAY is not set), so no window can open.';
  }
  return undefined;
}

const reason = whyNotDesktop();
const child =
  reason === undefined
    ? spawn(process.execPath, [join(root, 'node_modules', 'electron', 'cli.js'), '.', ...passThrough], { stdio: 'inherit' })
    : (reason && console.log(`\n${reason}\nServing the same console to your browser on 127.0.0.1 instead (npm run web).`),
      spawn(process.execPath, [join(root, 'out', 'main', 'web.js'), ...passThrough], { stdio: 'inherit' }));

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
