// Runs against the real OS keychain (on Linux CI: GNOME Keyring over a private D-Bus session
// started by scripts/with-keyring.mjs). Secrets go in and out of the keychain; the view the
// renderer gets never contains them; nothing lands on disk in plain text; and without a
// keychain the console says so and stores nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openKeychain } from '../../electron/infra/secrets/keychain';
import { ConnectionManager } from '../../electron/runtime/connections';
import type { KeychainState } from '../../electron/infra/secrets/secret-store';
import { SYSTEM_ACTOR } from '../../electron/domain/audit/audit-writer';

const service = `Social Flow Console test ${randomBytes(4).toString('hex')}`;
const secretPassword = `pw-${randomBytes(12).toString('hex')}`;
let keychain: KeychainState;

// PostgreSQL clusters (the demo's, the benchmark's) are skipped: nothing in this test writes to
// a database, and reading a multi-gigabyte benchmark cluster would take minutes.
const SKIPPED_DIRECTORIES = new Set(['cluster', 'bench', 'demo']);

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (!statSync(path).isDirectory()) return [path];
    return SKIPPED_DIRECTORIES.has(name) ? [] : filesUnder(path);
  });
}

describe('OS keychain', () => {
  afterAll(async () => {
    if (keychain?.available) for (const account of ['database-url', 'stripe-secret-key', 'probe']) await keychain.store.delete(account);
  });

  it('is available here, and stores, reads and deletes a secret', async () => {
    keychain = await openKeychain(service);
    if (!keychain.available) throw new Error(`No keychain: ${keychain.reason}`);
    await keychain.store.set('probe', 'value-1');
    expect(await keychain.store.get('probe')).toBe('value-1');
    await keychain.store.set('probe', 'value-2');
    expect(await keychain.store.get('probe')).toBe('value-2');
    expect(await keychain.store.delete('probe')).toBe(true);
    expect(await keychain.store.get('probe')).toBeNull();
  });

  it('saved connections are shown by their non-secret parts only', async () => {
    if (!keychain.available) throw new Error('keychain unavailable');
    const manager = new ConnectionManager({ keychain, demo: null, migrationsDir: 'prisma/migrations', db: () => null });
    const url = `postgresql://console_app:${secretPassword}@db.internal.example:6543/social_flow`;
    const view = await manager.save({ kind: 'database', url }, SYSTEM_ACTOR);
    expect(view.database).toEqual({ configured: true, source: 'keychain', host: 'db.internal.example', port: 6543, database: 'social_flow', user: 'console_app' });
    expect(view.restartRequired).toBe(true);
    const stripeKey = `sk_test_${randomBytes(16).toString('hex')}`;
    const withStripe = await manager.save({ kind: 'stripe', secretKey: stripeKey }, SYSTEM_ACTOR);
    expect(withStripe.stripe.keyHint).toBe(`${stripeKey.slice(0, 8)}…${stripeKey.slice(-4)}`);

    const serialized = JSON.stringify(await manager.view());
    expect(serialized).not.toContain(secretPassword);
    expect(serialized).not.toContain(stripeKey);
    expect(await keychain.store.get('database-url')).toBe(url);

    const removed = await manager.remove('database', SYSTEM_ACTOR);
    expect(removed.database.configured).toBe(false);
    expect(await keychain.store.get('database-url')).toBeNull();
  });

  it('nothing is written to disk in plain text (the keyring file is encrypted)', async () => {
    if (!keychain.available) throw new Error('keychain unavailable');
    await keychain.store.set('probe', secretPassword);
    const keyrings = join(process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'keyrings');
    expect(filesUnder(keyrings).length, 'the keyring file exists').toBeGreaterThan(0);
    const candidates = [keyrings, join(process.cwd(), '.data'), process.env.SFC_DATA_DIR ?? ''].filter(Boolean);
    const leaks = candidates.flatMap(filesUnder).filter((file) => readFileSync(file).includes(Buffer.from(secretPassword)));
    expect(leaks).toEqual([]);
    await keychain.store.delete('probe');
  });

  it('without a keychain the console says why and refuses to store anything', () => {
    // A process with no session bus and no display: the Secret Service cannot be reached.
    const env = { ...process.env };
    delete env.DBUS_SESSION_BUS_ADDRESS;
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const script = `
      import { openKeychain } from './electron/infra/secrets/keychain.ts';
      import { ConnectionManager } from './electron/runtime/connections.ts';
      const keychain = await openKeychain('probe-no-keychain');
      let refused = null;
      try {
        await new ConnectionManager({ keychain, demo: null, migrationsDir: 'x', db: () => null })
          .save({ kind: 'stripe', secretKey: 'sk_test_abcdefghijklmnop' }, { userId: null, roles: [], origin: 'system' });
      } catch (e) { refused = { code: e.code, message: e.message }; }
      console.log(JSON.stringify({ keychain, refused }));`;
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env, encoding: 'utf8', cwd: process.cwd(), timeout: 60_000 });
    const line = result.stdout.trim().split('\n').pop() ?? '';
    const outcome = JSON.parse(line) as { keychain: { available: boolean; reason?: string }; refused: { code: string; message: string } | null };
    expect(outcome.keychain.available).toBe(false);
    expect(outcome.keychain.reason).toMatch(/keychain|Secret Service/i);
    expect(outcome.refused?.code).toBe('UNAVAILABLE');
    expect(outcome.refused?.message).toBe(outcome.keychain.reason);
  });
});

// Fails loudly if the suite ever runs without a Secret Service instead of passing vacuously.
it('runs under a Secret Service on Linux', () => {
  if (process.platform !== 'linux') return;
  expect(process.env.DBUS_SESSION_BUS_ADDRESS, 'run through scripts/with-keyring.mjs').toBeTruthy();
  expect(() => execFileSync('sh', ['-c', 'command -v gnome-keyring-daemon'])).not.toThrow();
});
