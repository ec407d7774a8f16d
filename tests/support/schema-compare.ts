// Compares the Prisma data model (prisma/generated/datamodel.json, written by `npm run
// generate`) with a live database's catalog, in both directions, and returns every mismatch as
// a readable line. Used by tests/integration/schema-matches-database.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import type { Datamodel, DatamodelEnum, DatamodelField } from '../../electron/domain/datamodel';

export type { Datamodel, DatamodelEnum, DatamodelField, DatamodelModel } from '../../electron/domain/datamodel';

/** Read from disk (not the bundled import) so a test sees the file `npm run generate` just wrote. */
export function readDatamodel(root = process.cwd()): Datamodel {
  return JSON.parse(readFileSync(join(root, 'prisma', 'generated', 'datamodel.json'), 'utf8')) as Datamodel;
}

/** Relations in the public schema that are not models, on purpose. */
export const NON_MODEL_RELATIONS: Record<string, string> = {
  _prisma_migrations: 'r', // Prisma Migrate's bookkeeping
  popular_posts: 'm', // seed 003's materialized view (database_features migration)
};

const ON_DELETE: Record<string, string> = { a: 'NoAction', r: 'Restrict', c: 'Cascade', n: 'SetNull', d: 'SetDefault' };

/** The type format_type() reports for a Prisma field, or an error text when the mapping is unknown. */
export function expectedPgType(field: DatamodelField, enums: Map<string, DatamodelEnum>): string | { error: string } {
  let base: string | { error: string };
  if (field.kind === 'enum') {
    const e = enums.get(field.type);
    if (!e) return { error: `unknown enum ${field.type}` };
    base = /^[a-z_][a-z0-9_]*$/.test(e.dbName) ? e.dbName : `"${e.dbName}"`;
  } else {
    const [native, args] = field.nativeType ?? [null, []];
    const n = (i: number) => args[i];
    switch (field.type) {
      case 'String':
        base =
          native === null || native === 'Text' ? 'text'
          : native === 'Uuid' ? 'uuid'
          : native === 'VarChar' ? (args.length ? `character varying(${n(0)})` : 'character varying')
          : native === 'Char' ? `character(${n(0) ?? 1})`
          : native === 'Inet' ? 'inet'
          : native === 'Citext' ? 'citext'
          : native === 'Xml' ? 'xml'
          : { error: `unmapped native type String @db.${native}` };
        break;
      case 'Int':
        base = native === null || native === 'Integer' ? 'integer' : native === 'SmallInt' ? 'smallint' : native === 'Oid' ? 'oid' : { error: `unmapped native type Int @db.${native}` };
        break;
      case 'BigInt':
        base = native === null || native === 'BigInt' ? 'bigint' : { error: `unmapped native type BigInt @db.${native}` };
        break;
      case 'Float':
        base = native === null || native === 'DoublePrecision' ? 'double precision' : native === 'Real' ? 'real' : { error: `unmapped native type Float @db.${native}` };
        break;
      case 'Decimal':
        base =
          native === null ? 'numeric(65,30)'
          : native === 'Decimal' ? (args.length ? `numeric(${n(0)},${n(1) ?? 0})` : 'numeric')
          : native === 'Money' ? 'money'
          : { error: `unmapped native type Decimal @db.${native}` };
        break;
      case 'Boolean':
        base = 'boolean';
        break;
      case 'DateTime':
        base =
          native === null ? 'timestamp(3) without time zone'
          : native === 'Timestamptz' ? `timestamp(${n(0) ?? 6}) with time zone`
          : native === 'Timestamp' ? `timestamp(${n(0) ?? 6}) without time zone`
          : native === 'Date' ? 'date'
          : native === 'Time' ? `time(${n(0) ?? 6}) without time zone`
          : native === 'Timetz' ? `time(${n(0) ?? 6}) with time zone`
          : { error: `unmapped native type DateTime @db.${native}` };
        break;
      case 'Json':
        base = native === null || native === 'JsonB' ? 'jsonb' : native === 'Json' ? 'json' : { error: `unmapped native type Json @db.${native}` };
        break;
      case 'Bytes':
        base = 'bytea';
        break;
      default:
        base = { error: `unmapped Prisma type ${field.type}` };
    }
  }
  if (typeof base !== 'string') return base;
  return field.isList ? `${base}[]` : base;
}

/** Whether a column default expression (pg_get_expr) says what the Prisma default says. */
function defaultMatches(field: DatamodelField, expr: string): boolean {
  const d = field.default as unknown;
  const stripped = expr.replace(/::[a-z_ "]+(\([0-9,]+\))?(\[\])?/g, '').trim();
  if (d && typeof d === 'object' && !Array.isArray(d) && 'name' in d) {
    const fn = d as { name: string; args: unknown[] };
    if (fn.name === 'now') return /^(CURRENT_TIMESTAMP|now\(\))$/.test(stripped);
    if (fn.name === 'autoincrement') return stripped.startsWith('nextval(');
    if (fn.name === 'dbgenerated') return stripped === String(fn.args[0]);
    if (fn.name === 'uuid' || fn.name === 'cuid') return false; // client-side defaults have no DB default
    return false;
  }
  if (Array.isArray(d)) {
    if (d.length === 0) return /^(ARRAY\[\]|'\{\}')$/.test(stripped);
    return d.every((v) => stripped.includes(`'${String(v)}'`) || stripped.includes(String(v)));
  }
  if (typeof d === 'string') {
    // BigInt (and sometimes Decimal) defaults come as strings in the DMMF.
    if (field.type === 'BigInt' || field.type === 'Decimal') return Number(stripped.replace(/^\((.*)\)$/, '$1')) === Number(d);
    if (field.type === 'Json') return stripped.replace(/\s/g, '') === `'${d}'`.replace(/\s/g, '');
    return stripped === `'${d.replace(/'/g, "''")}'`;
  }
  if (typeof d === 'number') return Number(stripped.replace(/^\((.*)\)$/, '$1')) === d;
  if (typeof d === 'boolean') return stripped === String(d);
  return false;
}

interface Column {
  table: string;
  name: string;
  type: string;
  notNull: boolean;
  defaultExpr: string | null;
}

interface ForeignKey {
  name: string;
  table: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  onDelete: string;
  onUpdate: string;
}

interface UniqueIndex {
  name: string;
  table: string;
  columns: string[];
  primary: boolean;
}

export async function compareSchemaWithDatabase(client: pg.ClientBase, datamodel: Datamodel): Promise<string[]> {
  const problems: string[] = [];
  const enums = new Map(datamodel.enums.map((e) => [e.name, e]));
  const models = new Map(datamodel.models.map((m) => [m.name, m]));

  // ---- relations (tables) -------------------------------------------------------------
  const relations = (
    await client.query<{ relname: string; relkind: string; partitioned: boolean }>(`
      SELECT c.relname, c.relkind::text AS relkind, c.relkind = 'p' AS partitioned
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition
        AND NOT EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhrelid = c.oid)`)
  ).rows;
  const tables = new Map(relations.map((r) => [r.relname, r]));
  const modelTables = new Set(datamodel.models.map((m) => m.dbName));
  for (const model of datamodel.models) {
    const t = tables.get(model.dbName);
    if (!t) problems.push(`model ${model.name}: table "${model.dbName}" is missing`);
    else if (t.relkind !== 'r' && t.relkind !== 'p') problems.push(`model ${model.name}: "${model.dbName}" is relkind ${t.relkind}, not a table`);
  }
  for (const r of relations) {
    if (modelTables.has(r.relname)) continue;
    if (NON_MODEL_RELATIONS[r.relname] === r.relkind) continue;
    problems.push(`table "${r.relname}" (relkind ${r.relkind}) has no model`);
  }

  // ---- partitioning -------------------------------------------------------------------
  const partitioned = new Map(
    (
      await client.query<{ table: string; strategy: string; column: string }>(`
        SELECT c.relname AS table, p.partstrat::text AS strategy, a.attname AS column
        FROM pg_partitioned_table p
        JOIN pg_class c ON c.oid = p.partrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = p.partattrs[0]`)
    ).rows.map((r) => [r.table, r]),
  );
  for (const model of datamodel.models) {
    const annotation = /@partitioned\((\w+),\s*(day|month)\)/.exec(model.documentation ?? '');
    const actual = partitioned.get(model.dbName);
    if (annotation && !actual) problems.push(`model ${model.name}: annotated @partitioned(${annotation[1]}) but "${model.dbName}" is not partitioned`);
    if (annotation && actual && (actual.strategy !== 'r' || actual.column !== annotation[1]))
      problems.push(`model ${model.name}: partitioned by ${actual.strategy}(${actual.column}), expected RANGE(${annotation[1]})`);
    if (!annotation && actual) problems.push(`model ${model.name}: "${model.dbName}" is partitioned but the model has no @partitioned annotation`);
  }

  // ---- columns ------------------------------------------------------------------------
  const columnRows = (
    await client.query<Column>(`
      SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
             a.attnotnull AS "notNull", pg_get_expr(d.adbin, d.adrelid) AS "defaultExpr"
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p') AND NOT c.relispartition`)
  ).rows;
  const columns = new Map<string, Map<string, Column>>();
  for (const col of columnRows) {
    if (!columns.has(col.table)) columns.set(col.table, new Map());
    columns.get(col.table)!.set(col.name, col);
  }

  for (const model of datamodel.models) {
    const tableColumns = columns.get(model.dbName);
    if (!tableColumns) continue; // reported above
    const seen = new Set<string>();
    for (const field of model.fields) {
      if (field.kind === 'object') continue;
      const where = `${model.name}.${field.name} ("${model.dbName}"."${field.dbName}")`;
      seen.add(field.dbName);
      const col = tableColumns.get(field.dbName);
      if (!col) {
        problems.push(`${where}: column is missing`);
        continue;
      }
      const expected = expectedPgType(field, enums);
      if (typeof expected !== 'string') problems.push(`${where}: ${expected.error}`);
      else if (col.type !== expected) problems.push(`${where}: type is ${col.type}, expected ${expected}`);
      // Prisma creates scalar-list columns without NOT NULL (a list is "required" in Prisma's
      // model yet nullable in the database); every other field: required ⇔ NOT NULL.
      const expectNotNull = field.isList ? false : field.isRequired;
      if (col.notNull !== expectNotNull) problems.push(`${where}: column is ${col.notNull ? 'NOT NULL' : 'nullable'}, expected ${expectNotNull ? 'NOT NULL' : 'nullable'}`);
      // @updatedAt without @default is set by the client only: no database default.
      const expectDefault = field.hasDefaultValue;
      if (expectDefault && col.defaultExpr === null) problems.push(`${where}: has a Prisma default (${JSON.stringify(field.default)}) but no column default`);
      if (!expectDefault && col.defaultExpr !== null) problems.push(`${where}: column default ${col.defaultExpr} but no Prisma default`);
      if (expectDefault && col.defaultExpr !== null && !defaultMatches(field, col.defaultExpr))
        problems.push(`${where}: column default ${col.defaultExpr} does not match Prisma's ${JSON.stringify(field.default)}`);
    }
    for (const name of tableColumns.keys()) {
      if (!seen.has(name)) problems.push(`"${model.dbName}"."${name}": column has no field in model ${model.name}`);
    }
  }

  // ---- enums --------------------------------------------------------------------------
  const pgEnums = new Map(
    (
      await client.query<{ name: string; labels: string[] }>(`
        SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = 'public'
        GROUP BY t.typname`)
    ).rows.map((r) => [r.name, r.labels]),
  );
  for (const e of datamodel.enums) {
    const labels = pgEnums.get(e.dbName);
    if (!labels) {
      problems.push(`enum ${e.name}: type "${e.dbName}" is missing`);
      continue;
    }
    const want = new Set(e.values.map((v) => v.dbName));
    const have = new Set(labels);
    const missing = [...want].filter((v) => !have.has(v));
    const extra = [...have].filter((v) => !want.has(v));
    if (missing.length) problems.push(`enum ${e.name} ("${e.dbName}"): values missing in the database: ${missing.join(', ')}`);
    if (extra.length) problems.push(`enum ${e.name} ("${e.dbName}"): database values not in the schema: ${extra.join(', ')}`);
  }
  const enumNames = new Set(datamodel.enums.map((e) => e.dbName));
  for (const name of pgEnums.keys()) if (!enumNames.has(name)) problems.push(`enum type "${name}" has no enum in the schema`);

  // ---- primary keys and unique constraints -----------------------------------------------
  const uniques = (
    await client.query<UniqueIndex>(`
      SELECT i.relname AS name, c.relname AS table, ix.indisprimary AS primary,
             array(SELECT a.attname::text FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                   JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum ORDER BY k.ord) AS columns
      FROM pg_index ix
      JOIN pg_class i ON i.oid = ix.indexrelid
      JOIN pg_class c ON c.oid = ix.indrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      WHERE ix.indisunique AND ix.indpred IS NULL AND ix.indexprs IS NULL
        AND c.relkind IN ('r', 'p') AND NOT c.relispartition`)
  ).rows;
  const key = (table: string, cols: string[]) => `${table}(${cols.join(',')})`;
  const expectedUniques = new Map<string, string>();
  for (const model of datamodel.models) {
    const dbName = (fieldName: string) => model.fields.find((f) => f.name === fieldName)?.dbName ?? `?${fieldName}`;
    const pk = model.primaryKey?.fields.map(dbName) ?? model.fields.filter((f) => f.isId).map((f) => f.dbName);
    const actualPk = uniques.find((u) => u.table === model.dbName && u.primary);
    if (!actualPk) problems.push(`model ${model.name}: primary key is missing`);
    else if (actualPk.columns.join(',') !== pk.join(',')) problems.push(`model ${model.name}: primary key is (${actualPk.columns.join(', ')}), expected (${pk.join(', ')})`);
    for (const f of model.fields.filter((x) => x.isUnique)) expectedUniques.set(key(model.dbName, [f.dbName]), `${model.name}.${f.name} @unique`);
    for (const fields of model.uniqueFields) expectedUniques.set(key(model.dbName, fields.map(dbName)), `${model.name} @@unique([${fields.join(', ')}])`);
  }
  const actualUniques = new Set(uniques.filter((u) => !u.primary).map((u) => key(u.table, u.columns)));
  for (const [k, what] of expectedUniques) if (!actualUniques.has(k)) problems.push(`${what}: unique index on ${k} is missing`);
  for (const u of uniques.filter((x) => !x.primary && modelTables.has(x.table)))
    if (!expectedUniques.has(key(u.table, u.columns))) problems.push(`unique index "${u.name}" on ${key(u.table, u.columns)} is not in the schema`);

  // ---- foreign keys ---------------------------------------------------------------------
  const fks = (
    await client.query<ForeignKey>(`
      SELECT con.conname AS name, c.relname AS table, rc.relname AS "refTable",
             array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
             array(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS "refColumns",
             con.confdeltype::text AS "onDelete", con.confupdtype::text AS "onUpdate"
      FROM pg_constraint con
      JOIN pg_class c ON c.oid = con.conrelid
      JOIN pg_class rc ON rc.oid = con.confrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      WHERE con.contype = 'f' AND con.conparentid = 0 AND NOT c.relispartition`)
  ).rows;
  const fkKey = (table: string, cols: string[], refTable: string, refCols: string[]) => `${table}(${cols.join(',')}) → ${refTable}(${refCols.join(',')})`;
  const actualFks = new Map(fks.map((fk) => [fkKey(fk.table, fk.columns, fk.refTable, fk.refColumns), fk]));
  const expectedFks = new Set<string>();
  for (const model of datamodel.models) {
    for (const field of model.fields) {
      if (field.kind !== 'object' || !field.relationFromFields?.length) continue;
      const target = models.get(field.type);
      if (!target) {
        problems.push(`${model.name}.${field.name}: relation to unknown model ${field.type}`);
        continue;
      }
      const from = field.relationFromFields.map((n) => model.fields.find((f) => f.name === n)?.dbName ?? `?${n}`);
      const to = (field.relationToFields ?? []).map((n) => target.fields.find((f) => f.name === n)?.dbName ?? `?${n}`);
      const k = fkKey(model.dbName, from, target.dbName, to);
      expectedFks.add(k);
      const fk = actualFks.get(k);
      if (!fk) {
        problems.push(`${model.name}.${field.name}: foreign key ${k} is missing`);
        continue;
      }
      const fromRequired = field.relationFromFields.every((n) => model.fields.find((f) => f.name === n)?.isRequired);
      const wantDelete = field.relationOnDelete ?? (fromRequired ? 'Restrict' : 'SetNull');
      if (ON_DELETE[fk.onDelete] !== wantDelete) problems.push(`${model.name}.${field.name}: foreign key ${fk.name} is ON DELETE ${ON_DELETE[fk.onDelete]}, expected ${wantDelete}`);
      if (ON_DELETE[fk.onUpdate] !== 'Cascade') problems.push(`${model.name}.${field.name}: foreign key ${fk.name} is ON UPDATE ${ON_DELETE[fk.onUpdate]}, expected Cascade`);
    }
  }
  for (const [k, fk] of actualFks) if (!expectedFks.has(k)) problems.push(`foreign key "${fk.name}" ${k} has no relation in the schema`);

  return problems;
}
