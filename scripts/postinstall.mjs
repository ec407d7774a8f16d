// Root postinstall: generate the Prisma client, then try to fetch the Electron binary.
// npm's allowScripts keeps electron's own install script off (it would fail the whole install
// where GitHub is unreachable); we run it here instead, where a failure is only a notice.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();

function run(cmd, args, options = {}) {
  return spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...options });
}

const generate = run(process.execPath, [join('scripts', 'prisma-generate.mjs')]);
if (generate.status !== 0) process.exit(generate.status ?? 1);

const electronDir = join(root, 'node_modules', 'electron');
if (!existsSync(electronDir)) process.exit(0); // production install without devDependencies
if (existsSync(join(electronDir, 'path.txt'))) process.exit(0); // binary already present

console.log('[postinstall] fetching the Electron binary (desktop shell)…');
const fetched = run(process.execPath, [join(electronDir, 'install.js')], {
  stdio: ['ignore', 'ignore', 'pipe'],
  timeout: 120_000,
  encoding: 'utf8',
});
if (fetched.status === 0 && existsSync(join(electronDir, 'path.txt'))) {
  console.log('[postinstall] Electron binary installed: `npm start` opens the desktop app.');
} else {
  const reason = (fetched.stderr || '').trim().split('\n').filter(Boolean).pop() ?? 'timed out';
  console.log(
    [
      '',
      '┌─ Social Flow Console ─────────────────────────────────────────────────────',
      '│ The Electron binary could not be downloaded, so the desktop shell is',
      '│ unavailable on this machine. Everything else is installed.',
      `│ Reason: ${reason.slice(0, 70)}`,
      '│ • `npm start` will serve the console to your browser on 127.0.0.1 instead.',
      '│ • `npm run web` does that explicitly.',
      '│ • With internet access, `node node_modules/electron/install.js` retries.',
      '└───────────────────────────────────────────────────────────────────────────',
      '',
    ].join('\n'),
  );
}
