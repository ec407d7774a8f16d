// Range partitions for the time-series tables are created ahead of time by a SQL function
// the migrations define; the console calls it on start-up and every few hours so inserts
// never meet a missing partition.
import type { Database } from '../../infra/db/database';

export async function ensureUpcomingPartitions(db: Database): Promise<number> {
  const before = await countPartitions(db);
  await db.pool.query('SELECT ensure_upcoming_partitions()');
  return (await countPartitions(db)) - before;
}

async function countPartitions(db: Database): Promise<number> {
  const result = await db.pool.query<{ n: string }>('SELECT count(*)::text AS n FROM pg_inherits');
  return Number(result.rows[0]?.n ?? 0);
}
