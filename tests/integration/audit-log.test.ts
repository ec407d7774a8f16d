// The audit log: every console change writes one row in its own transaction; rows are
// chained by hash; the database refuses UPDATE and DELETE; a tampered row is found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { command, UNCHANGED } from '../../electron/domain/command';
import { SYSTEM_ACTOR } from '../../electron/domain/audit/audit-writer';
import { createStaff, createUser } from '../support/factories';
import { startTestConsole, type TestClient, type TestConsole } from '../support/test-runtime';

let c: TestConsole;
let admin: TestClient;

beforeAll(async () => {
  c = await startTestConsole();
  await createStaff(c.db, ['admin'], { email: 'eva@socialflow.test' });
  admin = c.client('admin');
  await admin.signIn('eva@socialflow.test', 'staff-password');
  for (let i = 0; i < 7; i++) {
    const user = await createUser(c.db);
    await admin.ok('users.ban', { userId: user.id, reason: `Spam account ${i}` });
  }
});
afterAll(() => c?.close());

describe('audit log', () => {
  it('lists newest first with keyset pages and filters', async () => {
    const first = await admin.ok('audit.list', { action: 'user.ban', limit: 3 });
    expect(first.items.map((e) => e.reason)).toEqual(['Spam account 6', 'Spam account 5', 'Spam account 4']);
    expect(first.nextCursor).toBe(first.items[2]!.seq);
    const second = await admin.ok('audit.list', { action: 'user.ban', limit: 3, cursor: first.nextCursor! });
    expect(second.items.map((e) => e.reason)).toEqual(['Spam account 3', 'Spam account 2', 'Spam account 1']);
    const last = await admin.ok('audit.list', { action: 'user.ban', limit: 3, cursor: second.nextCursor! });
    expect(last.items).toHaveLength(1);
    expect(last.nextCursor).toBeNull();
    const byTable = await admin.ok('audit.list', { tableName: 'users', action: 'auth.', limit: 50 });
    expect(byTable.items.every((e) => e.action.startsWith('auth.'))).toBe(true);
    expect(first.items[0]!.actor?.id).toBeTruthy();
  });

  it('never stores a secret in before/after, whatever the caller passes', async () => {
    await command(c.db, SYSTEM_ACTOR, (_tx, audit) =>
      audit({ action: 'test.scrub', tableName: 'users', targetId: 'x', after: { username: 'a', passwordHash: '$2b$10$abc', twoFactorSecret: 'JBSW', nested: { backupCodes: ['1'] } } }),
    );
    const row = await c.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'test.scrub' } });
    expect(row.newValues).toEqual({ username: 'a', nested: {} });
  });

  it('refuses to commit a change without its audit row, but allows a no-op', async () => {
    const user = await createUser(c.db);
    await expect(command(c.db, SYSTEM_ACTOR, (tx) => tx.user.update({ where: { id: user.id }, data: { bio: 'changed' } }))).rejects.toThrow(/audit row/);
    expect((await c.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).bio).toBeNull();
    expect(await command(c.db, SYSTEM_ACTOR, async () => UNCHANGED)).toBe(UNCHANGED);
  });

  it('the database refuses UPDATE, DELETE and TRUNCATE on the log', async () => {
    for (const sql of ["UPDATE audit_log SET reason = 'edited'", 'DELETE FROM audit_log', 'TRUNCATE audit_log']) {
      await expect(c.db.pool.query(sql), sql).rejects.toThrow(/append-only/);
    }
  });

  it('verifies the chain, and finds an edited row and a deleted row', async () => {
    const clean = await admin.ok('audit.verify', {});
    expect(clean).toMatchObject({ ok: true, firstBadSeq: null });
    expect(clean.checked).toBeGreaterThanOrEqual(8);

    // Tampering needs a superuser who switches the guard triggers off — and still shows.
    const superuser = new pg.Client({ connectionString: c.testDb.url });
    await superuser.connect();
    const victim = (await admin.ok('audit.list', { action: 'user.ban', limit: 3 })).items[2]!;
    try {
      await superuser.query('ALTER TABLE audit_log DISABLE TRIGGER USER');
      await superuser.query(`UPDATE audit_log SET reason = 'nothing to see' WHERE seq = $1`, [victim.seq]);
      await superuser.query('ALTER TABLE audit_log ENABLE TRIGGER USER');
      const edited = await admin.ok('audit.verify', {});
      expect(edited).toMatchObject({ ok: false, firstBadSeq: victim.seq });

      await superuser.query('ALTER TABLE audit_log DISABLE TRIGGER USER');
      await superuser.query(`UPDATE audit_log SET reason = $2 WHERE seq = $1`, [victim.seq, victim.reason]);
      const neighbour = (await admin.ok('audit.list', { action: 'user.ban', limit: 5 })).items[4]!;
      await superuser.query('DELETE FROM audit_log WHERE seq = $1', [neighbour.seq]);
      await superuser.query('ALTER TABLE audit_log ENABLE TRIGGER USER');
      const deleted = await admin.ok('audit.verify', {});
      expect(deleted.ok).toBe(false);
      expect(BigInt(deleted.firstBadSeq!)).toBeGreaterThan(BigInt(neighbour.seq));
    } finally {
      await superuser.query('ALTER TABLE audit_log ENABLE TRIGGER USER').catch(() => {});
      await superuser.end();
    }
  });
});
