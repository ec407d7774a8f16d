// Applies prisma/migrations/<name>/migration.sql in order and records each in
// `_prisma_migrations` exactly as Prisma Migrate does (same table, same sha256 checksum of
// the file, same advisory lock), so `prisma migrate deploy` on a machine that can run
// Prisma's native engine agrees with what we applied. Unlike Prisma, each migration runs in
// one transaction: a failure leaves nothing half-applied.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationState {
  applied: string[];
  pending: string[];
  /** Applied migrations whose file changed since (checksum differs). */
  modified: string[];
  /** Migrations that started and never finished (a previous run failed). */
  failed: string[];
}

/** Prisma's lock id for migrations (prisma-engines: `advisory_lock_key`). */
const PRISMA_ADVISORY_LOCK = 72707369;

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export function readMigrations(dir: string): MigrationFile[] {
  if (!existsSync(dir)) throw new Error(`Migrations folder not found: ${dir}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name, 'migration.sql'));
      return { name, sql: bytes.toString('utf8'), checksum: createHash('sha256').update(bytes).digest('hex') };
    });
}

type Row = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

async function recorded(client: pg.ClientBase): Promise<Row[]> {
  const table = await client.query(`SELECT to_regclass('"_prisma_migrations"') AS t`);
  if (!table.rows[0]?.t) return [];
  const rows = await client.query<Row>(
    'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
  );
  return rows.rows;
}

function compare(files: MigrationFile[], rows: Row[]): MigrationState {
  const live = rows.filter((r) => !r.rolled_back_at);
  const finished = new Map(live.filter((r) => r.finished_at).map((r) => [r.migration_name, r.checksum]));
  return {
    applied: files.filter((f) => finished.has(f.name)).map((f) => f.name),
    pending: files.filter((f) => !finished.has(f.name)).map((f) => f.name),
    modified: files.filter((f) => finished.has(f.name) && finished.get(f.name) !== f.checksum).map((f) => f.name),
    failed: live.filter((r) => !r.finished_at).map((r) => r.migration_name),
  };
}

export async function migrationState(url: string, dir: string): Promise<MigrationState> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return compare(readMigrations(dir), await recorded(client));
  } finally {
    await client.end();
  }
}

export async function applyMigrations(
  url: string,
  dir: string,
  log: (line: string) => void = () => {},
): Promise<{ applied: string[] }> {
  const files = readMigrations(dir);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK]);
    await client.query(CREATE_TABLE);
    const state = compare(files, await recorded(client));
    if (state.failed.length) {
      throw new Error(
        `Migration ${state.failed[0]} failed earlier and is recorded as unfinished in _prisma_migrations. ` +
          'Inspect the database, then mark it rolled back (`prisma migrate resolve --rolled-back <name>`) before retrying.',
      );
    }
    if (state.modified.length) {
      throw new Error(`Applied migration ${state.modified[0]} was edited afterwards (checksum differs). Restore the file from git.`);
    }
    for (const file of files.filter((f) => state.pending.includes(f.name))) {
      log(`applying ${file.name}`);
      const id = randomUUID();
      await client.query('BEGIN');
      try {
        await client.query(
          'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())',
          [id, file.checksum, file.name],
        );
        await client.query(file.sql);
        await client.query(
          'UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1',
          [id],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`Migration ${file.name} failed and was rolled back: ${reason}`, { cause: error });
      }
      applied.push(file.name);
    }
    return { applied };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK]).catch(() => {});
    await client.end();
  }
}
