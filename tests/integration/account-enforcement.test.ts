// Suspend, ban and lift through the real dispatcher on a real PostgreSQL: each action
// changes the users row, revokes the user's sessions, writes the enforcement history, the
// user's notification and one audit row — all in one transaction, or nothing at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liftExpiredSuspensions } from '../../electron/domain/accounts/enforcement';
import { createPlatformSessions, createStaff, createUser } from '../support/factories';
import { startTestConsole, type TestClient, type TestConsole } from '../support/test-runtime';

let console_: TestConsole;
let moderator: TestClient;
let moderatorId: string;

const inHours = (hours: number) => new Date(console_.clock.now().getTime() + hours * 3_600_000).toISOString();

async function snapshot(userId: string) {
  const p = console_.db.prisma;
  const [user, activeSessions, actions, notifications, audits] = await Promise.all([
    p.user.findUniqueOrThrow({ where: { id: userId }, select: { status: true, suspensionEndsAt: true, suspensionReason: true, banReason: true } }),
    p.userSession.count({ where: { userId, isActive: true } }),
    p.enforcementAction.count({ where: { userId } }),
    p.notification.count({ where: { userId } }),
    p.auditLog.count({ where: { targetId: userId } }),
  ]);
  return { user, activeSessions, actions, notifications, audits };
}

beforeAll(async () => {
  console_ = await startTestConsole(new Date());
  const staff = await createStaff(console_.db, ['moderator'], { email: 'mod@socialflow.test' });
  moderatorId = staff.id;
  moderator = console_.client('moderator');
  await moderator.signIn('mod@socialflow.test', 'staff-password');
});
afterAll(() => console_?.close());

describe('account enforcement', () => {
  it('suspends: user row, sessions revoked, history, notification and audit row together', async () => {
    const user = await createUser(console_.db);
    await createPlatformSessions(console_.db, user.id, 3);
    const endsAt = inHours(72);
    const result = await moderator.ok('users.suspend', { userId: user.id, reason: 'Repeated spam in comments', endsAt });
    expect(result).toMatchObject({ userId: user.id, status: 'SUSPENDED', sessionsRevoked: 3 });

    const after = await snapshot(user.id);
    expect(after.user).toMatchObject({ status: 'SUSPENDED', suspensionReason: 'Repeated spam in comments' });
    expect(after.user.suspensionEndsAt?.toISOString()).toBe(endsAt);
    expect(after.activeSessions).toBe(0);
    const revoked = await console_.db.prisma.userSession.findFirstOrThrow({ where: { userId: user.id } });
    expect(revoked).toMatchObject({ isActive: false, revokedById: moderatorId, revokedReason: 'Account suspended' });

    const history = await console_.db.prisma.enforcementAction.findFirstOrThrow({ where: { userId: user.id } });
    expect(history).toMatchObject({ action: 'SUSPEND', reason: 'Repeated spam in comments', actorId: moderatorId });
    const notification = await console_.db.prisma.notification.findUniqueOrThrow({ where: { id: result.notificationId } });
    expect(notification).toMatchObject({ userId: user.id, type: 'ACCOUNT_SUSPENDED', status: 'PENDING' });
    expect(notification.body).toContain('Repeated spam in comments');
    expect(notification.body).toContain(endsAt.slice(0, 10));

    const audit = await console_.db.prisma.auditLog.findUniqueOrThrow({ where: { seq: BigInt(result.auditSeq) } });
    expect(audit).toMatchObject({ action: 'user.suspend', tableName: 'users', targetId: user.id, userId: moderatorId, reason: 'Repeated spam in comments', actorRoles: ['moderator'] });
    expect(audit.oldValues).toMatchObject({ status: 'ACTIVE' });
    expect(audit.newValues).toMatchObject({ status: 'SUSPENDED', sessionsRevoked: 3 });
    expect(audit.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('bans and lifts a ban; the lift closes the open history entry and tells the user', async () => {
    const user = await createUser(console_.db);
    await moderator.ok('users.ban', { userId: user.id, reason: 'Ban evasion with a second account' });
    expect((await snapshot(user.id)).user.status).toBe('BANNED');
    const lift = await moderator.ok('users.lift', { userId: user.id, reason: 'Appeal accepted: shared household device' });
    expect(lift.status).toBe('ACTIVE');
    const history = await console_.db.prisma.enforcementAction.findMany({ where: { userId: user.id }, orderBy: { createdAt: 'asc' } });
    expect(history.map((h) => h.action)).toEqual(['BAN', 'UNBAN']);
    expect(history[0]!.liftedById).toBe(moderatorId);
    const types = (await console_.db.prisma.notification.findMany({ where: { userId: user.id }, orderBy: { createdAt: 'asc' } })).map((n) => n.type);
    expect(types).toEqual(['ACCOUNT_BANNED', 'ACCOUNT_REINSTATED']);
  });

  it('refuses moves the state machine does not allow, changing nothing', async () => {
    const user = await createUser(console_.db);
    const lift = await moderator.call('users.lift', { userId: user.id, reason: 'nothing to lift here' });
    expect(!lift.ok && lift.error.code).toBe('PRECONDITION');
    await moderator.ok('users.ban', { userId: user.id, reason: 'Coordinated harassment' });
    const before = await snapshot(user.id);
    const suspend = await moderator.call('users.suspend', { userId: user.id, reason: 'try to downgrade', endsAt: inHours(24) });
    expect(!suspend.ok && suspend.error).toMatchObject({ code: 'PRECONDITION' });
    expect(!suspend.ok && suspend.error.message).toMatch(/banned/i);
    expect(await snapshot(user.id)).toEqual(before);
  });

  it('validates the end time at the boundary, naming the field', async () => {
    const user = await createUser(console_.db);
    const before = await snapshot(user.id);
    for (const endsAt of [inHours(-1), inHours(24 * 400)]) {
      const result = await moderator.call('users.suspend', { userId: user.id, reason: 'Spam', endsAt });
      expect(!result.ok && result.error.code).toBe('VALIDATION');
      expect(!result.ok && result.error.fields?.[0]?.path).toBe('endsAt');
    }
    const missingReason = await moderator.call('users.ban', { userId: user.id, reason: '  ' });
    expect(!missingReason.ok && missingReason.error.fields?.[0]?.path).toBe('reason');
    const unknown = await moderator.call('users.ban', { userId: '00000000-0000-4000-8000-00000000dead', reason: 'Spam wave' });
    expect(!unknown.ok && unknown.error.code).toBe('NOT_FOUND');
    expect(await snapshot(user.id)).toEqual(before);
  });

  it('refuses enforcement on yourself, and on staff unless you are an admin', async () => {
    const self = await moderator.call('users.ban', { userId: moderatorId, reason: 'testing myself' });
    expect(!self.ok && self.error.code).toBe('PRECONDITION');
    const colleague = await createStaff(console_.db, ['finance']);
    const onStaff = await moderator.call('users.suspend', { userId: colleague.id, reason: 'misuse of tools', endsAt: inHours(24) });
    expect(!onStaff.ok && onStaff.error.code).toBe('FORBIDDEN');
    await createStaff(console_.db, ['admin'], { email: 'admin-enf@socialflow.test' });
    const admin = console_.client('admin');
    await admin.signIn('admin-enf@socialflow.test', 'staff-password');
    expect((await admin.ok('users.suspend', { userId: colleague.id, reason: 'misuse of tools', endsAt: inHours(24) })).status).toBe('SUSPENDED');
  });

  it('a role without users.enforce is refused in the main process and nothing changes', async () => {
    await createStaff(console_.db, ['support'], { email: 'support-enf@socialflow.test' });
    const support = console_.client('support');
    await support.signIn('support-enf@socialflow.test', 'staff-password');
    const user = await createUser(console_.db);
    const before = await snapshot(user.id);
    const result = await support.call('users.ban', { userId: user.id, reason: 'Spam wave' });
    expect(!result.ok && result.error.code).toBe('FORBIDDEN');
    expect(await snapshot(user.id)).toEqual(before);
  });

  it('is all or nothing: a failure half-way leaves no trace', async () => {
    const user = await createUser(console_.db);
    await createPlatformSessions(console_.db, user.id, 2);
    const before = await snapshot(user.id);
    // Make the notification insert fail for this user only, after the users row, the
    // sessions and the history have already been written inside the transaction.
    await console_.db.pool.query(`
      CREATE FUNCTION fail_notification() RETURNS trigger AS $$
      BEGIN IF NEW.user_id = '${user.id}' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;
      CREATE TRIGGER fail_notification BEFORE INSERT ON notifications FOR EACH ROW EXECUTE FUNCTION fail_notification();`);
    try {
      const result = await moderator.call('users.suspend', { userId: user.id, reason: 'Spam', endsAt: inHours(24) });
      expect(!result.ok && result.error.code).toBe('INTERNAL');
      expect(await snapshot(user.id)).toEqual(before);
    } finally {
      await console_.db.pool.query('DROP TRIGGER fail_notification ON notifications; DROP FUNCTION fail_notification();');
    }
  });

  it('serialises concurrent staff: of five simultaneous bans exactly one applies', async () => {
    const user = await createUser(console_.db);
    const results = await Promise.all(Array.from({ length: 5 }, () => moderator.call('users.ban', { userId: user.id, reason: 'Raid organiser' })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(Array(4).fill('PRECONDITION'));
    const after = await snapshot(user.id);
    expect(after).toMatchObject({ actions: 1, notifications: 1, audits: 1 });
  });

  it('an expired suspension lifts itself, exactly once, even with two consoles racing', async () => {
    const user = await createUser(console_.db);
    await moderator.ok('users.suspend', { userId: user.id, reason: 'Cool-off period', endsAt: inHours(2) });
    expect(await liftExpiredSuspensions(console_.db, console_.clock)).toBe(0);
    console_.clock.advance(2 * 3_600_000 + 1_000);
    const [a, b] = await Promise.all([liftExpiredSuspensions(console_.db, console_.clock), liftExpiredSuspensions(console_.db, console_.clock)]);
    expect(a + b).toBe(1);
    expect(await liftExpiredSuspensions(console_.db, console_.clock)).toBe(0);
    const after = await snapshot(user.id);
    expect(after.user).toMatchObject({ status: 'ACTIVE', suspensionEndsAt: null });
    const audit = await console_.db.prisma.auditLog.findFirstOrThrow({ where: { targetId: user.id, action: 'user.lift.expired' } });
    expect(audit.userId).toBeNull();
    expect(audit.origin).toBe('system');
    const notification = await console_.db.prisma.notification.findFirstOrThrow({ where: { userId: user.id, type: 'ACCOUNT_REINSTATED' } });
    expect(notification.body).toMatch(/suspension has ended/);
  });

  it('the user page shows the new state and the allowed next moves', async () => {
    // The previous test moved the clock past the idle lock: sign in again.
    await moderator.signIn('mod@socialflow.test', 'staff-password');
    const user = await createUser(console_.db, { displayName: 'Page Person' });
    await moderator.ok('users.suspend', { userId: user.id, reason: 'Spam', endsAt: inHours(5) });
    const detail = await moderator.ok('users.get', { id: user.id });
    expect(detail.status).toBe('SUSPENDED');
    expect(detail.suspension?.reason).toBe('Spam');
    expect(detail.allowedActions).toEqual(['ban', 'lift']);
    expect(detail.enforcement[0]).toMatchObject({ action: 'SUSPEND', actor: { id: moderatorId } });
    expect(detail.email.masked).toBe(true);
    const history = await moderator.ok('audit.forTarget', { targetId: user.id, limit: 10 });
    expect(history[0]).toMatchObject({ action: 'user.suspend', reason: 'Spam' });
  });
});
