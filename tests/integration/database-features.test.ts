// The database_features migration: partitions and their maintenance, the updated_at and
// counter triggers, the partial unique indexes on open queue items, the append-only,
// hash-chained audit log, trigram search, the popular_posts materialized view and the console
// roles. Every test runs against a real, migrated PostgreSQL.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partitionBounds, partitionName } from '../../scripts/lib/partitioning.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

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

let counter = 0;
async function newUser(c: pg.ClientBase = client): Promise<string> {
  counter += 1;
  const tag = `${Date.now().toString(36)}_${counter}`;
  const { rows } = await c.query<{ id: string }>(
    `INSERT INTO users (username, email) VALUES ($1, $2) RETURNING id`,
    [`u_${tag}`, `u_${tag}@example.test`],
  );
  return rows[0]!.id;
}

async function one<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T> {
  const { rows } = await client.query<T>(sql, params);
  if (rows.length !== 1) throw new Error(`expected one row from ${sql}, got ${rows.length}`);
  return rows[0]!;
}

async function errorOf(promise: Promise<unknown>): Promise<Error & { code?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('expected the statement to fail, and it succeeded');
}

const PARTITIONED: { table: string; interval: 'day' | 'month' }[] = [
  { table: 'video_views', interval: 'month' },
  { table: 'transactions', interval: 'month' },
  { table: 'stream_chat', interval: 'day' },
  { table: 'stream_viewers', interval: 'day' },
  { table: 'ad_impressions', interval: 'day' },
  { table: 'ad_clicks', interval: 'day' },
];

describe('partitions', () => {
  /** Inserts one row dated `at` into `table` and returns the partition that holds it. */
  async function insertAt(table: string, at: Date): Promise<string> {
    const userId = await newUser();
    let sql: string;
    let params: unknown[];
    switch (table) {
      case 'video_views': {
        const video = await one<{ id: string }>(`INSERT INTO videos (owner_id, title) VALUES ($1, 'v') RETURNING id`, [userId]);
        sql = `INSERT INTO video_views (video_id, user_id, created_at) VALUES ($1, $2, $3)`;
        params = [video.id, userId];
        break;
      }
      case 'transactions':
        sql = `INSERT INTO transactions (user_id, transaction_type, amount, balance_before, balance_after, created_at) VALUES ($1, 'PAYMENT', 10, 0, 10, $2)`;
        params = [userId];
        break;
      case 'stream_chat':
      case 'stream_viewers': {
        const stream = await one<{ id: string }>(`INSERT INTO live_streams (streamer_id, title) VALUES ($1, 's') RETURNING id`, [userId]);
        sql =
          table === 'stream_chat'
            ? `INSERT INTO stream_chat (stream_id, user_id, message, created_at) VALUES ($1, $2, 'hi', $3)`
            : `INSERT INTO stream_viewers (stream_id, user_id, created_at) VALUES ($1, $2, $3)`;
        params = [stream.id, userId];
        break;
      }
      default: {
        const campaign = await one<{ id: string }>(`INSERT INTO ad_campaigns (advertiser_id, name, objective) VALUES ($1, 'c', 'REACH') RETURNING id`, [userId]);
        const ad = await one<{ id: string }>(`INSERT INTO ads (campaign_id, ad_type, placement) VALUES ($1, 'IMAGE', 'FEED') RETURNING id`, [campaign.id]);
        sql = `INSERT INTO ${table} (ad_id, campaign_id, user_id, created_at) VALUES ($1, $2, $3, $4)`;
        params = [ad.id, campaign.id, userId];
        break;
      }
    }
    const { rows } = await client.query<{ partition: string }>(`${sql} RETURNING tableoid::regclass::text AS partition`, [...params, at]);
    return rows[0]!.partition;
  }

  it('exist for today and route rows to the right one, for all six tables', async () => {
    const now = new Date();
    for (const { table, interval } of PARTITIONED) {
      const today = partitionName(table, interval, now);
      const exists = await one<{ oid: string | null }>(`SELECT to_regclass($1)::text AS oid`, [today]);
      expect(exists.oid, `${today} should exist`).toBe(today);
      expect(await insertAt(table, now)).toBe(today);
      const old = new Date(now.getTime() - 95 * 86_400_000);
      expect(await insertAt(table, old)).toBe(partitionName(table, interval, old));
      const ahead = new Date(now.getTime() + 55 * 86_400_000);
      expect(await insertAt(table, ahead)).toBe(partitionName(table, interval, ahead));
    }
  });

  it('cover 100 days back to 60 days ahead, with UTC bounds, and no DEFAULT partition', async () => {
    await client.query(`SET TimeZone = 'UTC'`);
    const now = new Date();
    for (const { table, interval } of PARTITIONED) {
      const { rows } = await client.query<{ name: string; bound: string }>(
        `SELECT c.relname AS name, pg_get_expr(c.relpartbound, c.oid) AS bound
         FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
         WHERE i.inhparent = $1::regclass`,
        [table],
      );
      const names = new Set(rows.map((r) => r.name));
      for (let days = -100; days <= 60; days += interval === 'day' ? 1 : 28) {
        const at = new Date(now.getTime() + days * 86_400_000);
        expect(names.has(partitionName(table, interval, at)), `${table} partition for ${at.toISOString()}`).toBe(true);
      }
      expect(rows.some((r) => r.bound === 'DEFAULT'), `${table} has a DEFAULT partition`).toBe(false);
      const { from, to } = partitionBounds(interval, now);
      const todays = rows.find((r) => r.name === partitionName(table, interval, now));
      const iso = (d: Date) => d.toISOString().replace('T', ' ').replace('.000Z', '+00');
      expect(todays?.bound).toBe(`FOR VALUES FROM ('${iso(from)}') TO ('${iso(to)}')`);
    }
    await client.query(`RESET TimeZone`);
  });

  it('reject a row with no partition (two years ahead)', async () => {
    const err = await errorOf(insertAt('ad_impressions', new Date(Date.now() + 730 * 86_400_000)));
    expect(err.message).toMatch(/no partition of relation "ad_impressions" found for row/);
  });

  it('ensure_partitions is idempotent and names partitions in UTC whatever the session TimeZone', async () => {
    const count = async () => (await one<{ n: number }>(`SELECT count(*)::int AS n FROM pg_inherits`)).n;
    const before = await count();
    expect((await one<{ n: number }>(`SELECT ensure_upcoming_partitions() AS n`)).n).toBe(0);
    expect(await count()).toBe(before);

    await client.query(`SET TimeZone = 'Pacific/Kiritimati'`); // UTC+14
    const created = await one<{ n: number }>(
      `SELECT ensure_partitions('stream_chat', 'day', '2031-03-01T00:00:00Z', '2031-03-04T00:00:00Z') AS n`,
    );
    expect(created.n).toBe(3);
    const again = await one<{ n: number }>(
      `SELECT ensure_partitions('stream_chat', 'day', '2031-03-01T00:00:00Z', '2031-03-04T00:00:00Z') AS n`,
    );
    expect(again.n).toBe(0);
    await client.query(`SET TimeZone = 'UTC'`);
    const bound = await one<{ bound: string }>(`SELECT pg_get_expr(relpartbound, oid) AS bound FROM pg_class WHERE relname = 'stream_chat_p20310302'`);
    expect(bound.bound).toBe(`FOR VALUES FROM ('2031-03-02 00:00:00+00') TO ('2031-03-03 00:00:00+00')`);
    const month = await one<{ n: number }>(`SELECT ensure_partitions('video_views', 'month', '2031-01-15T00:00:00Z', '2031-03-01T00:00:00Z') AS n`);
    expect(month.n).toBe(2); // 2031-01 and 2031-02
    expect((await one<{ t: string | null }>(`SELECT to_regclass('video_views_p203101')::text AS t`)).t).toBe('video_views_p203101');
    await client.query(`RESET TimeZone`);

    expect((await errorOf(client.query(`SELECT ensure_partitions('users', 'day', now(), now() + interval '1 day')`))).message).toMatch(/not a partitioned table/);
    expect((await errorOf(client.query(`SELECT ensure_partitions('stream_chat', 'week', now(), now() + interval '1 day')`))).message).toMatch(/interval must be/);
  });
});

describe('updated_at trigger', () => {
  it('sets updated_at on every table that has it, and counter maintenance does not count as an edit', async () => {
    const missing = await client.query<{ table: string }>(`
      SELECT c.relname AS table FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'updated_at'
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = c.relname || '_set_updated_at')`);
    expect(missing.rows.map((r) => r.table)).toEqual([]);

    const id = await newUser();
    await client.query(`UPDATE users SET updated_at = '2000-01-01T00:00:00Z' WHERE id = $1`, [id]);
    // The trigger overrides whatever the client sends with the transaction time.
    const afterEdit = await one<{ updated_at: Date }>(`SELECT updated_at FROM users WHERE id = $1`, [id]);
    expect(afterEdit.updated_at.getUTCFullYear()).toBeGreaterThan(2000);

    // Force a known old value past the trigger, then check a counter update leaves it alone.
    await client.query(`ALTER TABLE users DISABLE TRIGGER users_set_updated_at`);
    await client.query(`UPDATE users SET updated_at = '2001-01-01T00:00:00Z' WHERE id = $1`, [id]);
    await client.query(`ALTER TABLE users ENABLE TRIGGER users_set_updated_at`);
    await client.query(`INSERT INTO posts (owner_id, content) VALUES ($1, 'hello')`, [id]);
    const afterCounter = await one<{ updated_at: Date; post_count: string }>(`SELECT updated_at, post_count FROM users WHERE id = $1`, [id]);
    expect(afterCounter.post_count).toBe('1');
    expect(afterCounter.updated_at.toISOString()).toBe('2001-01-01T00:00:00.000Z');

    await client.query(`UPDATE users SET bio = 'edited' WHERE id = $1`, [id]);
    const edited = await one<{ updated_at: Date }>(`SELECT updated_at FROM users WHERE id = $1`, [id]);
    expect(edited.updated_at.getTime()).toBeGreaterThan(Date.parse('2001-01-02'));

    // A partitioned table's partitions inherit the trigger.
    const videoOwner = await newUser();
    const video = await one<{ id: string }>(`INSERT INTO videos (owner_id, title) VALUES ($1, 'v') RETURNING id`, [videoOwner]);
    const view = await one<{ id: string }>(`INSERT INTO video_views (video_id, updated_at) VALUES ($1, '2001-01-01T00:00:00Z') RETURNING id`, [video.id]);
    await client.query(`UPDATE video_views SET watch_duration = 42 WHERE id = $1`, [view.id]);
    const viewRow = await one<{ updated_at: Date }>(`SELECT updated_at FROM video_views WHERE id = $1`, [view.id]);
    expect(viewRow.updated_at.getUTCFullYear()).toBeGreaterThan(2001);
  });
});

describe('counter triggers', () => {
  const userCounts = (id: string) =>
    one<{ post_count: string; video_count: string; follower_count: string; following_count: string }>(
      `SELECT post_count, video_count, follower_count, following_count FROM users WHERE id = $1`,
      [id],
    );

  it('posts → users.post_count (insert, soft delete, restore, delete)', async () => {
    const owner = await newUser();
    const a = await one<{ id: string }>(`INSERT INTO posts (owner_id, content) VALUES ($1, 'a') RETURNING id`, [owner]);
    await client.query(`INSERT INTO posts (owner_id, content) VALUES ($1, 'b')`, [owner]);
    expect((await userCounts(owner)).post_count).toBe('2');
    await client.query(`UPDATE posts SET is_deleted = true, deleted_at = now() WHERE id = $1`, [a.id]);
    expect((await userCounts(owner)).post_count).toBe('1');
    await client.query(`UPDATE posts SET is_deleted = false, deleted_at = NULL WHERE id = $1`, [a.id]);
    expect((await userCounts(owner)).post_count).toBe('2');
    await client.query(`DELETE FROM posts WHERE id = $1`, [a.id]);
    expect((await userCounts(owner)).post_count).toBe('1');
    // A soft-deleted row going away does not count twice.
    await client.query(`UPDATE posts SET is_deleted = true WHERE owner_id = $1`, [owner]);
    await client.query(`DELETE FROM posts WHERE owner_id = $1`, [owner]);
    expect((await userCounts(owner)).post_count).toBe('0');
  });

  it('videos → users.video_count', async () => {
    const owner = await newUser();
    const v = await one<{ id: string }>(`INSERT INTO videos (owner_id, title) VALUES ($1, 'a') RETURNING id`, [owner]);
    expect((await userCounts(owner)).video_count).toBe('1');
    const other = await newUser();
    await client.query(`UPDATE videos SET owner_id = $2 WHERE id = $1`, [v.id, other]);
    expect((await userCounts(owner)).video_count).toBe('0');
    expect((await userCounts(other)).video_count).toBe('1');
    await client.query(`DELETE FROM videos WHERE id = $1`, [v.id]);
    expect((await userCounts(other)).video_count).toBe('0');
  });

  it('follows → users.follower_count / following_count', async () => {
    const a = await newUser();
    const b = await newUser();
    const c = await newUser();
    await client.query(`INSERT INTO follows (follower_id, following_id) VALUES ($1, $2), ($3, $2), ($2, $1)`, [a, b, c]);
    expect(await userCounts(b)).toMatchObject({ follower_count: '2', following_count: '1' });
    expect(await userCounts(a)).toMatchObject({ follower_count: '1', following_count: '1' });
    await client.query(`DELETE FROM follows WHERE follower_id = $1 AND following_id = $2`, [a, b]);
    expect(await userCounts(b)).toMatchObject({ follower_count: '1', following_count: '1' });
    expect(await userCounts(a)).toMatchObject({ follower_count: '1', following_count: '0' });
    await client.query(`UPDATE follows SET is_deleted = true WHERE follower_id = $1`, [c]);
    expect((await userCounts(b)).follower_count).toBe('0');
    // A user cannot follow themselves.
    expect((await errorOf(client.query(`INSERT INTO follows (follower_id, following_id) VALUES ($1, $1)`, [a]))).message).toMatch(/follows_no_self_follow_check/);
  });

  it('comments → posts.comment_count, videos.comment_count, comments.reply_count', async () => {
    const owner = await newUser();
    const post = await one<{ id: string }>(`INSERT INTO posts (owner_id, content) VALUES ($1, 'p') RETURNING id`, [owner]);
    const video = await one<{ id: string }>(`INSERT INTO videos (owner_id, title) VALUES ($1, 'v') RETURNING id`, [owner]);
    const top = await one<{ id: string }>(`INSERT INTO comments (user_id, post_id, content) VALUES ($1, $2, 'top') RETURNING id`, [owner, post.id]);
    await client.query(`INSERT INTO comments (user_id, post_id, parent_comment_id, content) VALUES ($1, $2, $3, 'reply')`, [owner, post.id, top.id]);
    const onVideo = await one<{ id: string }>(`INSERT INTO comments (user_id, video_id, content) VALUES ($1, $2, 'on video') RETURNING id`, [owner, video.id]);
    expect((await one<{ comment_count: number }>(`SELECT comment_count FROM posts WHERE id = $1`, [post.id])).comment_count).toBe(2);
    expect((await one<{ comment_count: string }>(`SELECT comment_count FROM videos WHERE id = $1`, [video.id])).comment_count).toBe('1');
    expect((await one<{ reply_count: number }>(`SELECT reply_count FROM comments WHERE id = $1`, [top.id])).reply_count).toBe(1);
    await client.query(`UPDATE comments SET is_deleted = true WHERE id = $1`, [onVideo.id]);
    expect((await one<{ comment_count: string }>(`SELECT comment_count FROM videos WHERE id = $1`, [video.id])).comment_count).toBe('0');
    // Deleting the top comment cascades to its reply: both leave the post's count.
    await client.query(`DELETE FROM comments WHERE id = $1`, [top.id]);
    expect((await one<{ comment_count: number }>(`SELECT comment_count FROM posts WHERE id = $1`, [post.id])).comment_count).toBe(0);
  });

  it('likes → posts / videos / comments like_count', async () => {
    const owner = await newUser();
    const fan = await newUser();
    const post = await one<{ id: string }>(`INSERT INTO posts (owner_id, content) VALUES ($1, 'p') RETURNING id`, [owner]);
    const video = await one<{ id: string }>(`INSERT INTO videos (owner_id, title) VALUES ($1, 'v') RETURNING id`, [owner]);
    const comment = await one<{ id: string }>(`INSERT INTO comments (user_id, post_id, content) VALUES ($1, $2, 'c') RETURNING id`, [owner, post.id]);
    await client.query(`INSERT INTO likes (user_id, post_id) VALUES ($1, $3), ($2, $3)`, [owner, fan, post.id]);
    await client.query(`INSERT INTO likes (user_id, video_id) VALUES ($1, $2)`, [fan, video.id]);
    const commentLike = await one<{ id: string }>(`INSERT INTO likes (user_id, comment_id) VALUES ($1, $2) RETURNING id`, [fan, comment.id]);
    expect((await one<{ like_count: number }>(`SELECT like_count FROM posts WHERE id = $1`, [post.id])).like_count).toBe(2);
    expect((await one<{ like_count: string }>(`SELECT like_count FROM videos WHERE id = $1`, [video.id])).like_count).toBe('1');
    expect((await one<{ like_count: number }>(`SELECT like_count FROM comments WHERE id = $1`, [comment.id])).like_count).toBe(1);
    await client.query(`DELETE FROM likes WHERE user_id = $1 AND post_id = $2`, [fan, post.id]);
    await client.query(`UPDATE likes SET is_deleted = true WHERE id = $1`, [commentLike.id]);
    expect((await one<{ like_count: number }>(`SELECT like_count FROM posts WHERE id = $1`, [post.id])).like_count).toBe(1);
    expect((await one<{ like_count: number }>(`SELECT like_count FROM comments WHERE id = $1`, [comment.id])).like_count).toBe(0);
    // One like per user and target; a like has exactly one target.
    expect((await errorOf(client.query(`INSERT INTO likes (user_id, video_id) VALUES ($1, $2)`, [fan, video.id]))).code).toBe('23505');
    expect((await errorOf(client.query(`INSERT INTO likes (user_id, post_id, video_id) VALUES ($1, $2, $3)`, [owner, post.id, video.id]))).message).toMatch(/likes_one_target_check/);
  });
});

describe('open queue items', () => {
  it('allow one non-resolved moderation case per target, and a new one after resolution', async () => {
    const owner = await newUser();
    const post = await one<{ id: string }>(`INSERT INTO posts (owner_id, content) VALUES ($1, 'spam') RETURNING id`, [owner]);
    const open = `INSERT INTO moderation_cases (target_type, target_id, target_owner_id, sources) VALUES ('POST', $1, $2, ARRAY['USER_REPORT']::moderation_source[]) RETURNING id`;
    const first = await one<{ id: string }>(open, [post.id, owner]);
    const dup = await errorOf(client.query(open, [post.id, owner]));
    expect(dup.code).toBe('23505');
    expect(dup.message).toMatch(/moderation_cases_one_open_per_target_key/);
    await client.query(`UPDATE moderation_cases SET status = 'ESCALATED' WHERE id = $1`, [first.id]);
    expect((await errorOf(client.query(open, [post.id, owner]))).code).toBe('23505');
    await client.query(`UPDATE moderation_cases SET status = 'RESOLVED', resolved_at = now() WHERE id = $1`, [first.id]);
    const second = await one<{ id: string }>(open, [post.id, owner]);
    expect(second.id).not.toBe(first.id);
    // Another target type with the same id is another target.
    await one(`INSERT INTO moderation_cases (target_type, target_id) VALUES ('USER_PROFILE', $1) RETURNING id`, [post.id]);
  });

  it('allow one pending appeal per subject', async () => {
    const user = await newUser();
    const subject = '00000000-0000-4000-8000-000000000001';
    const insert = `INSERT INTO appeals (appellant_id, subject_type, subject_id, statement) VALUES ($1, 'STRIKE', $2, 'not me') RETURNING id`;
    const first = await one<{ id: string }>(insert, [user, subject]);
    expect((await errorOf(client.query(insert, [user, subject]))).code).toBe('23505');
    await client.query(`UPDATE appeals SET status = 'UPHELD', decided_at = now() WHERE id = $1`, [first.id]);
    await one(insert, [user, subject]);
  });

  it('have the partial indexes the queues read', async () => {
    const { rows } = await client.query<{ name: string; def: string }>(`SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = 'public'`);
    const defs = new Map(rows.map((r) => [r.name, r.def]));
    const expectations: Record<string, RegExp> = {
      moderation_cases_open_queue_idx: /WHERE \(status <> 'RESOLVED'::case_status\)/,
      payouts_pending_idx: /WHERE \(status = 'PENDING'::payout_status\)/,
      ads_awaiting_review_idx: /WHERE \(\(review_status = 'PENDING_REVIEW'::ad_review_status\) AND \(NOT is_deleted\)\)/,
      copyright_claims_open_deadline_idx: /deadline_at.*WHERE/,
      processing_queue_tasks_pending_idx: /priority DESC.*WHERE \(status = 'PENDING'::queue_task_status\)/,
      appeals_pending_idx: /WHERE \(status = 'PENDING'::appeal_status\)/,
    };
    for (const [name, pattern] of Object.entries(expectations)) expect(defs.get(name), name).toMatch(pattern);
  });
});

describe('audit_log', () => {
  const insertAudit = (c: pg.ClientBase, action: string, reason: string, targetId = 'x') =>
    c.query<{ seq: string; hash: string; prev_hash: string }>(
      `INSERT INTO audit_log (table_name, operation, action, target_id, reason, new_values, actor_roles, origin)
       VALUES ('users', 'ACTION', $1, $2, $3, $4, ARRAY['moderator'], 'desktop') RETURNING seq, hash, prev_hash`,
      [action, targetId, reason, JSON.stringify({ status: 'SUSPENDED', note: reason })],
    );
  const verify = () => one<{ ok: boolean; checked: string; first_bad_seq: string | null; problem: string | null }>(`SELECT * FROM audit_log_verify()`);

  let seqs: string[] = [];

  it('chains rows by hash and verifies them', async () => {
    const actor = await newUser();
    const rows = [];
    for (const reason of ['first', 'second', 'third']) {
      const { rows: r } = await client.query<{ seq: string; hash: string; prev_hash: string }>(
        `INSERT INTO audit_log (table_name, operation, action, user_id, target_id, reason, old_values, new_values, actor_roles, origin, hash, prev_hash)
         VALUES ('users', 'UPDATE', 'user.suspend', $1, $2, $3, '{"status":"ACTIVE"}', '{"status":"SUSPENDED"}', ARRAY['moderator'], 'web', 'forged', 'forged')
         RETURNING seq, hash, prev_hash`,
        [actor, actor, reason],
      );
      rows.push(r[0]!);
    }
    expect(rows[0]!.prev_hash).toBe('0'.repeat(64));
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    expect(rows[2]!.prev_hash).toBe(rows[1]!.hash);
    for (const r of rows) expect(r.hash).toMatch(/^[0-9a-f]{64}$/); // the client's 'forged' values are ignored
    expect(Number(rows[1]!.seq)).toBeGreaterThan(Number(rows[0]!.seq));
    seqs = rows.map((r) => r.seq);
    expect(await verify()).toEqual({ ok: true, checked: '3', first_bad_seq: null, problem: null });

    // The hash does not depend on the session's TimeZone.
    await client.query(`SET TimeZone = 'Asia/Kathmandu'`);
    expect((await verify()).ok).toBe(true);
    await client.query(`RESET TimeZone`);
  });

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    expect(Number((await one<{ n: string }>(`SELECT count(*) AS n FROM audit_log`)).n)).toBeGreaterThan(0);
    expect((await errorOf(client.query(`UPDATE audit_log SET reason = 'x'`))).message).toMatch(/audit_log is append-only: UPDATE/);
    expect((await errorOf(client.query(`DELETE FROM audit_log`))).message).toMatch(/audit_log is append-only: DELETE/);
    expect((await errorOf(client.query(`TRUNCATE audit_log`))).message).toMatch(/audit_log is append-only: TRUNCATE/);
    const publicCan = await one<{ insert: boolean; update: boolean; delete: boolean; truncate: boolean }>(
      `SELECT has_table_privilege('public', 'audit_log', 'INSERT') AS insert, has_table_privilege('public', 'audit_log', 'UPDATE') AS update,
              has_table_privilege('public', 'audit_log', 'DELETE') AS delete, has_table_privilege('public', 'audit_log', 'TRUNCATE') AS truncate`,
    );
    expect(publicCan).toMatchObject({ update: false, delete: false, truncate: false });
    expect((await verify()).ok).toBe(true);
  });

  it('refuses writes from REPEATABLE READ / SERIALIZABLE transactions, which could fork the chain', async () => {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    const err = await errorOf(insertAudit(client, 'user.note', 'rr'));
    await client.query('ROLLBACK');
    expect(err.message).toMatch(/READ COMMITTED/);
  });

  it('keeps one chain under concurrent writers', async () => {
    const writers = await Promise.all(
      [0, 1, 2].map(async () => {
        const c = new pg.Client({ connectionString: db.url });
        await c.connect();
        return c;
      }),
    );
    try {
      await Promise.all(
        writers.map(async (c, w) => {
          for (let i = 0; i < 15; i += 1) {
            await c.query('BEGIN');
            await insertAudit(c, 'user.note', `writer ${w} row ${i}`);
            if (i % 3 === 0) await insertAudit(c, 'user.note', `writer ${w} row ${i} bis`);
            await c.query(i % 5 === 4 ? 'ROLLBACK' : 'COMMIT');
          }
        }),
      );
    } finally {
      await Promise.all(writers.map((c) => c.end()));
    }
    const v = await verify();
    expect(v.ok, v.problem ?? '').toBe(true);
    expect(Number(v.checked)).toBeGreaterThan(40);
  });

  it('detects an edited row', async () => {
    const target = seqs[1]!;
    await client.query(`ALTER TABLE audit_log DISABLE TRIGGER USER`);
    await client.query(`UPDATE audit_log SET reason = 'tampered' WHERE seq = $1`, [target]);
    await client.query(`ALTER TABLE audit_log ENABLE TRIGGER USER`);
    const v = await verify();
    expect(v.ok).toBe(false);
    expect(v.first_bad_seq).toBe(target);
    expect(v.problem).toMatch(/row altered/);
    // Put it back as it was (still as superuser, triggers off) for the next test.
    await client.query(`ALTER TABLE audit_log DISABLE TRIGGER USER`);
    await client.query(`UPDATE audit_log SET reason = 'second' WHERE seq = $1`, [target]);
    await client.query(`ALTER TABLE audit_log ENABLE TRIGGER USER`);
    expect((await verify()).ok).toBe(true);
  });

  it('detects a deleted row', async () => {
    const [, middle, last] = seqs;
    await client.query(`ALTER TABLE audit_log DISABLE TRIGGER USER`);
    await client.query(`DELETE FROM audit_log WHERE seq = $1`, [middle]);
    await client.query(`ALTER TABLE audit_log ENABLE TRIGGER USER`);
    const v = await verify();
    expect(v.ok).toBe(false);
    expect(v.first_bad_seq).toBe(last);
    expect(v.problem).toMatch(/removed or inserted/);
  });
});

describe('search, views and reference data', () => {
  it('finds users by trigram similarity through the trigram indexes', async () => {
    // 20,000 users with varied names, e-mails and phones, as on a real platform.
    await client.query(`
      INSERT INTO users (username, email, display_name, phone_number)
      SELECT substr(md5(g::text), 1, 10) || g, substr(md5((g * 7)::text), 1, 12) || '@example.test',
             initcap(substr(md5((g * 13)::text), 1, 8)) || ' ' || initcap(substr(md5((g * 17)::text), 1, 9)),
             '+1555' || lpad(g::text, 7, '0')
      FROM generate_series(1, 20000) g`);
    // VACUUM flushes the GIN indexes' pending lists (bulk loads should do the same).
    await client.query(`VACUUM ANALYZE users`);
    const target = (await one<{ username: string }>(`SELECT substr(md5('12345'), 1, 10) || '12345' AS username`)).username;
    const misspelt = target.slice(0, 4) + target.slice(5); // one character dropped
    const plan = async (sql: string, params: unknown[] = []) =>
      (await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, params)).rows.map((r) => r['QUERY PLAN']).join('\n');

    expect(await plan(`SELECT id FROM users WHERE username % $1`, [misspelt])).toContain('users_username_trgm_idx');
    expect(await plan(`SELECT id FROM users WHERE email ILIKE '%' || $1 || '%'`, [target.slice(2, 8)])).toContain('users_email_trgm_idx');
    expect(await plan(`SELECT id FROM users WHERE display_name ILIKE $1`, ['%qzx%'])).toContain('users_display_name_trgm_idx');
    expect(await plan(`SELECT id FROM users WHERE lower(email) LIKE $1`, ['abc12%'])).toMatch(/users_lower_email_prefix_idx|users_email_trgm_idx/);

    const found = await client.query<{ username: string }>(
      `SELECT username FROM users WHERE username % $1 ORDER BY similarity(username, $1) DESC LIMIT 3`,
      [misspelt],
    );
    expect(found.rows[0]?.username).toBe(target);
  });

  it('refreshes popular_posts concurrently', async () => {
    const owner = await newUser();
    const post = await one<{ id: string }>(`INSERT INTO posts (owner_id, content, engagement_score) VALUES ($1, 'trending', 99.5) RETURNING id`, [owner]);
    await client.query(`INSERT INTO posts (owner_id, content, visibility) VALUES ($1, 'private', 'PRIVATE')`, [owner]);
    await client.query(`REFRESH MATERIALIZED VIEW CONCURRENTLY popular_posts`);
    const { rows } = await client.query<{ id: string; username: string; content: string }>(`SELECT id, username, content FROM popular_posts WHERE owner_id = $1`, [owner]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(post.id);
  });

  it('has the seven console roles', async () => {
    const { rows } = await client.query<{ name: string }>(`SELECT name FROM roles ORDER BY name`);
    expect(rows.map((r) => r.name)).toEqual(['ad_reviewer', 'admin', 'finance', 'moderator', 'rights', 'senior_moderator', 'support']);
  });
});
