// The demo default's data set, seeded for real: a fresh migrated database, the Stripe emulator
// (in memory, over its admin API) and s3rver in a temporary folder, exactly as demo mode wires
// them. Checks that every table has rows, that every queue of every role has work in it, that
// the money adds up and exists in Stripe, that media exists in S3, that a second call is a
// no-op, and that a second seeding produces the same data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../electron/infra/db/database';
import { createS3Client } from '../../electron/infra/aws/aws-config';
import { startStripeEmulator, type StripeEmulator } from '../../electron/emulators/stripe';
import { silentLogger } from '../../electron/infra/log';
import { ensureDemoData, type DemoSeedReport } from '../../prisma/seed/demo';
import { DEMO_STAFF } from '../../prisma/seed/demo-staff';
import { DEMO_MEDIA_BUCKET } from '../../prisma/seed/media';
import { findForeignKeyViolations } from '../../prisma/seed/lib/integrity';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { readDatamodel } from '../support/schema-compare';

interface Env {
  db: TestDatabase;
  database: Database;
  emulator: StripeEmulator;
  s3server: S3rver;
  s3: S3Client;
  dir: string;
  report: DemoSeedReport | null;
}

async function seededEnvironment(): Promise<Env> {
  const db = await createTestDatabase();
  const database = openDatabase(db.url);
  const emulator = await startStripeEmulator({ port: 0 });
  const dir = mkdtempSync(join(tmpdir(), 'sfc-demo-s3-'));
  const s3server = new S3rver({ port: 0, address: '127.0.0.1', directory: dir, silent: true, configureBuckets: [{ name: DEMO_MEDIA_BUCKET, configs: [] }] });
  const { port } = await s3server.run();
  const s3 = createS3Client({ region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', bucket: DEMO_MEDIA_BUCKET, endpoint: `http://127.0.0.1:${port}` });
  const report = await ensureDemoData({ database, stripe: emulator.admin, s3, bucket: DEMO_MEDIA_BUCKET, log: silentLogger });
  return { db, database, emulator, s3server, s3, dir, report };
}

async function teardown(env: Env | undefined) {
  if (!env) return;
  await env.database.close();
  await env.emulator.close();
  await env.s3server.close();
  await env.db.drop();
  rmSync(env.dir, { recursive: true, force: true });
}

let first: Env;
let second: Env;
const q = async <T extends Record<string, unknown>>(env: Env, sql: string, params: unknown[] = []) => (await env.database.pool.query<T>(sql, params)).rows;
const count = async (env: Env, sql: string, params: unknown[] = []) => Number((await q<{ n: string }>(env, `SELECT count(*)::text AS n FROM (${sql}) x`, params))[0]!.n);

beforeAll(async () => {
  // Two fresh databases seeded one after the other: the second is the determinism check.
  first = await seededEnvironment();
  second = await seededEnvironment();
}, 480_000);

afterAll(async () => {
  await teardown(first);
  await teardown(second);
});

describe('demo data set', () => {
  // The seeding time is reported here and in the README, not asserted: a timed test fails on a
  // busy machine for reasons that are not the code's.
  it('seeds and reports what it wrote (the first start of the console waits for it)', () => {
    expect(first.report).not.toBeNull();
    console.log(`demo seed: ${(first.report!.ms / 1000).toFixed(1)} s, ${Object.values(first.report!.rows).reduce((a, b) => a + b, 0).toLocaleString('en-US')} rows, ` + `${first.report!.stripe.payments} Stripe payments, ${first.report!.stripe.transfers} transfers, ${first.report!.s3Objects} S3 objects`);
    expect(first.report!.ms).toBeGreaterThan(0);
    expect(Object.values(first.report!.rows).reduce((a, b) => a + b, 0)).toBeGreaterThan(100_000);
  });

  it('fills every table of the data model', async () => {
    const models = readDatamodel().models.map((m) => m.dbName);
    expect(models.length).toBeGreaterThanOrEqual(61);
    const empty: string[] = [];
    for (const table of models) if ((await count(first, `SELECT 1 FROM "${table}" LIMIT 1`)) === 0) empty.push(table);
    expect(empty, 'tables without rows').toEqual([]);
    expect(await count(first, 'SELECT 1 FROM popular_posts')).toBeGreaterThan(10);
    expect(await count(first, 'SELECT 1 FROM users')).toBeGreaterThanOrEqual(2000);
    expect(await count(first, 'SELECT 1 FROM video_views')).toBeGreaterThanOrEqual(100_000);
    expect(await count(first, 'SELECT 1 FROM ad_impressions')).toBeGreaterThanOrEqual(100_000);
    expect(await count(first, 'SELECT 1 FROM comments')).toBeGreaterThanOrEqual(15_000);
  });

  it('keeps every foreign key and the counters consistent', async () => {
    const client = await first.database.pool.connect();
    try {
      expect(await findForeignKeyViolations(client)).toEqual([]);
    } finally {
      client.release();
    }
    const wrongFollowers = await count(first, `SELECT 1 FROM users u WHERE u.follower_count <> (SELECT count(*) FROM follows f WHERE f.following_id = u.id AND NOT f.is_deleted)`);
    const wrongComments = await count(first, `SELECT 1 FROM posts p WHERE p.comment_count <> (SELECT count(*) FROM comments c WHERE c.post_id = p.id AND NOT c.is_deleted)`);
    const wrongVideos = await count(first, `SELECT 1 FROM users u WHERE u.video_count <> (SELECT count(*) FROM videos v WHERE v.owner_id = u.id AND NOT v.is_deleted)`);
    expect({ wrongFollowers, wrongComments, wrongVideos }).toEqual({ wrongFollowers: 0, wrongComments: 0, wrongVideos: 0 });
  });

  it('has the demo staff with their roles', async () => {
    for (const member of DEMO_STAFF) {
      const rows = await q<{ name: string }>(first, `SELECT r.name FROM users u JOIN user_roles ur ON ur.user_id = u.id JOIN roles r ON r.id = ur.role_id WHERE u.email = $1`, [member.email]);
      expect(rows.map((r) => r.name), member.email).toEqual([member.role]);
    }
  });

  it('has work in every queue of every role', async () => {
    const moderator = (await q<{ id: string }>(first, `SELECT id FROM users WHERE email = 'moderator@socialflow.demo'`))[0]!.id;
    const queues: Record<string, string> = {
      'open cases': `SELECT 1 FROM moderation_cases WHERE status = 'OPEN'`,
      'escalated cases': `SELECT 1 FROM moderation_cases WHERE status = 'ESCALATED'`,
      'cases past their SLA': `SELECT 1 FROM moderation_cases WHERE status <> 'RESOLVED' AND sla_due_at < now()`,
      'an expired lease': `SELECT 1 FROM moderation_cases WHERE status <> 'RESOLVED' AND claimed_by_id IS NOT NULL AND lease_expires_at < now()`,
      'open reports': `SELECT 1 FROM user_reports WHERE status = 'OPEN' AND reporter_id IS NOT NULL`,
      'enabled keyword rules': `SELECT 1 FROM keyword_rules WHERE is_enabled`,
      'appeals against moderator@': `SELECT 1 FROM appeals WHERE status = 'PENDING' AND original_actor_id = '${moderator}'`,
      'suspensions to lift': `SELECT 1 FROM users WHERE status = 'SUSPENDED' AND suspension_ends_at > now()`,
      banned: `SELECT 1 FROM users WHERE status = 'BANNED'`,
      'pending payouts': `SELECT 1 FROM payouts WHERE status = 'PENDING'`,
      'large payouts awaiting a second approval': `SELECT 1 FROM payouts p WHERE status = 'PENDING' AND required_approvals = 2 AND (SELECT count(*) FROM payout_approvals a WHERE a.payout_id = p.id) = 1`,
      'refunds awaiting approval': `SELECT 1 FROM refunds WHERE status = 'PENDING_APPROVAL'`,
      'disputed payments': `SELECT 1 FROM payments WHERE status = 'DISPUTED'`,
      'ads awaiting review': `SELECT 1 FROM ads WHERE review_status = 'PENDING_REVIEW' AND NOT is_deleted`,
      'ads edited after approval': `SELECT 1 FROM ads a WHERE review_status = 'PENDING_REVIEW' AND creative_revision > 1 AND EXISTS (SELECT 1 FROM ad_reviews r WHERE r.ad_id = a.id AND r.decision = 'APPROVED')`,
      'advertisers with past rejections': `SELECT 1 FROM ad_reviews WHERE decision = 'REJECTED'`,
      'claims with a deadline within a day': `SELECT 1 FROM copyright_claims WHERE deadline_at BETWEEN now() AND now() + interval '1 day'`,
      'claims past their deadline': `SELECT 1 FROM copyright_claims WHERE deadline_at < now() AND status NOT IN ('RELEASED', 'WITHDRAWN', 'RESTORED')`,
      'pending queue tasks': `SELECT 1 FROM processing_queue_tasks WHERE status = 'PENDING'`,
      'failed queue tasks with retries': `SELECT 1 FROM processing_queue_tasks WHERE status = 'FAILED' AND retry_count > 0`,
      'failed report imports': `SELECT 1 FROM report_imports WHERE status = 'ERROR' AND errors IS NOT NULL`,
      'live streams now': `SELECT 1 FROM live_streams WHERE status = 'LIVE'`,
      'flagged live chat': `SELECT 1 FROM moderation_cases c JOIN stream_chat m ON m.id = c.target_id AND m.created_at = c.target_created_at WHERE c.target_type = 'STREAM_CHAT_MESSAGE' AND c.status <> 'RESOLVED' AND m.created_at > now() - interval '15 minutes'`,
      'pending notifications': `SELECT 1 FROM notifications WHERE status = 'PENDING'`,
      'active sessions': `SELECT 1 FROM user_sessions WHERE is_active`,
      'revoked sessions': `SELECT 1 FROM user_sessions WHERE revoked_at IS NOT NULL`,
    };
    const empty: string[] = [];
    for (const [name, sql] of Object.entries(queues)) if ((await count(first, sql)) === 0) empty.push(name);
    expect(empty, 'empty queues').toEqual([]);
    // Shapes the walkthroughs rely on.
    for (const kind of ['VIDEO', 'POST', 'COMMENT', 'LIVE_STREAM', 'STREAM_CHAT_MESSAGE', 'MEDIA_FILE', 'USER_PROFILE']) expect(await count(first, `SELECT 1 FROM moderation_cases WHERE status = 'OPEN' AND target_type = $1`, [kind]), kind).toBeGreaterThan(0);
    for (const source of ['AUTOMATED_SCAN', 'USER_REPORT', 'KEYWORD_RULE']) expect(await count(first, `SELECT 1 FROM moderation_cases WHERE status = 'OPEN' AND $1 = ANY(sources::text[])`, [source]), source).toBeGreaterThan(0);
    for (const severity of ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']) expect(await count(first, `SELECT 1 FROM moderation_cases WHERE status <> 'RESOLVED' AND severity = $1`, [severity]), severity).toBeGreaterThan(0);
    const wave = await q<{ n: string }>(first, `SELECT count(*)::text AS n FROM moderation_cases c JOIN comments m ON m.id = c.target_id WHERE c.status = 'OPEN' AND c.target_type = 'COMMENT' GROUP BY m.content ORDER BY count(*) DESC LIMIT 1`);
    expect(Number(wave[0]!.n), 'a spam wave of similar open cases').toBeGreaterThanOrEqual(10);
    for (const status of ['ACTIVE', 'DISPUTED', 'REINSTATED', 'APPEALED', 'TAKEDOWN_SCHEDULED', 'REMOVED', 'COUNTER_NOTIFIED', 'RESTORED', 'RELEASED', 'WITHDRAWN']) expect(await count(first, `SELECT 1 FROM copyright_claims WHERE status = $1`, [status]), status).toBeGreaterThan(0);
    expect(await count(first, `SELECT 1 FROM strikes WHERE kind = 'COPYRIGHT' AND removed_at IS NULL AND expires_at > now() GROUP BY user_id HAVING count(*) >= 2`), 'a user with two active copyright strikes').toBeGreaterThan(0);
    expect(await count(first, `SELECT 1 FROM strikes s JOIN policies p ON p.id = s.policy_id WHERE s.kind = 'COMMUNITY' AND s.removed_at IS NULL AND p.code = 'HAR-1' GROUP BY s.user_id HAVING count(*) = 2`), 'a user one strike below the HAR-1 threshold').toBeGreaterThan(0);
    expect(await count(first, `SELECT 1 FROM users WHERE status = 'SUSPENDED' AND suspension_ends_at BETWEEN now() AND now() + interval '15 minutes'`), 'a suspension that lifts itself soon').toBe(1);
    const risks = await q<{ codes: string[] }>(first, `SELECT array_agg(DISTINCT s->>'code') AS codes FROM payouts, jsonb_array_elements(risk_signals) s WHERE status = 'PENDING'`);
    expect(risks[0]!.codes).toEqual(expect.arrayContaining(['NEW_ACCOUNT', 'FIRST_PAYOUT', 'EARNINGS_SPIKE', 'PAYOUTS_DISABLED', 'REQUIREMENTS_PAST_DUE', 'OPEN_CASES', 'LARGE_AMOUNT']));
    expect(await count(first, `SELECT 1 FROM payouts WHERE status = 'PENDING' AND amount > 1000`)).toBeGreaterThan(0);
    for (const status of ['PAID', 'FAILED', 'CANCELLED']) expect(await count(first, `SELECT 1 FROM payouts WHERE status = $1`, [status]), status).toBeGreaterThan(0);
    expect(await count(first, `SELECT 1 FROM payments WHERE status = 'PARTIALLY_REFUNDED'`)).toBeGreaterThan(0);
    expect(await count(first, `SELECT 1 FROM videos WHERE moderation_labels->'ModerationLabels'->0 ? 'StartTimestampMillis' AND moderation_status = 'FLAGGED'`), 'flagged videos with time ranges').toBeGreaterThan(0);
  });

  it('keeps the money consistent: fees, payouts and the ledger add up', async () => {
    expect(await count(first, `SELECT 1 FROM payments WHERE status IN ('COMPLETED', 'REFUNDED', 'PARTIALLY_REFUNDED', 'DISPUTED') AND net_amount <> amount - processing_fee - platform_fee`)).toBe(0);
    expect(await count(first, `SELECT 1 FROM payouts WHERE net_amount <> ad_revenue + subscription_revenue + tip_revenue + other_revenue - platform_fee - processing_fee - tax_withheld OR amount <> net_amount`)).toBe(0);
    expect(await count(first, `SELECT 1 FROM transactions WHERE balance_after <> balance_before + amount`)).toBe(0);
    // Each creator's ledger is one running balance, in time order.
    expect(await count(first, `SELECT 1 FROM (SELECT balance_before, lag(balance_after) OVER (PARTITION BY user_id ORDER BY created_at, id) AS prev FROM transactions) t WHERE prev IS NOT NULL AND prev <> balance_before`)).toBe(0);
    expect(await count(first, `SELECT 1 FROM payments WHERE refunded_amount > 0 AND refunded_amount <> (SELECT sum(amount) FROM refunds r WHERE r.payment_id = payments.id AND r.status = 'SUCCEEDED')`)).toBe(0);
  });

  it('has every payment, refund, transfer and Connect account in the Stripe emulator', async () => {
    const admin = first.emulator.admin;
    const payments = await q<{ provider_payment_id: string; amount: string }>(first, `SELECT provider_payment_id, amount::text FROM payments WHERE provider_payment_id LIKE 'pi\\_%'`);
    expect(payments.length).toBeGreaterThan(1000);
    for (const p of payments) {
      const intent = admin.get(p.provider_payment_id) as { amount: number; status: string } | undefined;
      expect(intent?.status, p.provider_payment_id).toBe('succeeded');
      expect(intent!.amount).toBe(Math.round(Number(p.amount) * 100));
    }
    expect(await count(first, `SELECT 1 FROM payments WHERE provider IN ('STRIPE', 'APPLE_PAY', 'GOOGLE_PAY') AND status IN ('COMPLETED', 'REFUNDED', 'PARTIALLY_REFUNDED', 'DISPUTED') AND provider_payment_id IS NULL`)).toBe(0);
    const paid = await q<{ id: string; stripe_transfer_id: string; stripe_connect_account_id: string; amount: string }>(first, `SELECT id, stripe_transfer_id, stripe_connect_account_id, amount::text FROM payouts WHERE status = 'PAID'`);
    expect(paid.length).toBeGreaterThan(20);
    for (const p of paid) {
      const transfer = admin.get(p.stripe_transfer_id) as { destination: string; amount: number; transfer_group: string } | undefined;
      expect(transfer, p.id).toBeDefined();
      expect(transfer).toMatchObject({ destination: p.stripe_connect_account_id, amount: Math.round(Number(p.amount) * 100), transfer_group: p.id });
    }
    for (const r of await q<{ stripe_refund_id: string }>(first, `SELECT stripe_refund_id FROM refunds WHERE status = 'SUCCEEDED'`)) expect(admin.get(r.stripe_refund_id), r.stripe_refund_id).toBeDefined();
    const accounts = await q<{ acct: string; state: string | null }>(first, `SELECT stripe_connect_account_id AS acct FROM users WHERE stripe_connect_account_id IS NOT NULL`);
    const states = new Set<string>();
    for (const a of accounts) {
      const account = admin.get(a.acct) as { payouts_enabled: boolean; capabilities: { transfers: string } } | undefined;
      expect(account, a.acct).toBeDefined();
      states.add(`${account!.payouts_enabled}/${account!.capabilities.transfers}`);
    }
    expect([...states].sort()).toEqual(['false/active', 'false/inactive', 'true/active']);
    const pending = Number((await q<{ c: string }>(first, `SELECT round(sum(amount) * 100)::text AS c FROM payouts WHERE status = 'PENDING'`))[0]!.c);
    expect(admin.getBalance().available.usd).toBeGreaterThan(pending);
  });

  it('has every referenced media object in the S3 bucket', async () => {
    const keys = await q<{ key: string }>(first, `
      SELECT DISTINCT key FROM (
        SELECT s3_key AS key FROM videos WHERE s3_key IS NOT NULL
        UNION SELECT storage_path FROM media_files
        UNION SELECT creative_image_s3_key FROM ads WHERE creative_image_s3_key IS NOT NULL
        UNION SELECT creative_video_s3_key FROM ads WHERE creative_video_s3_key IS NOT NULL
        UNION SELECT recording_s3_key FROM live_streams WHERE recording_s3_key IS NOT NULL
        UNION SELECT s3_key FROM report_imports
        UNION SELECT substring(u FROM '^s3://[^/]+/(.*)$') FROM (
          SELECT thumbnail_url AS u FROM videos UNION SELECT avatar_url FROM users UNION SELECT image_url FROM ads UNION SELECT thumbnail_url FROM live_streams
          UNION SELECT unnest(media_urls) FROM posts) urls WHERE u LIKE 's3://%'
      ) k`);
    expect(keys.length).toBeGreaterThan(20);
    const missing: string[] = [];
    for (const { key } of keys) {
      try {
        await first.s3.send(new HeadObjectCommand({ Bucket: DEMO_MEDIA_BUCKET, Key: key }));
      } catch {
        missing.push(key);
      }
    }
    expect(missing).toEqual([]);
  });

  it('is a no-op the second time', async () => {
    const before = await count(first, 'SELECT 1 FROM users');
    const again = await ensureDemoData({ database: first.database, stripe: first.emulator.admin, s3: first.s3, bucket: DEMO_MEDIA_BUCKET, log: silentLogger });
    expect(again).toBeNull();
    expect(await count(first, 'SELECT 1 FROM users')).toBe(before);
  });

  it('is deterministic: a second database gets the same data (dates aside)', async () => {
    const probes = [
      `SELECT username, email, display_name, phone_number, status::text, role::text, stripe_customer_id, stripe_connect_account_id, follower_count FROM users ORDER BY id`,
      `SELECT id, owner_id, title, moderation_status::text, s3_key FROM videos ORDER BY id`,
      `SELECT id, user_id, content, moderation_status::text FROM comments ORDER BY id`,
      `SELECT id, user_id, amount::text, payment_type::text, status::text, net_amount::text FROM payments ORDER BY id`,
      `SELECT id, user_id, amount::text, status::text, required_approvals FROM payouts ORDER BY id`,
      `SELECT id, user_id, transaction_type::text, amount::text, balance_after::text FROM transactions ORDER BY id`,
      `SELECT id, target_type::text, target_id, status::text, severity::text, report_count FROM moderation_cases ORDER BY id`,
      `SELECT id, status::text, policy::text FROM copyright_claims ORDER BY id`,
      `SELECT (SELECT count(*) FROM video_views) AS views, (SELECT count(*) FROM ad_impressions) AS impressions`,
      `SELECT action, target_id, reason FROM audit_log ORDER BY seq`,
    ];
    for (const sql of probes) expect(await q(second, sql), sql).toEqual(await q(first, sql));
  });
});
