// The demo default's data: seeded once into the console's own embedded database (a marker
// row in console_settings records the seed and version), reused on every later start.
//
// The data is the world generator's (prisma/seed/world, the same code the scale seeder runs) at
// 2,000 users, with a cast of named people in the situations the walkthroughs need
// (demo/scenario.ts, demo/overlay.ts). Deterministic: the fixed seed DEMO_SEED gives the same
// rows every time, except that dates are relative to the seeding moment and the Stripe ids are
// the emulator's. Stripe objects go into the emulator, media into the demo bucket.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { Database } from '../../electron/infra/db/database';
import type { Logger } from '../../electron/infra/log';
import type { EmulatorAdmin } from '../../electron/emulators/stripe';
import { DEMO_STAFF } from './demo-staff';
import { hashPassword } from '../../electron/domain/access/passwords';
import { copyBinary, copyLines } from './lib/copy';
import { BinaryRows } from './lib/binary-copy';
import { ensureWindowPartitions } from './lib/bulk';
import { DAY } from './lib/format';
import { DEMO_MEDIA_BUCKET, demoMediaDir, demoMediaObjects } from './media';
import { createCtx, WORLD_TABLES } from './world';
import { auditEntries, auditLog } from './world/tables/misc';
import { reportCsv, reportImportCount, reportImportFacts } from './world/tables/rights';
import { castDemo, type DemoCast } from './demo/scenario';
import { applyOverlay } from './demo/overlay';
import { emulatorStripe, seedConnectAccounts } from './demo/stripe';
import { UuidSpace } from './lib/prng';

export const DEMO_SEED = 20261122;
export const DEMO_DATA_VERSION = 2;
/** Platform users in the demo data set (the staff and the demo's cast come on top). */
export const DEMO_USERS = 2000;
const MARKER = 'demo.seeded';

export interface DemoSeedDeps {
  database: Database;
  stripe: EmulatorAdmin;
  s3: S3Client;
  bucket: string;
  log: Logger;
}

export interface DemoSeedReport {
  ms: number;
  rows: Record<string, number>;
  stripe: { accounts: number; payments: number; refunds: number; transfers: number };
  s3Objects: number;
  cast: DemoCast;
}

/** The demo staff's fixed ids (the generated data refers to them as moderators, approvers…). */
export function demoStaffIds(seed = DEMO_SEED): string[] {
  const space = new UuidSpace(seed, 'staff');
  return DEMO_STAFF.map((_, k) => space.id(k));
}

export async function ensureDemoData(deps: DemoSeedDeps): Promise<DemoSeedReport | null> {
  const marker = await deps.database.prisma.consoleSetting.findUnique({ where: { key: MARKER } });
  if (marker) return null;
  if (deps.bucket !== DEMO_MEDIA_BUCKET) throw new Error(`The demo data refers to the bucket "${DEMO_MEDIA_BUCKET}", not "${deps.bucket}".`);
  const started = Date.now();
  deps.log.info('seeding the demo data (first start only)…');

  const ctx = createCtx({ seed: DEMO_SEED, users: DEMO_USERS, now: started, profile: 'demo' }, (base) => emulatorStripe(base.w, base.money, deps.stripe));
  const cast = castDemo(ctx);
  await seedDemoStaff(deps.database, ctx.w.staff.all);

  // Stripe: the creators' connected accounts first (payments and transfers refer to them).
  const accounts = seedConnectAccounts(ctx.w, deps.stripe);
  const s3Objects = await uploadDemoMedia(deps, ctx);
  deps.log.debug(`demo: staff, ${accounts} Connect accounts and ${s3Objects} S3 objects after ${Date.now() - started} ms`);

  const rows: Record<string, number> = {};
  const client = await deps.database.pool.connect();
  try {
    await ensureWindowPartitions(client, new Date(ctx.w.t0 - 2 * DAY), new Date(ctx.w.now + 2 * DAY));
    await client.query('BEGIN');
    try {
      // The generated world: foreign keys and counter triggers off while it streams in (the
      // generator keeps both consistent; the demo test checks every foreign key afterwards).
      await client.query('SET LOCAL session_replication_role = replica');
      for (const gen of WORLD_TABLES) {
        if (gen.table === 'audit_log') continue;
        const t0 = Date.now();
        const binary = gen.partitioned?.binaryIn;
        rows[gen.table] = binary
          ? await copyBinary(client, gen.table, gen.columns, (function* () {
              for (const range of gen.partitioned!.ranges(ctx)) yield* binary(ctx, range);
            })(), BinaryRows.header(), BinaryRows.trailer())
          : await copyLines(client, gen.table, gen.columns, gen.rows(ctx));
        deps.log.debug(`demo: ${gen.table} ${rows[gen.table]} rows in ${Date.now() - t0} ms`);
      }
      await client.query('SET LOCAL session_replication_role = origin');
      // The cast's situations, through the normal path (triggers on).
      const extraAudit = await applyOverlay(client, ctx, cast);
      // The audit log, oldest first, through its hash-chain trigger.
      const entries = [...auditEntries(ctx), ...extraAudit].sort((a, b) => a.t - b.t);
      rows.audit_log = await copyLines(client, 'audit_log', auditLog.columns, auditLines(ctx, entries));
      await client.query('REFRESH MATERIALIZED VIEW popular_posts');
      // The platform's Stripe balance covers every pending payout twice over (approvals work).
      const pending = await client.query<{ cents: string }>(`SELECT coalesce(round(sum(amount) * 100), 0)::text AS cents FROM payouts WHERE status = 'PENDING'`);
      deps.stripe.setBalance({ currency: 'usd', available: Math.max(5_000_000, 2 * Number(pending.rows[0]!.cents) + 2_500_000) });
      const counts = (ctx.stripe as ReturnType<typeof emulatorStripe>).counts();
      await client.query(`INSERT INTO console_settings (key, value, description) VALUES ($1, $2, $3)`, [
        MARKER,
        JSON.stringify({ seed: DEMO_SEED, version: DEMO_DATA_VERSION, users: DEMO_USERS, at: new Date(started).toISOString(), ms: Date.now() - started, stripe: { accounts, ...counts }, s3Objects }),
        'The demo data set (seeded on the first start in demo mode)',
      ]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    }
    deps.log.debug(`demo: committed after ${Date.now() - started} ms`);
    // Flush the GIN pending lists (trigram search) and give the planner statistics; the
    // partitions of the time series are left to autovacuum, their parents get ANALYZE ONLY.
    const tables = await client.query<{ name: string; kind: string; gin: boolean }>(
      `SELECT c.relname AS name, c.relkind AS kind, EXISTS (SELECT 1 FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid JOIN pg_am a ON a.oid = x.relam WHERE i.indrelid = c.oid AND a.amname = 'gin') AS gin
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
        WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`,
    );
    for (const t of tables.rows) await client.query(t.kind === 'p' ? `ANALYZE ONLY "${t.name}"` : t.gin ? `VACUUM (ANALYZE) "${t.name}"` : `ANALYZE "${t.name}"`);
  } finally {
    client.release();
  }
  const counts = (ctx.stripe as ReturnType<typeof emulatorStripe>).counts();
  const ms = Date.now() - started;
  deps.log.info(`demo data ready in ${(ms / 1000).toFixed(1)} s`, { rows: Object.values(rows).reduce((a, b) => a + b, 0), stripePayments: counts.payments, s3Objects });
  return { ms, rows, stripe: { accounts, ...counts }, s3Objects, cast };
}

function* auditLines(ctx: ReturnType<typeof createCtx>, entries: ReturnType<typeof auditEntries>): Generator<string> {
  // Same encoding as the world's audit table generator, over the merged entries.
  const w = ctx.w;
  const space = w.space('audit');
  const esc = (s: string) => s.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
  const js = (v: unknown) => (v === null || v === undefined ? '\\N' : esc(JSON.stringify(v)));
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    yield [space.id(i), e.table, e.operation, js(e.before), js(e.after), e.actor ?? '\\N', new Date(Math.floor(e.t)).toISOString(), e.action, e.target ? esc(e.target) : '\\N', e.reason ? esc(e.reason) : '\\N', e.roles.length ? `{${e.roles.join(',')}}` : '{}', e.actor ? (w.u('audit-origin', i) < 0.3 ? 'web' : 'desktop') : 'system'].join('\t') + '\n';
  }
}

/** Uploads the committed media and the catalog's CSV reports to the demo bucket. */
async function uploadDemoMedia(deps: DemoSeedDeps, ctx: ReturnType<typeof createCtx>): Promise<number> {
  const dir = demoMediaDir();
  const objects: { key: string; body: () => Promise<Buffer | string>; contentType: string }[] = demoMediaObjects().map((o) => ({ key: o.key, body: () => readFile(join(dir, o.file)), contentType: o.contentType }));
  for (let r = 0; r < reportImportCount(ctx.w); r++) objects.push({ key: reportImportFacts(ctx.w, r).key, body: async () => reportCsv(ctx.w, r), contentType: 'text/csv' });
  let next = 0;
  const worker = async () => {
    for (;;) {
      const o = objects[next++];
      if (!o) return;
      await deps.s3.send(new PutObjectCommand({ Bucket: deps.bucket, Key: o.key, Body: await o.body(), ContentType: o.contentType }));
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return objects.length;
}

/** Creates the demo staff (idempotent). `ids` gives them fixed ids (the generated data refers to them). */
export async function seedDemoStaff(database: Database, ids?: readonly string[]): Promise<void> {
  const roles = new Map((await database.prisma.role.findMany()).map((r) => [r.name, r.id]));
  const passwordHash = await hashPassword(DEMO_STAFF[0]!.password);
  for (const [index, member] of DEMO_STAFF.entries()) {
    const user = await database.prisma.user.upsert({
      where: { email: member.email },
      update: {},
      create: {
        ...(ids?.[index] ? { id: ids[index] } : {}),
        email: member.email,
        username: member.username,
        displayName: member.displayName,
        passwordHash,
        role: member.role === 'admin' ? 'ADMIN' : member.role.includes('moderator') ? 'MODERATOR' : 'USER',
        isVerified: true,
        emailVerifiedAt: new Date(Date.now() - 400 * 86_400_000),
        createdAt: new Date(Date.now() - 400 * 86_400_000),
        twoFactorEnabled: !!member.totpSecret,
        twoFactorSecret: member.totpSecret ?? null,
      },
    });
    const roleId = roles.get(member.role);
    if (!roleId) throw new Error(`role ${member.role} missing: are the migrations applied?`);
    await database.prisma.userRoleAssignment.upsert({
      where: { userId_roleId: { userId: user.id, roleId } },
      update: {},
      create: { userId: user.id, roleId, grantedAt: new Date(Date.now() - 400 * 86_400_000) },
    });
  }
}
