// Starts one console in the browser mode, on a fresh data folder (so on the demo default:
// embedded PostgreSQL, seeded demo data, the Stripe emulator and local S3), exactly as
// `npm run web` does for a new user, and hands its launch URL to the specs.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SERVER_FILE = join('tests', 'artifacts', 'e2e-server.json');

export default async function globalSetup() {
  const dataDir = mkdtempSync(join(tmpdir(), 'sfc-e2e-'));
  const child = spawn(process.execPath, [join('out', 'main', 'web.js'), '--no-open'], {
    env: { ...process.env, SFC_DATA_DIR: dataDir, SFC_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const launchUrl = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the console did not start within 240 s:\n${output}`)), 240_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/launch\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`the console exited (${code}) before it was ready:\n${output}`)));
  });
  mkdirSync(join('tests', 'artifacts'), { recursive: true });
  writeFileSync(SERVER_FILE, JSON.stringify({ launchUrl, dataDir }));
  return async () => {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  };
}
