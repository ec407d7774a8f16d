// Where the scale data set lives: DATABASE_URL when set, otherwise an embedded PostgreSQL
// cluster in .data/bench that the seeder and the bench harness start and stop themselves.
// A marker row (console_settings `bench.seeded`) records what was seeded, so a later run with
// the same scale reuses it.
import { join } from 'node:path';
import pg from 'pg';
import { createDatabaseIfMissing, startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../../electron/infra/db/embedded-postgres';
import { applyMigrations } from '../../electron/infra/db/migrator';
import { describeUrl, openDatabase } from '../../electron/infra/db/database';
import { readScaleMarker, SCALE_DATA_VERSION, seedScale, type ScaleMarker, type ScaleResult } from './scale';

export const BENCH_DIR = join(process.cwd(), '.data', 'bench');
export const BENCH_DATABASE = 'social_flow_bench';

/** Settings of the embedded bench cluster: memory for index builds and a cache for the measures. */
const COMMON_SETTINGS: Record<string, string> = {
  shared_buffers: '1GB',
  effective_cache_size: '4GB',
  maintenance_work_mem: '1GB',
  max_parallel_maintenance_workers: '2',
  max_connections: '60',
};

/** While loading a throwaway data set: no WAL beyond the minimum, no fsync, no autovacuum. */
const LOAD_SETTINGS: Record<string, string> = {
  ...COMMON_SETTINGS,
  fsync: 'off',
  full_page_writes: 'off',
  synchronous_commit: 'off',
  wal_level: 'minimal',
  max_wal_senders: '0',
  max_wal_size: '32GB',
  checkpoint_timeout: '1h',
  autovacuum: 'off',
};

export interface ScaleTarget {
  url: string;
  label: string;
  embedded: boolean;
  stop(): Promise<void>;
}

async function startBenchCluster(load: boolean, log: (line: string) => void): Promise<EmbeddedPostgresHandle> {
  log(`starting the embedded PostgreSQL in ${BENCH_DIR}${load ? ' (bulk-load settings)' : ''}…`);
  return startEmbeddedPostgres({ dir: BENCH_DIR, database: BENCH_DATABASE, settings: load ? LOAD_SETTINGS : COMMON_SETTINGS });
}

async function recreateDatabase(url: string, log: (line: string) => void): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    log(`dropping and recreating database ${name}…`);
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
  await createDatabaseIfMissing(maintenance.toString(), name);
}

async function isEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query(`SELECT to_regclass('users') IS NOT NULL AS migrated`);
    if (!r.rows[0].migrated) return true;
    const n = await client.query('SELECT 1 FROM users LIMIT 1');
    return n.rowCount === 0;
  } finally {
    await client.end();
  }
}

export interface EnsureOptions {
  users: number;
  /** Drop and recreate the target database first (always allowed for the embedded bench cluster). */
  reset?: boolean;
  parallel?: number;
  log?: (line: string) => void;
  migrationsDir?: string;
}

export interface EnsureResult {
  target: ScaleTarget;
  marker: ScaleMarker;
  /** Set when this call seeded the data set (null when it reused one). */
  seeded: ScaleResult | null;
}

/** Seeds (or reuses) the scale data set and returns a running target for the measures. */
export async function ensureScaleDataSet(options: EnsureOptions): Promise<EnsureResult> {
  const log = options.log ?? (() => {});
  const migrations = options.migrationsDir ?? join(process.cwd(), 'prisma', 'migrations');
  const external = process.env.DATABASE_URL;
  let cluster: EmbeddedPostgresHandle | null = null;
  const url = () => external ?? cluster!.url;
  const makeTarget = (): ScaleTarget => ({ url: url(), label: external ? describeUrl(external) : `embedded PostgreSQL (${BENCH_DIR})`, embedded: !external, stop: async () => void (await cluster?.stop()) });

  if (!external) cluster = await startBenchCluster(false, log);
  try {
    if (!options.reset && !(await isEmpty(url()))) {
      const db = openDatabase(url(), { max: 2 });
      const marker = await readScaleMarker(db).finally(() => db.close());
      if (marker && marker.scale === options.users && marker.version === SCALE_DATA_VERSION) {
        log(`reusing the scale data set in ${makeTarget().label}: ${marker.scale.toLocaleString('en-US')} users, seeded ${marker.at} in ${marker.seconds} s`);
        return { target: makeTarget(), marker, seeded: null };
      }
      if (external) {
        throw new Error(
          `${describeUrl(external)} already holds data${marker ? ` (a scale ${marker.scale} data set, version ${marker.version})` : ''}. ` +
            'Pass --reset to drop and recreate that database, or point DATABASE_URL at an empty one.',
        );
      }
      log(marker ? `the bench data set has scale ${marker.scale} (version ${marker.version}); replacing it` : 'the bench database holds other data; replacing it');
    }
    // Seed: recreate the database, migrate, load.
    if (cluster) {
      await cluster.stop();
      cluster = await startBenchCluster(true, log);
    }
    await recreateDatabase(url(), log);
    const { applied } = await applyMigrations(url(), migrations, () => {});
    log(`applied ${applied.length} migration(s)`);
    const seeded = await seedScale({ url: url(), users: options.users, parallel: options.parallel, log });
    if (cluster) {
      await cluster.stop();
      cluster = await startBenchCluster(false, log);
    }
    const db = openDatabase(url(), { max: 2 });
    const marker = (await readScaleMarker(db).finally(() => db.close()))!;
    return { target: makeTarget(), marker, seeded };
  } catch (error) {
    await cluster?.stop().catch(() => {});
    throw error;
  }
}
