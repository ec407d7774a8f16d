// A console runtime on a fresh test database: the real dispatcher, handlers and domain code,
// with no demo backends, no keychain and no timers (tests run scheduled jobs themselves).
import { startRuntime, type ConsoleRuntime } from '../../electron/runtime/runtime';
import { openDatabase, type Database } from '../../electron/infra/db/database';
import { ManualClock } from '../../electron/infra/clock';
import { silentLogger } from '../../electron/infra/log';
import type { Caller } from '../../electron/api/handler';
import type { InputOf, OutputOf, ProcedureName } from '../../electron/api/contract';
import type { Envelope } from '../../electron/api/contract/errors';
import { createTestDatabase, type TestDatabase } from './database';

export interface TestConsole {
  runtime: ConsoleRuntime;
  db: Database;
  clock: ManualClock;
  testDb: TestDatabase;
  /** A client as a browser or window would be: keeps the session bound after sign-in. */
  client(name?: string): TestClient;
  close(): Promise<void>;
}

export interface TestClient {
  sessionId: string | null;
  call<N extends ProcedureName>(name: N, input: InputOf<N>): Promise<Envelope<OutputOf<N>>>;
  /** Calls and returns the data, failing the test on an error envelope. */
  ok<N extends ProcedureName>(name: N, input: InputOf<N>): Promise<OutputOf<N>>;
  signIn(email: string, password: string, totp?: string): Promise<void>;
}

export async function startTestConsole(now = new Date()): Promise<TestConsole> {
  const testDb = await createTestDatabase();
  const db = openDatabase(testDb.url, { max: 8 });
  const clock = new ManualClock(now);
  const runtime = await startRuntime({
    dataDir: '/nonexistent',
    migrationsDir: 'prisma/migrations',
    transport: 'web',
    version: 'test',
    log: silentLogger,
    clock,
    scheduler: false,
    keychain: { available: false, reason: 'not used in integration tests' },
    backends: {
      mode: 'production',
      database: db,
      databaseState: { state: 'ok', label: 'test database' },
      stripe: null,
      stripeState: { state: 'not_configured', label: 'Stripe' },
      storage: null,
      storageState: { state: 'not_configured', label: 'S3' },
      demo: null,
      stop: async () => {},
    },
  });

  const client = (name = 'client'): TestClient => {
    const self: TestClient = {
      sessionId: null,
      call: async (procedure, input) => {
        const caller: Caller = { transport: 'web', sessionId: self.sessionId, clientKey: name, ip: '127.0.0.1', bindSession: (id) => (self.sessionId = id) };
        return runtime.dispatcher.call(procedure, input, caller) as never;
      },
      ok: async (procedure, input) => {
        const result = await self.call(procedure, input);
        if (!result.ok) throw new Error(`${procedure} failed: ${result.error.code} ${result.error.message}`);
        return result.data;
      },
      signIn: async (email, password, totp) => {
        const result = await self.ok('auth.signIn', { email, password, ...(totp ? { totp } : {}) });
        if (result.status !== 'signed_in') throw new Error('sign-in needs a TOTP code');
      },
    };
    return self;
  };

  return {
    runtime,
    db,
    clock,
    testDb,
    client,
    async close() {
      await runtime.stop();
      await db.close();
      await testDb.drop();
    },
  };
}
