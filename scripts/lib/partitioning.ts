// Range partitioning for the tables whose model carries `/// @partitioned(<column>, <interval>)`.
// Prisma's schema language cannot say PARTITION BY; the migration generator adds the clause
// to the CREATE TABLE statements Prisma's engine writes, so everything else (column types,
// index and constraint names) stays exactly Prisma's.
import type { SchemaFile } from './schema-engine.ts';

export type PartitionedTable = { table: string; column: string; interval: 'day' | 'month' };

const ANNOTATION = /\/\/\/\s*@partitioned\((\w+),\s*(day|month)\)\s*\n\s*model\s+\w+\s*\{([\s\S]*?)\n\}/g;

export function partitionedTables(files: SchemaFile[]): PartitionedTable[] {
  const found: PartitionedTable[] = [];
  for (const file of files) {
    for (const match of file.content.matchAll(ANNOTATION)) {
      const [, column, interval, body] = match;
      const table = /@@map\("([^"]+)"\)/.exec(body ?? '')?.[1];
      if (!table || !column) throw new Error(`@partitioned model in ${file.path} needs @@map("table")`);
      found.push({ table, column, interval: interval as 'day' | 'month' });
    }
  }
  return found;
}

export function makePartitioned(sql: string, tables: PartitionedTable[]): string {
  let out = sql;
  for (const { table, column } of tables) {
    const create = new RegExp(`(CREATE TABLE "${table}" \\([\\s\\S]*?\\n\\))(;)`);
    if (!create.test(out)) continue; // table not created by this migration
    out = out.replace(create, `$1 PARTITION BY RANGE ("${column}")$2`);
  }
  return out;
}

/**
 * Name of the partition of `table` holding `at`, as the database's ensure_partitions() names
 * it: <table>_pYYYYMM (month) or <table>_pYYYYMMDD (day), in UTC.
 */
export function partitionName(table: string, interval: 'day' | 'month', at: Date): string {
  const yyyy = String(at.getUTCFullYear()).padStart(4, '0');
  const mm = String(at.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(at.getUTCDate()).padStart(2, '0');
  return `${table}_p${yyyy}${mm}${interval === 'day' ? dd : ''}`;
}

/** [from, to) bounds of the partition holding `at` (UTC midnights / month starts). */
export function partitionBounds(interval: 'day' | 'month', at: Date): { from: Date; to: Date } {
  const y = at.getUTCFullYear();
  const m = at.getUTCMonth();
  if (interval === 'month') return { from: new Date(Date.UTC(y, m, 1)), to: new Date(Date.UTC(y, m + 1, 1)) };
  const d = at.getUTCDate();
  return { from: new Date(Date.UTC(y, m, d)), to: new Date(Date.UTC(y, m, d + 1)) };
}
