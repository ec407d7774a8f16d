// The scale data set for benchmarks: the same world generator as the demo, at any number of
// users, streamed into PostgreSQL with COPY. Secondary indexes are dropped before the load and
// rebuilt after it (the schema ends identical), the big time series are written partition by
// partition with TRUNCATE + COPY FREEZE, foreign keys are not re-checked row by row
// (session_replication_role = replica; the generator keeps them consistent and the tests
// verify it), two tables load in parallel, and VACUUM ANALYZE runs at the end.
import pg from 'pg';
import { openDatabase, type Database } from '../../electron/infra/db/database';
import { DEMO_SEED, seedDemoStaff } from './demo';
import {
  canUseReplicaRole,
  captureLoadSchema,
  COUNTER_TRIGGERS,
  dropForLoad,
  ensureWindowPartitions,
  planJobs,
  referencedTables,
  restoreAfterLoad,
  runJobs,
  runJobsInWorkers,
  longestFirst,
  type TableStats,
} from './lib/bulk';
import { DAY } from './lib/format';
import { createCtx, WORLD_GROUPS, WORLD_TABLES, type Ctx } from './world';

export const SCALE_MARKER = 'bench.seeded';
/** Bump when the generated data changes shape: a marker of another version is not reused. */
export const SCALE_DATA_VERSION = 1;

export interface ScaleOptions {
  url: string;
  users: number;
  seed?: number;
  now?: number;
  /** Tables loaded at once (default 2: one per core). */
  parallel?: number;
  /** Worker threads that generate and COPY (default: `parallel`); 0 runs the jobs in this thread. */
  workers?: number;
  log?: (line: string) => void;
}

export interface ScaleResult {
  users: number;
  seconds: number;
  peakRssMb: number;
  tables: (TableStats & { rowsPerSecond: number })[];
  phases: { label: string; seconds: number }[];
  totalRows: number;
  databaseBytes: number;
  replicaMode: boolean;
}

export interface ScaleMarker {
  scale: number;
  version: number;
  seed: number;
  seconds: number;
  peakRssMb: number;
  totalRows: number;
  rows: Record<string, number>;
  databaseBytes: number;
  at: string;
}

/** The marker of a seeded scale data set, or null. */
export async function readScaleMarker(db: Database): Promise<ScaleMarker | null> {
  try {
    const row = await db.prisma.consoleSetting.findUnique({ where: { key: SCALE_MARKER } });
    return row ? (row.value as unknown as ScaleMarker) : null;
  } catch {
    return null;
  }
}

export const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

export async function seedScale(options: ScaleOptions): Promise<ScaleResult> {
  const log = options.log ?? (() => {});
  const parallel = options.parallel ?? 2;
  const started = performance.now();
  const phases: { label: string; seconds: number }[] = [];
  let phaseStart = performance.now();
  const elapsed = () => `[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s]`;
  const phase = (label: string) => {
    const seconds = (performance.now() - phaseStart) / 1000;
    phases.push({ label, seconds });
    log(`${elapsed()} ${label}: ${seconds.toFixed(1)} s`);
    phaseStart = performance.now();
  };

  const db = openDatabase(options.url, { max: 3, applicationName: 'social-flow-seed' });
  // Index builds and VACUUM hold connections for minutes and the server is busy: wait for it.
  const pool = new pg.Pool({ connectionString: options.url, max: parallel + 2, connectionTimeoutMillis: 600_000, application_name: 'social-flow-seed' });
  pool.on('error', () => {});
  const workers = options.workers ?? parallel;
  try {
    const ctx = createCtx({ seed: options.seed ?? DEMO_SEED, users: options.users, now: options.now ?? Date.now(), profile: 'scale' });
    const client = await pool.connect();
    let replica: boolean;
    const loaded = WORLD_TABLES.map((t) => t.table);
    let schema: Awaited<ReturnType<typeof captureLoadSchema>>;
    try {
      const existing = await client.query<{ n: string }>('SELECT count(*)::text AS n FROM (SELECT 1 FROM users LIMIT 1) x');
      if (Number(existing.rows[0]!.n) > 0) throw new Error('The target database already has users: seed into an empty, migrated database (or pass --reset).');
      await ensureWindowPartitions(client, new Date(ctx.w.t0 - 2 * DAY), new Date(ctx.w.now + 2 * DAY));
      await seedDemoStaff(db, ctx.w.staff.all);
      replica = await canUseReplicaRole(client);
      if (!replica) log('not a superuser: foreign keys are dropped and re-validated instead of session_replication_role = replica');
      schema = await captureLoadSchema(client, loaded.filter((t) => t !== 'audit_log'), { foreignKeys: !replica });
      await dropForLoad(client, schema);
      if (!replica) for (const [table, trigger] of COUNTER_TRIGGERS) await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER "${trigger}"`);
      phase('prepare (partitions, staff, drop indexes)');

      const referenced = await referencedTables(client);
      const freezable = new Set(WORLD_TABLES.filter((t) => !referenced.has(t.table) && !t.partitioned && t.table !== 'audit_log' && !isPartitionedParent(t.table)).map((t) => t.table));
      const jobs = longestFirst(ctx, planJobs(ctx, WORLD_TABLES, { perPartition: true, freezable, groups: WORLD_GROUPS }));
      let done = 0;
      const onJob = (job: (typeof jobs)[number], rows: number, ms: number) => {
        done++;
        if (!job.range || done % 25 === 0) log(`  ${elapsed()} ${job.group ? job.group.name : job.gen.table}${job.range ? ` (${done}/${jobs.length} jobs)` : ''}: ${rows.toLocaleString('en-US')} rows in ${(ms / 1000).toFixed(1)} s`);
      };
      const stats = workers > 0
        ? await runJobsInWorkers({ workers, url: options.url, seed: ctx.w.seed, users: options.users, now: ctx.w.now, replica, tables: WORLD_TABLES.map((t) => t.table), freezable: [...freezable], groups: WORLD_GROUPS.map((g) => g.name), jobs, onJob })
        : await runJobs(pool, ctx, jobs, { parallel, replica, onJob });
      phase('load (COPY)');

      const sizes = new Map(stats.map((s) => [s.table, s.rows]));
      await restoreAfterLoad(pool, schema, { parallel, sizes, maintenanceWorkMem: '768MB', log });
      if (!replica) for (const [table, trigger] of COUNTER_TRIGGERS) await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER "${trigger}"`);
      phase('rebuild indexes and keys');

      await client.query('REFRESH MATERIALIZED VIEW popular_posts');
      await vacuumAnalyze(pool, parallel);
      phase('VACUUM ANALYZE');

      const totalRows = stats.reduce((a, s) => a + s.rows, 0);
      const size = await client.query<{ bytes: string }>('SELECT pg_database_size(current_database())::text AS bytes');
      const seconds = (performance.now() - started) / 1000;
      const result: ScaleResult = {
        users: options.users,
        seconds,
        peakRssMb: peakRssMb(),
        tables: stats.map((s) => ({ ...s, rowsPerSecond: s.ms > 0 ? Math.round((s.rows / s.ms) * 1000) : 0 })),
        phases,
        totalRows,
        databaseBytes: Number(size.rows[0]!.bytes),
        replicaMode: replica,
      };
      const marker: ScaleMarker = {
        scale: options.users,
        version: SCALE_DATA_VERSION,
        seed: ctx.w.seed,
        seconds: Math.round(seconds * 10) / 10,
        peakRssMb: result.peakRssMb,
        totalRows,
        rows: Object.fromEntries(stats.map((s) => [s.table, s.rows])),
        databaseBytes: result.databaseBytes,
        at: new Date().toISOString(),
      };
      await client.query(`INSERT INTO console_settings (key, value, description) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [SCALE_MARKER, JSON.stringify(marker), 'The benchmark data set seeded by `npm run db:seed -- --scale <users>`']);
      return result;
    } finally {
      client.release();
    }
  } finally {
    await db.close();
    await pool.end().catch(() => {});
  }
}

const PARTITIONED_PARENTS = new Set(['video_views', 'transactions', 'stream_chat', 'stream_viewers', 'ad_impressions', 'ad_clicks']);
const isPartitionedParent = (t: string) => PARTITIONED_PARENTS.has(t);

/**
 * VACUUM ANALYZE every table, biggest first, on `parallel` connections. The partitions of the
 * time series (loaded with COPY FREEZE: nothing to vacuum) are analyzed one by one with a
 * smaller sample (default_statistics_target 30), their parents with ANALYZE ONLY.
 */
export async function vacuumAnalyze(pool: pg.Pool, parallel: number): Promise<void> {
  const tables = await pool.query<{ name: string; kind: string; partition: boolean; rows: string }>(
    `SELECT c.relname AS name, c.relkind AS kind, c.relispartition AS partition, c.reltuples::bigint::text AS rows
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
      WHERE c.relkind IN ('r', 'p') ORDER BY pg_total_relation_size(c.oid) DESC`,
  );
  const statements: string[][] = [];
  for (const t of tables.rows) {
    if (t.kind === 'p') statements.push([`VACUUM "${t.name}"`, `ANALYZE ONLY "${t.name}"`]);
    else if (t.partition) statements.push(['SET default_statistics_target = 30', `ANALYZE "${t.name}"`, 'RESET default_statistics_target']);
    else statements.push([`VACUUM (ANALYZE) "${t.name}"`]);
  }
  let next = 0;
  const worker = async () => {
    const client: pg.PoolClient = await pool.connect();
    try {
      await client.query(`SET maintenance_work_mem = '512MB'`);
      for (;;) {
        const batch = statements[next++];
        if (!batch) return;
        const t0 = performance.now();
        for (const sql of batch) await client.query(sql);
        const ms = performance.now() - t0;
        if (ms > 1000 && process.env.SFC_SEED_DEBUG) console.log(`    ${(ms / 1000).toFixed(1)} s ${batch.join('; ')}`);
      }
    } finally {
      client.release();
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

export type { Ctx };
