// The composition root, shared by the desktop shell (electron/main) and the browser mode
// (electron/server): resolve the backends (saved connections, or the demo), build the
// services and the dispatcher, start the scheduled jobs.
import { ApiError } from '../api/contract/errors';
import { createDispatcher, type Dispatcher } from '../api/dispatcher';
import { handlers } from '../api/registry';
import { Authenticator } from '../domain/access/authenticator';
import { FailureRateLimiter } from '../domain/access/rate-limiter';
import { SessionStore } from '../domain/access/sessions';
import { liftExpiredSuspensions } from '../domain/accounts/enforcement';
import { ensureUpcomingPartitions } from '../domain/maintenance/partitions';
import { systemClock, type Clock } from '../infra/clock';
import type { Logger } from '../infra/log';
import { openKeychain } from '../infra/secrets/keychain';
import type { KeychainState } from '../infra/secrets/secret-store';
import { SECRET_ACCOUNTS } from '../infra/secrets/secret-store';
import { DEMO_STAFF } from '../../prisma/seed/demo-staff';
import type { Backends } from './backends';
import { ConnectionManager } from './connections';
import { startDemoBackends } from './demo-backends';
import { connectProductionBackends } from './production-backends';
import { startScheduler } from './scheduler';
import type { Services } from './services';
import { SettingsStore } from './settings';

export interface RuntimeOptions {
  dataDir: string;
  migrationsDir: string;
  transport: 'desktop' | 'web';
  version: string;
  log: Logger;
  clock?: Clock;
  /** Injected by tests; otherwise the OS keychain. */
  keychain?: KeychainState;
  /** Injected by tests; otherwise resolved from the keychain or the demo. */
  backends?: Backends;
  /** Scheduled jobs (auto-lift, partitions); tests turn them off and call them directly. */
  scheduler?: boolean;
  /** Asks the host to replace this runtime (see runtime-host.ts); absent in tests. */
  requestRestart?: (reason: string) => void;
}

export interface ConsoleRuntime {
  dispatcher: Dispatcher;
  services: Services;
  backends: Backends;
  stop(): Promise<void>;
}

async function resolveBackends(options: RuntimeOptions, keychain: KeychainState): Promise<Backends> {
  if (options.backends) return options.backends;
  const saved = keychain.available ? await keychain.store.get(SECRET_ACCOUNTS.database) : null;
  if (saved && keychain.available) return connectProductionBackends(keychain, options.migrationsDir, options.log);
  return startDemoBackends(options.dataDir, options.migrationsDir, options.log);
}

export async function startRuntime(options: RuntimeOptions): Promise<ConsoleRuntime> {
  const clock = options.clock ?? systemClock;
  const log = options.log;
  const keychain = options.keychain ?? (await openKeychain());
  if (!keychain.available) log.warn(keychain.reason);
  const backends = await resolveBackends(options, keychain);

  const database = () => backends.database;
  const settings = new SettingsStore(database);
  await settings.current();
  const sessions = new SessionStore(clock, () => settings.snapshot().idleLockMinutes);
  const requireDb = () => {
    if (backends.database) return backends.database;
    const state = backends.databaseState;
    throw new ApiError({ code: state.state === 'not_migrated' ? 'NOT_MIGRATED' : 'UNAVAILABLE', message: `${state.message ?? 'No database.'} ${state.fix ?? ''}`.trim() });
  };
  const auth = new Authenticator({ db: requireDb, sessions, clock, limiter: new FailureRateLimiter(clock) });
  const connections = new ConnectionManager({ keychain, demo: backends.demo, migrationsDir: options.migrationsDir, db: database });

  const services: Services = {
    mode: backends.mode,
    clock,
    log,
    db: requireDb,
    sessions,
    auth,
    connections,
    settings,
    keychain,
    requestRestart: (reason) => {
      if (!options.requestRestart) throw new ApiError({ code: 'PRECONDITION', message: 'This console cannot reconnect by itself; restart it.' });
      options.requestRestart(reason);
    },
    status: async () => ({
      mode: backends.mode,
      transport: options.transport,
      version: options.version,
      database: backends.databaseState,
      stripe: backends.stripeState,
      storage: backends.storageState,
      demoAccounts: backends.mode === 'demo' ? DEMO_STAFF.map(({ email, password, role, note }) => ({ email, password, role, note })) : [],
    }),
  };

  const dispatcher = createDispatcher({ handlers, sessions, log: log.child('api'), context: () => ({ services }) });

  const scheduler =
    options.scheduler === false || !backends.database
      ? null
      : startScheduler(
          [
            { name: 'lift expired suspensions', everyMs: 60_000, run: () => liftExpiredSuspensions(requireDb(), clock, (userId, error) => log.warn('could not lift suspension', { userId, error: String(error) })) },
            { name: 'ensure partitions', everyMs: 6 * 60 * 60_000, run: () => ensureUpcomingPartitions(requireDb()) },
          ],
          log.child('jobs'),
        );

  return {
    dispatcher,
    services,
    backends,
    async stop() {
      scheduler?.stop();
      await backends.stop();
    },
  };
}
