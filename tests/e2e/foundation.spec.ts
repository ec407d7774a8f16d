// The foundation's workflow, as a new user would try it on the demo data: every demo role signs
// in; support finds people by a misspelt name, an email and a Stripe customer id; a moderator
// suspends an account until a chosen end time and sees the staff action; an admin finds the
// audit row and verifies the hash chain.
import type { Page } from '@playwright/test';
import { CAST_NAMES } from '../../prisma/seed/demo/scenario';
import { ROLE_LABELS, STAFF_ROLES } from '../../electron/api/contract/permissions';
import { expect, signIn, signOut, test } from './fixtures';

const kwabena = CAST_NAMES.largePayoutCreator;
// One of the demo's spam-wave accounts: suspending it does not disturb other walkthroughs.
const SPAMMER = 'fast.profit.4838';

async function searchUsers(page: Page, text: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await page.getByRole('searchbox', { name: 'Search users', exact: true }).fill(text);
  // The page puts the search it shows into the URL once the results are in: wait for this
  // search's, not the previous one's, before reading or clicking a row.
  const wanted = new URLSearchParams({ q: text }).toString();
  await expect.poll(() => new URL(page.url()).hash.split('?')[1] ?? '').toBe(wanted);
  await expect(page.getByLabel('Searching')).toBeHidden();
  await expect(page.getByTestId('search-took')).toBeVisible();
  return page.getByTestId('users-page');
}

test('every demo role signs in, sees its role and signs out', async ({ page, shots }) => {
  for (const role of STAFF_ROLES) {
    const account = await signIn(page, role);
    await expect(page.getByText(account.email).first()).toBeVisible();
    await expect(page.getByText(ROLE_LABELS[role]).first()).toBeVisible();
    await shots(`home-${role}`);
    await signOut(page);
  }
});

test('support finds a user by misspelt name, email and Stripe customer id', async ({ page, shots }) => {
  await signIn(page, 'support');
  const fullName = `${kwabena.first} ${kwabena.last}`;
  const misspelt = `${kwabena.first} ${kwabena.last.slice(0, 2)}${kwabena.last.slice(3)}`; // "Kwabena Asre"
  let results = await searchUsers(page, misspelt);
  await expect(results.getByText(fullName).first()).toBeVisible();
  await shots('support-fuzzy-search');

  results = await searchUsers(page, kwabena.username.slice(0, 10));
  await expect(results.getByText(`@${kwabena.username}`).first()).toBeVisible();

  results = await searchUsers(page, kwabena.email);
  await results.getByText(fullName).first().click();
  await expect(page.getByTestId('user-name')).toContainText(fullName);
  const customerId = (await page.getByTestId('money').locator('code').first().textContent())?.trim() ?? '';
  expect(customerId).toMatch(/^cus_/);
  await shots('support-user-page');

  results = await searchUsers(page, customerId);
  await expect(results.getByText(fullName).first()).toBeVisible();
  // Support sees contact details unmasked only where its role allows; the email shown here is masked or whole, never empty.
  await signOut(page);
});

test('a moderator suspends an account until a chosen time; an admin sees the audit row and verifies the chain', async ({ page, shots }) => {
  await signIn(page, 'moderator');
  const results = await searchUsers(page, SPAMMER);
  await results.getByText(`@${SPAMMER}`).first().click();
  await expect(page.getByTestId('user-name')).toBeVisible();

  await page.getByRole('group', { name: 'Account actions' }).getByRole('button', { name: /suspend/i }).click();
  const dialog = page.getByTestId('suspend-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: '7 days' }).or(dialog.getByRole('button', { name: '7 days' })).first().click();
  const inAWeek = new Date(Date.now() + 7 * 24 * 3_600_000).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
  await expect(dialog.getByTestId('suspend-ends')).toContainText(inAWeek);
  const reason = `E2E: coordinated crypto-signal spam under many videos (${Date.now()})`;
  await dialog.getByLabel('Reason').fill(reason);
  await shots('moderator-suspend-dialog');
  await dialog.getByRole('button', { name: 'Suspend', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Suspended').first()).toBeVisible();
  await expect(page.getByTestId('staff-actions')).toContainText(reason);
  await shots('moderator-user-suspended');
  await page.keyboard.press('Shift+T');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await shots('moderator-user-suspended-dark');
  await page.keyboard.press('Shift+T');
  await signOut(page);

  await signIn(page, 'admin');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
  await page.getByLabel('Action starts with').fill('user.suspend');
  await page.keyboard.press('Enter');
  const table = page.getByTestId('audit-table');
  await expect(table.getByText(reason.slice(0, 40)).first()).toBeVisible();
  await page.getByRole('button', { name: /verify chain/i }).click();
  await expect(page.getByTestId('verify-result')).toContainText('The audit chain is intact');
  await shots('admin-audit-verified');
});
