// The scale seeder's streaming code, run for real at --scale 5000 into a fresh migrated
// database (with its worker threads, index drop / rebuild, COPY FREEZE and replica mode): the
// proportions hold, every foreign key holds, the schema is exactly what the migrations made,
// and the search indexes are used after VACUUM ANALYZE.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/infra/db/database';
import { searchUsers } from '../../electron/domain/accounts/search';
import { findForeignKeyViolations } from '../../prisma/seed/lib/integrity';
import { schemaFingerprint } from '../../prisma/seed/lib/bulk';
import { readScaleMarker, seedScale, type ScaleResult } from '../../prisma/seed/scale';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { compareSchemaWithDatabase, readDatamodel } from '../support/schema-compare';

const USERS = 5000;
let seeded: TestDatabase;
let pristine: TestDatabase;
let client: pg.Client;
let result: ScaleResult;

beforeAll(async () => {
  seeded = await createTestDatabase();
  pristine = await createTestDatabase();
  result = await seedScale({ url: seeded.url, users: USERS, parallel: 2, workers: 2 });
  client = new pg.Client({ connectionString: seeded.url });
  await client.connect();
}, 120_000);

afterAll(async () => {
  await client?.end();
  await seeded?.drop();
  await pristine?.drop();
});

const count = async (sql: string) => Number((await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM (${sql}) x`)).rows[0]!.n);

describe(`scale seeder (--scale ${USERS})`, () => {
  it('writes the data set in the expected proportions and records its marker', async () => {
    console.log(`scale ${USERS}: ${result.totalRows.toLocaleString('en-US')} rows in ${result.seconds.toFixed(1)} s, peak RSS ${result.peakRssMb} MB`);
    const n = async (table: string) => count(`SELECT 1 FROM ${table}`);
    expect(await n('users')).toBe(USERS + 10); // + the demo staff
    expect(await n('video_views')).toBe(USERS * 10);
    expect(await n('ad_impressions')).toBe(USERS * 10);
    expect(await count(`SELECT 1 FROM moderation_cases WHERE status = 'OPEN'`)).toBeGreaterThanOrEqual(USERS);
    const ratio = async (table: string, lo: number, hi: number) => {
      const r = (await n(table)) / USERS;
      expect(r, table).toBeGreaterThanOrEqual(lo);
      expect(r, table).toBeLessThanOrEqual(hi);
    };
    await ratio('videos', 0.15, 0.25);
    await ratio('posts', 0.4, 0.6);
    await ratio('comments', 0.7, 1.5);
    await ratio('follows', 0.5, 4);
    await ratio('payments', 0.1, 0.8);
    await ratio('payouts', 0.03, 0.4);
    await ratio('transactions', 0.2, 1.5);
    await ratio('notifications', 0.4, 1.5);
    await ratio('ad_campaigns', 0.001, 0.02);
    expect(await count(`SELECT 1 FROM payouts WHERE status = 'PENDING'`)).toBeGreaterThan(0);
    expect(await count(`SELECT 1 FROM payouts WHERE status = 'PAID'`)).toBeGreaterThan(0);
    // Time series spread over 90 days, every day present.
    expect(await count(`SELECT DISTINCT date_trunc('day', created_at) FROM video_views`)).toBeGreaterThanOrEqual(90);
    expect(await count(`SELECT DISTINCT date_trunc('day', created_at) FROM ad_impressions`)).toBeGreaterThanOrEqual(90);
    const db = openDatabase(seeded.url, { max: 1 });
    const marker = await readScaleMarker(db).finally(() => db.close());
    expect(marker).toMatchObject({ scale: USERS, totalRows: result.totalRows });
    expect(marker!.rows.video_views).toBe(USERS * 10);
  });

  it('holds every foreign key', async () => {
    expect(await findForeignKeyViolations(client)).toEqual([]);
  });

  it('leaves the schema exactly as the migrations made it (indexes, constraints, triggers)', async () => {
    const problems = await compareSchemaWithDatabase(client, readDatamodel());
    expect(problems).toEqual([]);
    const fresh = new pg.Client({ connectionString: pristine.url });
    await fresh.connect();
    try {
      const [after, before] = [await schemaFingerprint(client), await schemaFingerprint(fresh)];
      expect(after.length).toBeGreaterThan(300);
      expect(after).toEqual(before);
      const invalid = await client.query(`SELECT indexrelid::regclass::text FROM pg_index WHERE NOT indisvalid OR NOT indisready`);
      expect(invalid.rows).toEqual([]);
    } finally {
      await fresh.end();
    }
  });

  it('keeps the counters and the audit chain consistent', async () => {
    expect(await count(`SELECT 1 FROM users u WHERE u.follower_count <> (SELECT count(*) FROM follows f WHERE f.following_id = u.id)`)).toBe(0);
    expect(await count(`SELECT 1 FROM posts p WHERE p.comment_count <> (SELECT count(*) FROM comments c WHERE c.post_id = p.id)`)).toBe(0);
    expect(await count(`SELECT 1 FROM transactions WHERE balance_after <> balance_before + amount`)).toBe(0);
    const chain = await client.query<{ ok: boolean; checked: string }>('SELECT ok, checked::text FROM audit_log_verify()');
    expect(chain.rows[0]!.ok).toBe(true);
    expect(Number(chain.rows[0]!.checked)).toBeGreaterThan(100);
  });

  it('uses the search indexes after VACUUM ANALYZE', async () => {
    const stats = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM pg_stat_user_tables WHERE relname IN ('users', 'video_views', 'moderation_cases') AND last_analyze IS NULL AND last_autoanalyze IS NULL`);
    expect(stats.rows[0]!.n).toBe('0');
    const plan = async (sql: string, params: unknown[]) => JSON.stringify((await client.query(`EXPLAIN (FORMAT JSON) ${sql}`, params)).rows[0]);
    expect(await plan(`SELECT id FROM users WHERE display_name % $1 ORDER BY similarity(display_name, $1) DESC LIMIT 20`, ['Amara Okafr'])).toContain('users_display_name_trgm_idx');
    expect(await plan(`SELECT id FROM users WHERE lower(email) LIKE $1 ORDER BY lower(email) LIMIT 20`, ['amara.okafor%'])).toContain('users_lower_email_prefix_idx');
    expect(await plan(`SELECT id FROM users WHERE phone_number LIKE $1 LIMIT 20`, ['%0001234%'])).toContain('users_phone_number_trgm_idx');
    expect(await plan(`SELECT id FROM moderation_cases WHERE status <> 'RESOLVED' ORDER BY status, priority DESC, id LIMIT 1`, [])).toContain('moderation_cases_open_queue_idx');
    // And the product's own search finds seeded people by a misspelt name, a prefix and a Stripe id.
    const db = openDatabase(seeded.url, { max: 4 });
    try {
      const { rows } = await client.query<{ id: string; display_name: string; username: string; stripe_customer_id: string }>(`SELECT id, display_name, username, stripe_customer_id FROM users WHERE display_name ~ '^[A-Za-z]+ [A-Za-z]{5,}$' AND stripe_customer_id IS NOT NULL ORDER BY id LIMIT 1`);
      const u = rows[0]!;
      const misspelt = u.display_name.slice(0, -2) + u.display_name.slice(-1);
      expect((await searchUsers(db, misspelt, { limit: 20, canSeePii: true })).map((h) => h.id)).toContain(u.id);
      expect((await searchUsers(db, u.username.slice(0, 8), { limit: 50, canSeePii: true })).length).toBeGreaterThan(0);
      expect((await searchUsers(db, u.stripe_customer_id, { limit: 5, canSeePii: true }))[0]?.id).toBe(u.id);
    } finally {
      await db.close();
    }
  });
});
