// Checks a loaded database the way the constraints would have: every foreign key of every table
// (including rows written while foreign-key checks were off) must point at an existing row.
import type pg from 'pg';

export interface ForeignKeyViolation {
  constraint: string;
  table: string;
  references: string;
  orphans: number;
}

/** Counts, for every foreign key, the rows whose key matches no referenced row. */
export async function findForeignKeyViolations(client: pg.ClientBase): Promise<ForeignKeyViolation[]> {
  const fks = await client.query<{ name: string; child: string; parent: string; child_cols: string[]; parent_cols: string[] }>(`
    SELECT c.conname AS name, c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
           array(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.o)::text[] AS child_cols,
           array(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.o)::text[] AS parent_cols
      FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
      JOIN pg_namespace ns ON ns.oid = t.relnamespace AND ns.nspname = current_schema()
     WHERE c.contype = 'f' AND c.conparentid = 0 AND NOT t.relispartition
     ORDER BY 1`);
  const out: ForeignKeyViolation[] = [];
  for (const fk of fks.rows) {
    const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const notNull = fk.child_cols.map((col) => `c.${q(col)} IS NOT NULL`).join(' AND ');
    const join = fk.child_cols.map((col, i) => `p.${q(fk.parent_cols[i]!)} = c.${q(col)}`).join(' AND ');
    const r = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${fk.child} c WHERE ${notNull} AND NOT EXISTS (SELECT 1 FROM ${fk.parent} p WHERE ${join})`);
    const orphans = Number(r.rows[0]!.n);
    if (orphans > 0) out.push({ constraint: fk.name, table: fk.child, references: fk.parent, orphans });
  }
  return out;
}
