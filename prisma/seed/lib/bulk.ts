// Bulk loading for the seeders: partitions for the seeded range, COPY of every generated table
// (partition by partition for the big time series), and — for the scale seeder — secondary
// indexes dropped before the load and rebuilt after it, exactly as they were.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Ctx } from '../world/ctx';
import type { TableGen } from '../world/table';
import type { PartitionRange } from '../world/timeline';
import { BinaryRows } from './binary-copy';
import { copyBinary, copyLines } from './copy';

export const PARTITIONED: { table: string; interval: 'day' | 'month' }[] = [
  { table: 'video_views', interval: 'month' },
  { table: 'transactions', interval: 'month' },
  { table: 'stream_chat', interval: 'day' },
  { table: 'stream_viewers', interval: 'day' },
  { table: 'ad_impressions', interval: 'day' },
  { table: 'ad_clicks', interval: 'day' },
];

/** Creates the partitions of the six time-series tables for [from, to) (no DEFAULT partition exists). */
export async function ensureWindowPartitions(client: pg.ClientBase, from: Date, to: Date): Promise<number> {
  let created = 0;
  for (const p of PARTITIONED) {
    const r = await client.query<{ n: number }>('SELECT ensure_partitions($1, $2, $3, $4) AS n', [p.table, p.interval, from, to]);
    created += Number(r.rows[0]?.n ?? 0);
  }
  await client.query('SELECT ensure_upcoming_partitions()');
  return created;
}

/** The name ensure_partitions() gives the partition starting at `from`. */
export function partitionName(table: string, interval: 'day' | 'month', from: number): string {
  const d = new Date(from).toISOString();
  return `${table}_p${d.slice(0, 4)}${d.slice(5, 7)}${interval === 'day' ? d.slice(8, 10) : ''}`;
}

export interface TableStats {
  table: string;
  rows: number;
  ms: number;
}

/** Several tables produced by one pass of one generator (rows tagged with the table's index). */
export interface GroupGen {
  name: string;
  tables: TableGen[];
  rows(ctx: Ctx): Iterable<[number, string]>;
}

export interface LoadJob {
  gen: TableGen;
  /** Set when the job writes several tables at once (one COPY per table, fed by one generator). */
  group?: GroupGen;
  /** A partition of a partitioned table (COPY into it directly). */
  range?: PartitionRange;
  /** TRUNCATE + COPY FREEZE in one transaction (only for tables nothing references). */
  freeze: boolean;
}

/** Tables that some foreign key references (they cannot be TRUNCATEd while loaded in parallel). */
export async function referencedTables(client: pg.ClientBase): Promise<Set<string>> {
  const r = await client.query<{ t: string }>(`SELECT DISTINCT confrelid::regclass::text AS t FROM pg_constraint WHERE contype = 'f'`);
  return new Set(r.rows.map((x) => x.t.replace(/"/g, '')));
}

/** Splits the tables into COPY jobs: partitioned time series partition by partition. */
export function planJobs(ctx: Ctx, tables: TableGen[], options: { perPartition: boolean; freezable?: Set<string>; groups?: GroupGen[] }): LoadJob[] {
  const jobs: LoadJob[] = [];
  const grouped = new Map<string, GroupGen>();
  for (const g of options.groups ?? []) if (g.tables.every((t) => tables.includes(t))) for (const t of g.tables) grouped.set(t.table, g);
  const planned = new Set<GroupGen>();
  for (const gen of tables) {
    const group = grouped.get(gen.table);
    if (group) {
      if (!planned.has(group)) jobs.push({ gen: group.tables[0]!, group, freeze: false });
      planned.add(group);
      continue;
    }
    if (options.perPartition && gen.partitioned) {
      for (const range of gen.partitioned.ranges(ctx)) jobs.push({ gen, range, freeze: true });
    } else {
      jobs.push({ gen, freeze: options.freezable?.has(gen.table) ?? false });
    }
  }
  return jobs;
}

/** A Readable fed by a producer that waits when the consumer is full. */
class Feed extends Readable {
  private waiter: (() => void) | null = null;
  constructor() {
    super({ highWaterMark: 1024 * 1024 });
  }
  override _read(): void {
    const w = this.waiter;
    this.waiter = null;
    w?.();
  }
  /** Pushes a chunk; resolves when the stream wants more. */
  async send(chunk: string): Promise<void> {
    if (!this.push(chunk)) await new Promise<void>((resolve) => (this.waiter = resolve));
  }
}

/** Runs a grouped job: one transaction and one COPY per table, all fed by the group's single pass. */
export async function runGroupJob(connect: () => Promise<{ client: pg.ClientBase; release(): Promise<void> | void }>, ctx: Ctx, group: GroupGen, session: { replica: boolean }): Promise<Map<string, number>> {
  const conns = await Promise.all(group.tables.map(() => connect()));
  const feeds = group.tables.map(() => new Feed());
  const counts = new Map<string, number>();
  try {
    for (const { client } of conns) {
      await client.query('BEGIN');
      await client.query('SET LOCAL synchronous_commit = off');
      if (session.replica) await client.query('SET LOCAL session_replication_role = replica');
    }
    const copies = group.tables.map((gen, t) => {
      const target = conns[t]!.client.query(copyFrom(`COPY "${gen.table}" (${gen.columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`));
      return pipeline(feeds[t]!, target).then(() => counts.set(gen.table, target.rowCount));
    });
    const pump = (async () => {
      const buffers = group.tables.map(() => '');
      const CHUNK = 256 * 1024;
      for (const [t, line] of group.rows(ctx)) {
        buffers[t] += line;
        if (buffers[t]!.length >= CHUNK) {
          const chunk = buffers[t]!;
          buffers[t] = '';
          await feeds[t]!.send(chunk);
        }
      }
      for (let t = 0; t < feeds.length; t++) {
        if (buffers[t]) await feeds[t]!.send(buffers[t]!);
        feeds[t]!.push(null);
      }
    })();
    await Promise.all([pump, ...copies]);
    for (const { client } of conns) await client.query('COMMIT');
    return counts;
  } catch (error) {
    for (const f of feeds) f.destroy();
    for (const { client } of conns) await client.query('ROLLBACK').catch(() => {});
    throw new Error(`loading ${group.name} (${group.tables.map((t) => t.table).join(', ')}) failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    for (const c of conns) await c.release();
  }
}

/** Runs one COPY job on a client in its own transaction. */
export async function runJob(client: pg.ClientBase, ctx: Ctx, job: LoadJob, session: { replica: boolean }): Promise<number> {
  const target = job.range && job.gen.partitioned ? partitionName(job.gen.table, job.gen.partitioned.interval, job.range.from) : job.gen.table;
  const binary = job.range && job.gen.partitioned?.binaryIn ? job.gen.partitioned.binaryIn(ctx, job.range) : null;
  const lines = binary ? null : job.range && job.gen.partitioned ? job.gen.partitioned.rowsIn(ctx, job.range) : job.gen.rows(ctx);
  await client.query('BEGIN');
  try {
    await client.query('SET LOCAL synchronous_commit = off');
    // The audit log's hash chain is a trigger: it must fire (never replica mode there).
    if (session.replica && job.gen.table !== 'audit_log') await client.query('SET LOCAL session_replication_role = replica');
    if (job.freeze) await client.query(`TRUNCATE "${target}"`);
    const rows = binary
      ? await copyBinary(client, target, job.gen.columns, binary, BinaryRows.header(), BinaryRows.trailer(), { freeze: job.freeze })
      : await copyLines(client, target, job.gen.columns, lines!, { freeze: job.freeze });
    await client.query('COMMIT');
    return rows;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw new Error(`loading ${target} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Relative generation + load cost per row (measured): the scheduler starts the longest jobs first. */
const COST: Record<string, number> = { users: 12, moderation: 4, money: 12, comments: 3, notifications: 3, posts: 3, videos: 8, audit_log: 30 };

/** Orders jobs longest first (LPT), so that two workers finish together. */
export function longestFirst(ctx: Ctx, jobs: LoadJob[]): LoadJob[] {
  const cost = (j: LoadJob) => {
    if (j.group) return j.group.tables.reduce((a, t) => a + t.estimate(ctx), 0) * (COST[j.group.name] ?? 2);
    const rows = j.range ? j.range.kTo - j.range.kFrom : j.gen.estimate(ctx);
    return rows * (COST[j.gen.table] ?? (j.range ? 1 : 1.5));
  };
  return [...jobs].map((j) => ({ j, c: cost(j) })).sort((a, b) => b.c - a.c).map((x) => x.j);
}

function tableOrder(jobs: LoadJob[]): string[] {
  const out: string[] = [];
  for (const j of jobs) for (const t of j.group ? j.group.tables : [j.gen]) if (!out.includes(t.table)) out.push(t.table);
  return out;
}

/** Runs the jobs on `parallel` connections; returns per-table totals (rows and busy time). */
export async function runJobs(pool: pg.Pool, ctx: Ctx, jobs: LoadJob[], options: { parallel: number; replica: boolean; onJob?: (job: LoadJob, rows: number, ms: number) => void }): Promise<TableStats[]> {
  const stats = new Map<string, TableStats>();
  let next = 0;
  const worker = async () => {
    const client = await pool.connect();
    try {
      for (;;) {
        const job = jobs[next++];
        if (!job) return;
        const started = performance.now();
        const counts = job.group
          ? await runGroupJob(async () => { const c = await pool.connect(); return { client: c, release: () => c.release() }; }, ctx, job.group, { replica: options.replica })
          : new Map([[job.gen.table, await runJob(client, ctx, job, { replica: options.replica })]]);
        const ms = performance.now() - started;
        for (const [table, rows] of counts) {
          const s = stats.get(table) ?? { table, rows: 0, ms: 0 };
          s.rows += rows;
          s.ms += ms;
          stats.set(table, s);
        }
        options.onJob?.(job, [...counts.values()].reduce((a, b) => a + b, 0), ms);
      }
    } finally {
      client.release();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.parallel) }, worker));
  return tableOrder(jobs).map((t) => stats.get(t)!).filter(Boolean);
}

// ---------------------------------------------------------------------------------------
// Indexes and constraints around a bulk load
// ---------------------------------------------------------------------------------------

export interface IndexDef {
  table: string;
  name: string;
  /** CREATE [UNIQUE] INDEX … (partitioned parents: without ONLY, so partitions get theirs). */
  create: string;
  /** PRIMARY KEY / UNIQUE constraint backed by the index: ALTER TABLE … ADD CONSTRAINT … instead. */
  constraint: string | null;
  unique: boolean;
}

export interface ForeignKeyDef {
  table: string;
  name: string;
  definition: string;
}

export interface LoadSchema {
  indexes: IndexDef[];
  foreignKeys: ForeignKeyDef[];
}

/**
 * The indexes of `tables` that can go while loading: every index (primary keys included) except
 * those a foreign key depends on (the referenced keys stay) — and, when foreign keys are dropped
 * too (no replica mode), the foreign keys of those tables.
 */
export async function captureLoadSchema(client: pg.ClientBase, tables: string[], options: { foreignKeys: boolean }): Promise<LoadSchema> {
  const idx = await client.query<{ table: string; name: string; def: string; condef: string | null; contype: string | null; unique: boolean }>(
    `SELECT t.relname AS table, i.relname AS name, pg_get_indexdef(i.oid) AS def, pg_get_constraintdef(c.oid) AS condef, c.contype, ix.indisunique AS unique
       FROM pg_index ix
       JOIN pg_class i ON i.oid = ix.indexrelid
       JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = current_schema()
       LEFT JOIN pg_constraint c ON c.conindid = ix.indexrelid AND c.contype IN ('p', 'u', 'x') AND c.conrelid = t.oid
      WHERE t.relname = ANY($1) AND NOT t.relispartition
        AND (${options.foreignKeys ? 'true' : `NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = ix.indexrelid)`})
      ORDER BY t.relname, i.relname`,
    [tables],
  );
  const indexes = idx.rows.map((r) => ({
    table: r.table,
    name: r.name,
    create: r.def.replace(' ON ONLY ', ' ON '),
    constraint: r.contype ? `ALTER TABLE "${r.table}" ADD CONSTRAINT "${r.name}" ${r.condef}` : null,
    unique: r.unique,
  }));
  let foreignKeys: ForeignKeyDef[] = [];
  if (options.foreignKeys) {
    const fk = await client.query<{ table: string; name: string; def: string }>(
      `SELECT c.conrelid::regclass::text AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS def
         FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
        WHERE c.contype = 'f' AND c.conparentid = 0 AND NOT t.relispartition
          AND (t.relname = ANY($1) OR c.confrelid IN (SELECT oid FROM pg_class WHERE relname = ANY($1)))
        ORDER BY 1, 2`,
      [tables],
    );
    foreignKeys = fk.rows.map((r) => ({ table: r.table.replace(/"/g, ''), name: r.name, definition: r.def }));
  }
  return { indexes, foreignKeys };
}

export async function dropForLoad(client: pg.ClientBase, schema: LoadSchema): Promise<void> {
  for (const fk of schema.foreignKeys) await client.query(`ALTER TABLE "${fk.table}" DROP CONSTRAINT IF EXISTS "${fk.name}"`);
  for (const ix of schema.indexes) {
    if (ix.constraint) await client.query(`ALTER TABLE "${ix.table}" DROP CONSTRAINT IF EXISTS "${ix.name}"`);
    else await client.query(`DROP INDEX IF EXISTS "${ix.name}"`);
  }
}

/**
 * Rebuilds what dropForLoad removed: keys and unique indexes first (foreign keys need them), then
 * the other indexes, then the foreign keys; the biggest builds first, on `parallel` connections.
 */
export async function restoreAfterLoad(pool: pg.Pool, schema: LoadSchema, options: { parallel: number; sizes: Map<string, number>; maintenanceWorkMem: string; log?: (line: string) => void }): Promise<{ ms: number }> {
  const started = performance.now();
  const bySize = (a: { table: string }, b: { table: string }) => (options.sizes.get(b.table) ?? 0) - (options.sizes.get(a.table) ?? 0);
  const phases: { label: string; sql: string[] }[] = [
    { label: 'keys', sql: schema.indexes.filter((i) => i.constraint || i.unique).sort(bySize).map((i) => i.constraint ?? i.create) },
    { label: 'indexes', sql: schema.indexes.filter((i) => !i.constraint && !i.unique).sort(bySize).map((i) => i.create) },
    { label: 'foreign keys', sql: schema.foreignKeys.sort(bySize).map((f) => `ALTER TABLE "${f.table}" ADD CONSTRAINT "${f.name}" ${f.definition}`) },
  ];
  for (const phase of phases) {
    if (!phase.sql.length) continue;
    const t = performance.now();
    let next = 0;
    const worker = async () => {
      const client = await pool.connect();
      try {
        await client.query(`SET maintenance_work_mem = '${options.maintenanceWorkMem}'`);
        await client.query('SET max_parallel_maintenance_workers = 0');
        for (;;) {
          const sql = phase.sql[next++];
          if (!sql) return;
          const t0 = performance.now();
          await client.query(sql);
          const ms = performance.now() - t0;
          if (ms > 1000 && process.env.SFC_SEED_DEBUG) options.log?.(`    ${(ms / 1000).toFixed(1)} s ${sql.slice(0, 110)}`);
        }
      } finally {
        client.release();
      }
    };
    await Promise.all(Array.from({ length: options.parallel }, worker));
    options.log?.(`  rebuilt ${phase.sql.length} ${phase.label} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  return { ms: performance.now() - started };
}

/** Index and constraint definitions of the whole schema, for "the schema is unchanged" checks. */
export async function schemaFingerprint(client: pg.ClientBase): Promise<string[]> {
  const r = await client.query<{ line: string }>(`
    SELECT 'index ' || i.relname || ': ' || pg_get_indexdef(i.oid) AS line
      FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = current_schema()
     WHERE t.relkind IN ('r', 'p', 'm') AND NOT t.relispartition
    UNION ALL
    SELECT 'constraint ' || c.conrelid::regclass::text || '.' || c.conname || ': ' || pg_get_constraintdef(c.oid) || CASE WHEN c.convalidated THEN '' ELSE ' (not validated)' END
      FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = current_schema()
     WHERE NOT t.relispartition AND c.conparentid = 0
    UNION ALL
    SELECT 'trigger ' || t.tgrelid::regclass::text || '.' || t.tgname || ' ' || t.tgenabled::text
      FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
     WHERE NOT t.tgisinternal AND NOT c.relispartition
    ORDER BY 1`);
  return r.rows.map((x) => x.line);
}

/** Can this session use session_replication_role (superuser)? */
export async function canUseReplicaRole(client: pg.ClientBase): Promise<boolean> {
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    await client.query('ROLLBACK');
    return true;
  } catch {
    await client.query('ROLLBACK').catch(() => {});
    return false;
  }
}

/** Names of the non-internal triggers that count rows (disabled during loads without replica mode). */
export const COUNTER_TRIGGERS: [string, string][] = [
  ['posts', 'posts_count_trigger'],
  ['videos', 'videos_count_trigger'],
  ['follows', 'follower_count_trigger'],
  ['comments', 'comments_count_trigger'],
  ['likes', 'likes_count_trigger'],
];

export interface WorkerLoadOptions {
  workers: number;
  url: string;
  seed: number;
  users: number;
  now: number;
  replica: boolean;
  tables: string[];
  freezable: string[];
  groups: string[];
  /** The same job list the workers plan (for names and progress). */
  jobs: LoadJob[];
  onJob?: (job: LoadJob, rows: number, ms: number) => void;
}

/** Runs the COPY jobs in worker threads (each with its own connection), jobs handed out in order. */
export async function runJobsInWorkers(options: WorkerLoadOptions): Promise<TableStats[]> {
  const { Worker } = await import('node:worker_threads');
  const boot = new URL('./ts-worker.mjs', import.meta.url);
  const entry = new URL('../load-worker.ts', import.meta.url).href;
  const stats = new Map<string, TableStats>();
  let next = 0;
  let failure: Error | null = null;
  const runOne = (index: number) =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(boot, {
        // A bounded heap per worker: generation is streaming, nothing big stays alive.
        resourceLimits: { maxOldGenerationSizeMb: 384 },
        workerData: { entry, url: options.url, seed: options.seed, users: options.users, now: options.now, replica: options.replica, tables: options.tables, freezable: options.freezable, groups: options.groups },
      });
      const give = () => {
        const job = failure ? undefined : options.jobs[next];
        if (job === undefined) {
          worker.postMessage({ type: 'stop' });
          return;
        }
        worker.postMessage({ type: 'run', index: next++ });
      };
      worker.on('message', (m: { type: string; index?: number; rows?: number; counts?: Record<string, number>; ms?: number; message?: string; jobs?: number }) => {
        if (m.type === 'ready') {
          if (m.jobs !== options.jobs.length) failure = new Error(`worker ${index} planned ${m.jobs} jobs, the main thread ${options.jobs.length}`);
          give();
        } else if (m.type === 'done') {
          const job = options.jobs[m.index!]!;
          for (const [table, rows] of Object.entries(m.counts!)) {
            const s = stats.get(table) ?? { table, rows: 0, ms: 0 };
            s.rows += rows;
            s.ms += m.ms!;
            stats.set(table, s);
          }
          options.onJob?.(job, m.rows!, m.ms!);
          give();
        } else if (m.type === 'error') {
          failure ??= new Error(m.message);
          give();
        } else if (m.type === 'stopped') {
          void worker.terminate().then(() => resolve());
        }
      });
      worker.on('error', (error) => {
        failure ??= error;
        reject(error);
      });
    });
  await Promise.all(Array.from({ length: Math.max(1, options.workers) }, (_, i) => runOne(i)));
  if (failure) throw failure;
  return tableOrder(options.jobs).map((t) => stats.get(t)!).filter(Boolean);
}
