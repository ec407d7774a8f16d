// `npm run web` (and `npm start` where there is no Electron binary or no display): the
// console served to a local browser by the same main-process code as the desktop app.
import { spawn } from 'node:child_process';
import { createLogger } from '../infra/log';
import { startRuntimeHost } from '../runtime/runtime-host';
import { defaultDataDir } from '../runtime/paths';
import { appPaths } from '../runtime/app-paths';
import { contentSecurityPolicy, mediaOriginsFor } from '../runtime/csp';
import { startWebServer } from './web-server';
import { version } from '../../package.json';

function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => {});
  child.unref();
}

async function main() {
  const args = process.argv.slice(2);
  const portArg = args.find((a) => a.startsWith('--port='));
  const log = createLogger('web');
  const paths = appPaths();
  const dataDir = defaultDataDir();
  log.info(`data folder: ${dataDir}`);

  const host = await startRuntimeHost({ dataDir, migrationsDir: paths.migrationsDir, transport: 'web', version, log });
  // Media origins follow the current connections (the demo's S3 port changes at each start).
  const csp = () => contentSecurityPolicy({ mediaOrigins: mediaOriginsFor(host.current().backends.storage) });
  const server = await startWebServer({ dispatcher: host.dispatcher, rendererDir: paths.rendererDir, csp, port: portArg ? Number(portArg.slice(7)) : 0, log });

  const banner = [
    '',
    `  Social Flow Console ${version} — ${host.current().backends.mode === 'demo' ? 'demo data (embedded PostgreSQL, Stripe emulator, local S3)' : 'production connections'}`,
    `  Open: ${server.launchUrl}`,
    '  (the link carries a secret that changes at every launch; keep it to yourself)',
    '  Stop with Ctrl+C.',
    '',
  ].join('\n');
  process.stdout.write(banner + '\n');
  if (!args.includes('--no-open')) openInBrowser(server.launchUrl);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log.info('stopping…');
    await server.close();
    await host.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`\nThe console could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
