// Staff sign-in with the platform's own users table: bcrypt passwords, TOTP when 2FA is on,
// a single answer for every kind of failure, and rate limiting by email and by client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpAt, stepOf } from '../../electron/domain/access/totp';
import { WRONG_CREDENTIALS } from '../../electron/domain/access/authenticator';
import { createStaff, createUser, hashFor } from '../support/factories';
import { startTestConsole, type TestConsole } from '../support/test-runtime';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
let c: TestConsole;

beforeAll(async () => {
  c = await startTestConsole(new Date('2026-11-22T10:00:00Z'));
  await createStaff(c.db, ['support'], { email: 'sam@socialflow.test', password: 'right-password' });
  await createStaff(c.db, ['admin'], { email: 'kofi@socialflow.test', password: 'right-password', totpSecret: SECRET });
  await createUser(c.db, { email: 'creator@example.com', passwordHash: hashFor('right-password') });
  const suspended = await createStaff(c.db, ['moderator'], { email: 'suspended@socialflow.test', password: 'right-password' });
  await c.db.prisma.user.update({ where: { id: suspended.id }, data: { status: 'SUSPENDED' } });
});
afterAll(() => c?.close());

describe('staff sign-in', () => {
  it('signs in, binds a session, records the sign-in and the audit row', async () => {
    const client = c.client('ok');
    const result = await client.ok('auth.signIn', { email: 'SAM@socialflow.test', password: 'right-password' });
    expect(result.status).toBe('signed_in');
    if (result.status === 'signed_in') expect(result.me).toMatchObject({ email: 'sam@socialflow.test', roles: ['support'], locked: false });
    expect(client.sessionId).toBeTruthy();
    expect((await client.ok('system.status', {})).me?.email).toBe('sam@socialflow.test');
    const user = await c.db.prisma.user.findUniqueOrThrow({ where: { email: 'sam@socialflow.test' } });
    expect(user.loginCount).toBe(1);
    expect(await c.db.prisma.auditLog.count({ where: { action: 'auth.sign_in', userId: user.id } })).toBe(1);
    await client.ok('auth.signOut', {});
    expect(client.sessionId).toBeNull();
    expect((await client.call('users.search', { q: 'x' })).ok).toBe(false);
  });

  it('gives the same answer for an unknown email, a wrong password, a non-staff user and an inactive account', async () => {
    const attempts = [
      { email: 'nobody@socialflow.test', password: 'right-password' },
      { email: 'sam@socialflow.test', password: 'wrong-password' },
      { email: 'creator@example.com', password: 'right-password' },
      { email: 'suspended@socialflow.test', password: 'right-password' },
    ];
    const answers = [];
    for (const [i, attempt] of attempts.entries()) {
      const result = await c.client(`generic-${i}`).call('auth.signIn', attempt);
      answers.push(result.ok ? 'ok' : `${result.error.code}: ${result.error.message}`);
    }
    expect(new Set(answers)).toEqual(new Set([`UNAUTHENTICATED: ${WRONG_CREDENTIALS}`]));
  });

  it('asks for a TOTP code after the password, accepts it once, refuses a replay', async () => {
    const client = c.client('totp');
    expect(await client.ok('auth.signIn', { email: 'kofi@socialflow.test', password: 'right-password' })).toEqual({ status: 'totp_required' });
    const wrong = await client.call('auth.signIn', { email: 'kofi@socialflow.test', password: 'right-password', totp: '000000' });
    expect(!wrong.ok && wrong.error.fields?.[0]?.path).toBe('totp');
    const code = totpAt(SECRET, stepOf(c.clock.now()));
    expect((await client.ok('auth.signIn', { email: 'kofi@socialflow.test', password: 'right-password', totp: code })).status).toBe('signed_in');
    const replay = await c.client('totp-replay').call('auth.signIn', { email: 'kofi@socialflow.test', password: 'right-password', totp: code });
    expect(!replay.ok && replay.error.code).toBe('UNAUTHENTICATED');
    expect(client.sessionId).toBeTruthy();
  });

  it('a TOTP code cannot stand in for a wrong password', async () => {
    const code = totpAt(SECRET, stepOf(c.clock.now()) + 1);
    const result = await c.client('totp-pw').call('auth.signIn', { email: 'kofi@socialflow.test', password: 'wrong', totp: code });
    expect(!result.ok && result.error.message).toBe(WRONG_CREDENTIALS);
  });

  it('rate-limits failures per email, tells when to retry, and forgets them after the window', async () => {
    const email = 'limited@socialflow.test';
    await createStaff(c.db, ['support'], { email, password: 'right-password' });
    for (let i = 0; i < 5; i++) {
      const result = await c.client(`limit-${i}`).call('auth.signIn', { email, password: 'nope' });
      expect(!result.ok && result.error.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await c.client('limit-right').call('auth.signIn', { email, password: 'right-password' });
    expect(!blocked.ok && blocked.error).toMatchObject({ code: 'RATE_LIMITED' });
    expect(!blocked.ok && blocked.error.retryAfter).toBeGreaterThan(0);
    c.clock.advance(16 * 60_000);
    expect((await c.client('limit-later').ok('auth.signIn', { email, password: 'right-password' })).status).toBe('signed_in');
  });

  it('rate-limits failures per client across many emails (credential stuffing)', async () => {
    const client = c.client('stuffer');
    for (let i = 0; i < 5; i++) await client.call('auth.signIn', { email: `victim${i}@example.com`, password: 'guess' });
    const next = await client.call('auth.signIn', { email: 'sam@socialflow.test', password: 'right-password' });
    expect(!next.ok && next.error.code).toBe('RATE_LIMITED');
    c.clock.advance(16 * 60_000);
  });

  it('locks after the idle time and unlocks with the password only', async () => {
    const client = c.client('idle');
    await client.signIn('sam@socialflow.test', 'right-password');
    c.clock.advance(16 * 60_000);
    const locked = await client.call('users.search', { q: 'sam' });
    expect(!locked.ok && locked.error.code).toBe('LOCKED');
    expect((await client.ok('system.status', {})).me?.locked).toBe(true);
    const wrong = await client.call('auth.unlock', { password: 'nope' });
    expect(!wrong.ok && wrong.error.code).toBe('UNAUTHENTICATED');
    expect((await client.ok('auth.unlock', { password: 'right-password' })).locked).toBe(false);
    expect((await client.call('users.search', { q: 'sam' })).ok).toBe(true);
  });
});
