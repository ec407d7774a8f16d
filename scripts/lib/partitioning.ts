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
