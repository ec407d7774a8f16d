// What handlers can reach. Built once per runtime by runtime.ts; tests build their own.
import type { ConsoleMode, SystemStatus } from '../api/contract/system';
import type { Authenticator } from '../domain/access/authenticator';
import type { SessionStore } from '../domain/access/sessions';
import type { Database } from '../infra/db/database';
import type { Clock } from '../infra/clock';
import type { Logger } from '../infra/log';
import type { ConnectionManager } from './connections';
import type { SettingsStore } from './settings';
import type { KeychainState } from '../infra/secrets/secret-store';

/** Everything system.status reports except who is asking. */
export type BackendStatus = Omit<SystemStatus, 'me'>;

export interface Services {
  mode: ConsoleMode;
  clock: Clock;
  log: Logger;
  /** The platform database; throws UNAVAILABLE (with how to fix it) when there is none. */
  db(): Database;
  sessions: SessionStore;
  auth: Authenticator;
  connections: ConnectionManager;
  settings: SettingsStore;
  keychain: KeychainState;
  /** Replace the running runtime (new connections); everyone signs in again. */
  requestRestart(reason: string): void;
  status(): Promise<BackendStatus>;
}
