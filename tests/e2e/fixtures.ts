// One fixture, two targets: `page` is the console in Chromium (browser mode), or the
// Electron app's first window where the binary exists. Specs never know which.
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, _electron, type Page } from '@playwright/test';
import { DEMO_STAFF, DEMO_PASSWORD } from '../../prisma/seed/demo-staff';
import type { StaffRole } from '../../electron/api/contract/permissions';
import { SERVER_FILE } from './global-setup';

type Options = { target: 'browser' | 'electron' };

export const test = base.extend<Options & { shots: (name: string) => Promise<void> }>({
  target: ['browser', { option: true }],
  page: async ({ page, target }, use) => {
    if (target === 'electron') {
      const app = await _electron.launch({ args: ['.'], env: { ...process.env, SFC_DATA_DIR: mkdtempSync(join(tmpdir(), 'sfc-e2e-electron-')) } });
      const window = await app.firstWindow();
      await use(window);
      await app.close();
      return;
    }
    const { launchUrl } = JSON.parse(readFileSync(SERVER_FILE, 'utf8')) as { launchUrl: string };
    await page.goto(launchUrl);
    await use(page);
  },
  shots: async ({ page }, use, testInfo) => {
    await use(async (name) => {
      const path = join('tests', 'artifacts', 'screens', `${testInfo.project.name}-${name}.png`);
      await page.screenshot({ path, fullPage: false });
      await testInfo.attach(name, { path, contentType: 'image/png' });
    });
  },
});

export { expect };

export function demoAccount(role: StaffRole, index = 0) {
  const account = DEMO_STAFF.filter((m) => m.role === role && !m.totpSecret)[index];
  if (!account) throw new Error(`no demo ${role}`);
  return account;
}

export async function signIn(page: Page, role: StaffRole, index = 0) {
  const account = demoAccount(role, index);
  await page.getByLabel(/^Email( \*)?$/).fill(account.email);
  await page.getByLabel(/^Password( \*)?$/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /sign in/i }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
  return account;
}

export async function signOut(page: Page) {
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Type a command or a user to search for' }).fill('sign out');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(/^Email( \*)?$/)).toBeVisible();
}
