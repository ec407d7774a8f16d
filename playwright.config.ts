// End-to-end tests, written once, for two targets: the browser mode in Chromium (always),
// and the Electron app through Playwright's _electron (only where the Electron binary is
// installed — it cannot be downloaded on offline machines; the run says so).
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

type Target = { target: 'browser' | 'electron' };

const chromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const hasElectron = existsSync('node_modules/electron/path.txt');
if (!hasElectron) {
  console.log('[e2e] Electron target skipped: the Electron binary is not installed on this machine (node_modules/electron/path.txt is missing). The same specs run against the browser mode.');
}

export default defineConfig<Target>({
  testDir: 'tests/e2e',
  outputDir: 'tests/artifacts/e2e-results',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Walkthroughs sign in as several people; on a busy 2-core machine one takes minutes.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { outputFolder: 'tests/artifacts/e2e-report', open: 'never' }]],
  use: {
    viewport: { width: 1440, height: 900 },
    screenshot: 'on',
    trace: 'retain-on-failure',
    launchOptions: {
      ...(chromium ? { executablePath: chromium } : {}),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'browser', use: { browserName: 'chromium', target: 'browser' } },
    ...(hasElectron ? [{ name: 'electron', use: { target: 'electron' as const } }] : []),
  ],
});
