// The migrated database matches the Prisma schema model by model and field by field, in both
// directions: tables ↔ models, columns ↔ fields (type, nullability, default), enum types ↔
// enums, primary keys, unique constraints, foreign keys ↔ relations, partitioning ↔
// @partitioned annotations. All mismatches are reported in one assertion message.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { compareSchemaWithDatabase, readDatamodel, type Datamodel } from '../support/schema-compare.ts';

const datamodel: Datamodel = readDatamodel();

function report(problems: string[]): string {
  return problems.length ? `${problems.length} mismatch(es) between prisma/schema and the migrated database:\n  ${problems.join('\n  ')}` : '';
}

describe('schema ↔ database', () => {
  let db: TestDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  it('covers the whole data model', () => {
    // Guards against comparing an empty or truncated datamodel.json.
    expect(datamodel.models.length).toBeGreaterThanOrEqual(60);
    expect(datamodel.enums.length).toBeGreaterThanOrEqual(60);
    const tables = datamodel.models.map((m) => m.dbName);
    for (const table of ['users', 'videos', 'video_views', 'stream_chat', 'audit_log', 'catalog_videos', 'moderation_cases', 'copyright_claims', 'roles', 'user_roles'])
      expect(tables).toContain(table);
  });

  it('every model, field, enum, key and relation matches the migrated database, both ways', async () => {
    const problems = await compareSchemaWithDatabase(client, datamodel);
    expect(problems, report(problems)).toEqual([]);
  });

  it('indexes every foreign key (an index leads with its columns)', async () => {
    const { rows } = await client.query<{ fk: string }>(`
      SELECT c.relname || '(' || array_to_string(array(
               SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord), ', ')
             || ') → ' || con.confrelid::regclass::text AS fk
      FROM pg_constraint con
      JOIN pg_class c ON c.oid = con.conrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      WHERE con.contype = 'f' AND con.conparentid = 0 AND NOT c.relispartition
        AND NOT EXISTS (
          SELECT 1 FROM pg_index ix
          WHERE ix.indrelid = con.conrelid AND ix.indpred IS NULL
            AND (ix.indkey::int2[])[0:array_length(con.conkey, 1) - 1] = con.conkey)
      ORDER BY 1`);
    expect(rows.map((r) => r.fk), 'foreign keys without an index').toEqual([]);
    const total = await client.query(`SELECT 1 FROM pg_constraint WHERE contype = 'f' AND conparentid = 0`);
    expect(total.rowCount).toBeGreaterThan(150);
  });

  it('prisma/generated/datamodel.json is current with prisma/schema (run `npm run generate` if not)', async () => {
    const { default: internals } = (await import('@prisma/internals')) as unknown as {
      default: { getDMMF(options: { datamodel: [string, string][] }): Promise<{ datamodel: { models: DmmfModel[]; enums: { name: string; values: { name: string }[] }[] } }> };
    };
    type DmmfModel = { name: string; dbName: string | null; fields: { name: string; kind: string; type: string; isList: boolean; isRequired: boolean; dbName?: string | null; nativeType?: unknown; hasDefaultValue: boolean }[] };
    const dir = join(process.cwd(), 'prisma', 'schema');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.prisma'))
      .sort()
      .map((f): [string, string] => [join('prisma', 'schema', f), readFileSync(join(dir, f), 'utf8')]);
    const dmmf = await internals.getDMMF({ datamodel: files });
    const shape = (m: { name: string; dbName: string | null; fields: DmmfModel['fields'] }) =>
      `${m.name}→${m.dbName ?? m.name}{` +
      m.fields.map((f) => `${f.name}:${f.kind}:${f.type}${f.isList ? '[]' : ''}${f.isRequired ? '!' : '?'}:${f.dbName ?? f.name}:${JSON.stringify(f.nativeType ?? null)}:${f.hasDefaultValue}`).join(',') +
      '}';
    expect(datamodel.models.map(shape)).toEqual(dmmf.datamodel.models.map(shape));
    expect(datamodel.enums.map((e) => `${e.name}:${e.values.map((v) => v.name).join(',')}`)).toEqual(
      dmmf.datamodel.enums.map((e) => `${e.name}:${e.values.map((v) => v.name).join(',')}`),
    );
  });

  it('marks secrets and personal data with well-formed @sensitive annotations', () => {
    const problems: string[] = [];
    const marked = new Map<string, string>();
    for (const model of datamodel.models) {
      for (const field of model.fields) {
        const docs = field.documentation ?? '';
        const annotations = [...docs.matchAll(/@sensitive\(([^)]*)\)/g)].map((m) => m[1]);
        if (annotations.length > 1) problems.push(`${model.name}.${field.name}: more than one @sensitive annotation`);
        for (const a of annotations) {
          if (a !== 'secret' && a !== 'pii') problems.push(`${model.name}.${field.name}: unknown sensitivity "${a}"`);
          else marked.set(`${model.dbName}.${field.dbName}`, a);
        }
        if (/@sensitive(?!\()/.test(docs)) problems.push(`${model.name}.${field.name}: malformed @sensitive annotation`);
      }
    }
    const mustBe: Record<string, string> = {
      'users.password_hash': 'secret',
      'users.two_factor_secret': 'secret',
      'users.backup_codes': 'secret',
      'email_verification_tokens.token_hash': 'secret',
      'password_reset_tokens.token_hash': 'secret',
      'user_sessions.refresh_token_hash': 'secret',
      'push_tokens.token': 'secret',
      'live_streams.ivs_stream_key_arn': 'secret',
      'users.email': 'pii',
      'users.phone_number': 'pii',
      'users.date_of_birth': 'pii',
      'users.last_login_ip': 'pii',
      'users.current_login_ip': 'pii',
      'user_sessions.ip_address': 'pii',
      'payments.billing_address': 'pii',
      'payments.card_last4': 'pii',
      'payouts.account_last4': 'pii',
    };
    for (const [column, level] of Object.entries(mustBe)) {
      if (marked.get(column) !== level) problems.push(`${column}: expected @sensitive(${level}), found ${marked.get(column) ?? 'none'}`);
    }
    // Every column whose name says it is a secret is marked secret.
    for (const model of datamodel.models)
      for (const field of model.fields)
        if (field.kind !== 'object' && /(password|secret|token_hash|backup_codes|stream_key)/.test(field.dbName) && marked.get(`${model.dbName}.${field.dbName}`) !== 'secret')
          problems.push(`${model.dbName}.${field.dbName}: looks secret but is not marked @sensitive(secret)`);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('the comparison reports drift in either direction (it can fail)', async () => {
    const drifted = await createTestDatabase();
    const c = new pg.Client({ connectionString: drifted.url });
    await c.connect();
    try {
      await c.query(`
        ALTER TABLE users ALTER COLUMN bio TYPE varchar(10);
        ALTER TABLE users ALTER COLUMN display_name SET NOT NULL;
        ALTER TABLE users ALTER COLUMN currency DROP DEFAULT;
        ALTER TABLE videos ALTER COLUMN currency SET DEFAULT 'EUR';
        ALTER TABLE posts DROP COLUMN repost_comment;
        ALTER TABLE comments ADD COLUMN stray integer;
        ALTER TABLE likes DROP CONSTRAINT likes_post_id_fkey;
        ALTER TABLE saves DROP CONSTRAINT saves_video_id_fkey,
          ADD CONSTRAINT saves_video_id_fkey FOREIGN KEY (video_id) REFERENCES videos(id) ON DELETE SET NULL ON UPDATE CASCADE;
        ALTER TYPE user_status ADD VALUE 'ARCHIVED';
        CREATE TYPE stray_enum AS ENUM ('A');
        CREATE TABLE stray_table (id int PRIMARY KEY);
        DROP TABLE staff_notes;
        DROP INDEX policies_code_key;
        CREATE UNIQUE INDEX stray_unique ON videos (title);
      `);
      const problems = (await compareSchemaWithDatabase(c, datamodel)).join('\n');
      expect(problems).toContain('User.bio ("users"."bio"): type is character varying(10), expected text');
      expect(problems).toContain('User.displayName ("users"."display_name"): column is NOT NULL, expected nullable');
      expect(problems).toContain('User.currency ("users"."currency"): has a Prisma default ("USD") but no column default');
      expect(problems).toContain(`Video.currency ("videos"."currency"): column default 'EUR'::bpchar does not match Prisma's "USD"`);
      expect(problems).toContain('Post.repostComment ("posts"."repost_comment"): column is missing');
      expect(problems).toContain('"comments"."stray": column has no field in model Comment');
      expect(problems).toContain('Like.post: foreign key likes(post_id) → posts(id) is missing');
      expect(problems).toContain('Save.video: foreign key saves_video_id_fkey is ON DELETE SetNull, expected Cascade');
      expect(problems).toContain('enum UserStatus ("user_status"): database values not in the schema: ARCHIVED');
      expect(problems).toContain('enum type "stray_enum" has no enum in the schema');
      expect(problems).toContain('table "stray_table" (relkind r) has no model');
      expect(problems).toContain('model StaffNote: table "staff_notes" is missing');
      expect(problems).toContain('Policy.code @unique: unique index on policies(code) is missing');
      expect(problems).toContain('unique index "stray_unique" on videos(title) is not in the schema');
    } finally {
      await c.end();
      await drifted.drop();
    }
  });
});
