// A saved database that is unreachable or not migrated: the console still starts, says which
// and how to fix it, refuses data calls with that message, and offers (only then) to forget
// the saved connection. Reconnecting replaces the runtime and signs everyone out.
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startRuntime } from '../../electron/runtime/runtime';
import { startRuntimeHost } from '../../electron/runtime/runtime-host';
import { freePort } from '../../electron/infra/db/embedded-postgres';
import { silentLogger } from '../../electron/infra/log';
import type { KeychainState, SecretStore } from '../../electron/infra/secrets/secret-store';
import type { Caller } from '../../electron/api/handler';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { createStaff } from '../support/factories';
import { openDatabase } from '../../electron/infra/db/database';

/** The keychain's contract in memory: this suite is about the database, the keychain has its own tests. */
function memoryKeychain(initial: Record<string, string>): KeychainState & { available: true; entries: Map<string, string> } {
  const entries = new Map(Object.entries(initial));
  const store: SecretStore = {
    get: async (k) => entries.get(k) ?? null,
    set: async (k, v) => void entries.set(k, v),
    delete: async (k) => entries.delete(k),
  };
  return { available: true, store, entries };
}

const caller = (): Caller => ({ transport: 'web', sessionId: null, clientKey: 't', ip: null, bindSession: () => {} });
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function options(keychain: KeychainState, requestRestart?: (reason: string) => void) {
  return { dataDir: '/nonexistent', migrationsDir: 'prisma/migrations', transport: 'web' as const, version: 'test', log: silentLogger, scheduler: false, keychain, requestRestart };
}

describe('a saved database that is not usable', () => {
  it('unreachable: starts anyway, explains, refuses data calls, and offers to forget it', async () => {
    const password = 'Zq8-distinctive-password';
    const url = `postgresql://console:${password}@127.0.0.1:${await freePort()}/social_flow`;
    const keychain = memoryKeychain({ 'database-url': url });
    const restarts: string[] = [];
    const runtime = await startRuntime(options(keychain, (reason) => restarts.push(reason)));
    cleanups.push(() => runtime.stop());

    const status = await runtime.dispatcher.call('system.status', {}, caller());
    expect(status.ok && status.data).toMatchObject({ mode: 'production', database: { state: 'unreachable' }, demoAccounts: [] });
    if (status.ok) {
      expect((status.data as { database: { fix: string } }).database.fix).toMatch(/Settings|remove the saved connection/);
      expect(JSON.stringify(status.data)).not.toContain(password);
    }
    const signIn = await runtime.dispatcher.call('auth.signIn', { email: 'a@b.c', password: 'x' }, caller());
    expect(!signIn.ok && signIn.error.code).toBe('UNAVAILABLE');
    expect(!signIn.ok && signIn.error.message).toMatch(/Cannot reach the database/);

    const forget = await runtime.dispatcher.call('system.forgetDatabase', {}, caller());
    expect(forget).toEqual({ ok: true, data: { restarting: true } });
    expect(keychain.entries.has('database-url')).toBe(false);
    expect(restarts).toHaveLength(1);
  });

  it('not migrated: says which migrations are missing and how to apply them', async () => {
    const maintenance = inject('postgresMaintenanceUrl');
    const client = new pg.Client({ connectionString: maintenance });
    await client.connect();
    await client.query('CREATE DATABASE empty_platform');
    await client.end();
    cleanups.push(async () => {
      const c = new pg.Client({ connectionString: maintenance });
      await c.connect();
      await c.query('DROP DATABASE IF EXISTS empty_platform WITH (FORCE)');
      await c.end();
    });
    const url = new URL(maintenance);
    url.pathname = '/empty_platform';
    const runtime = await startRuntime(options(memoryKeychain({ 'database-url': url.toString() })));
    cleanups.push(() => runtime.stop());
    const status = await runtime.dispatcher.call('system.status', {}, caller());
    expect(status.ok && status.data).toMatchObject({ database: { state: 'not_migrated' } });
    if (status.ok) expect((status.data as { database: { fix: string } }).database.fix).toContain('npm run db:migrate');
    const search = await runtime.dispatcher.call('auth.signIn', { email: 'a@b.c', password: 'x' }, caller());
    expect(!search.ok && search.error.code).toBe('NOT_MIGRATED');
  });

  it('a healthy database cannot be forgotten from the sign-in screen', async () => {
    const testDb: TestDatabase = await createTestDatabase();
    cleanups.push(() => testDb.drop());
    const keychain = memoryKeychain({ 'database-url': testDb.url });
    const runtime = await startRuntime(options(keychain, () => {}));
    cleanups.push(() => runtime.stop());
    const forget = await runtime.dispatcher.call('system.forgetDatabase', {}, caller());
    expect(!forget.ok && forget.error.code).toBe('PRECONDITION');
    expect(keychain.entries.has('database-url')).toBe(true);
  });

  it('applying connections replaces the runtime and signs everyone out', async () => {
    const testDb = await createTestDatabase();
    cleanups.push(() => testDb.drop());
    const db = openDatabase(testDb.url);
    await createStaff(db, ['admin'], { email: 'apply@socialflow.test' });
    await db.close();
    const host = await startRuntimeHost(options(memoryKeychain({ 'database-url': testDb.url })));
    cleanups.push(() => host.stop());
    let sessionId: string | null = null;
    const client: Caller = { ...caller(), get sessionId() { return sessionId; }, bindSession: (id) => (sessionId = id) };
    expect((await host.dispatcher.call('auth.signIn', { email: 'apply@socialflow.test', password: 'staff-password' }, client)).ok).toBe(true);
    const first = host.current();
    expect((await host.dispatcher.call('connections.apply', {}, client)).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await host.restart('wait for the scheduled restart');
    expect(host.current()).not.toBe(first);
    const after = await host.dispatcher.call('users.search', { q: 'apply' }, client);
    expect(!after.ok && after.error.code).toBe('UNAUTHENTICATED');
  });
});
