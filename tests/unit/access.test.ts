import { describe, expect, it } from 'vitest';
import { decodeBase32, totpAt, verifyTotp } from '../../electron/domain/access/totp';
import { FailureRateLimiter } from '../../electron/domain/access/rate-limiter';
import { SessionStore } from '../../electron/domain/access/sessions';
import { verifyPassword, hashPassword } from '../../electron/domain/access/passwords';
import { ManualClock } from '../../electron/infra/clock';
import { maskEmail, maskPhone, maskedValue } from '../../electron/domain/accounts/masking';
import { accountActionAllowed, allowedAccountActions } from '../../electron/api/contract/enforcement';

// RFC 6238 appendix B, SHA-1 seed "12345678901234567890" (base32 below); 6-digit truncations.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP (RFC 6238)', () => {
  it('matches the RFC test vectors', () => {
    expect(decodeBase32(RFC_SECRET).toString()).toBe('12345678901234567890');
    expect(totpAt(RFC_SECRET, Math.floor(59 / 30))).toBe('287082');
    expect(totpAt(RFC_SECRET, Math.floor(1111111109 / 30))).toBe('081804');
    expect(totpAt(RFC_SECRET, Math.floor(1234567890 / 30))).toBe('005924');
    expect(totpAt(RFC_SECRET, Math.floor(2000000000 / 30))).toBe('279037');
  });

  it('accepts one step of drift either way and nothing more', () => {
    const now = new Date(1234567890 * 1000);
    const step = Math.floor(1234567890 / 30);
    expect(verifyTotp(RFC_SECRET, totpAt(RFC_SECRET, step - 1), now)).toBe(step - 1);
    expect(verifyTotp(RFC_SECRET, totpAt(RFC_SECRET, step + 1), now)).toBe(step + 1);
    expect(verifyTotp(RFC_SECRET, totpAt(RFC_SECRET, step - 2), now)).toBeNull();
    expect(verifyTotp(RFC_SECRET, '000000', now)).toBeNull();
  });
});

describe('passwords', () => {
  it('verifies bcrypt hashes and refuses a missing hash without throwing', async () => {
    const hash = await hashPassword('correct horse', 4);
    expect(await verifyPassword('correct horse', hash)).toBe(true);
    expect(await verifyPassword('wrong', hash)).toBe(false);
    expect(await verifyPassword('anything', null)).toBe(false);
    expect(await verifyPassword('anything', 'not-a-bcrypt-hash')).toBe(false);
  });
});

describe('failed sign-in rate limiting', () => {
  it('blocks after the limit, tells how long, and forgets old failures', () => {
    const clock = new ManualClock();
    const limiter = new FailureRateLimiter(clock, { maxFailures: 3, windowMs: 60_000 });
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter('k')).toBe(0);
      limiter.recordFailure('k');
      clock.advance(1_000);
    }
    expect(limiter.retryAfter('k')).toBe(57);
    expect(limiter.retryAfter('other')).toBe(0);
    clock.advance(58_000);
    expect(limiter.retryAfter('k')).toBe(0);
    limiter.recordFailure('k');
    limiter.reset('k');
    expect(limiter.retryAfter('k')).toBe(0);
  });
});

describe('sessions', () => {
  const identity = { userId: 'u1', username: 'maya', displayName: null, email: 'm@x', roles: ['support' as const] };

  it('derive permissions from roles and lock after the idle time', () => {
    const clock = new ManualClock();
    const store = new SessionStore(clock, () => 5);
    const session = store.create(identity, 'web');
    expect(session.permissions.has('users.support')).toBe(true);
    expect(session.permissions.has('audit.read')).toBe(false);
    clock.advance(4 * 60_000);
    expect(store.get(session.id)?.lockedAt).toBeNull();
    clock.advance(60_000);
    expect(store.get(session.id)?.lockedAt).not.toBeNull();
    store.unlock(session);
    expect(store.get(session.id)?.lockedAt).toBeNull();
  });

  it('ends every session of a user at once', () => {
    const store = new SessionStore(new ManualClock(), () => 15);
    const a = store.create(identity, 'web');
    const b = store.create(identity, 'desktop');
    const c = store.create({ ...identity, userId: 'u2' }, 'web');
    expect(store.destroyForUser('u1')).toBe(2);
    expect(store.get(a.id)).toBeNull();
    expect(store.get(b.id)).toBeNull();
    expect(store.get(c.id)).not.toBeNull();
    expect(a.id).not.toBe(b.id);
    expect(a.id.length).toBeGreaterThanOrEqual(43);
  });
});

describe('masking', () => {
  it('keeps only enough to recognise a value', () => {
    expect(maskEmail('jane.doe@example.com')).toBe('ja•••@•••.com');
    expect(maskEmail('j@example.org')).toBe('j•••@•••.org');
    expect(maskPhone('+1 (555) 010-2345')).toBe('•••• 45');
    expect(maskedValue('jane@example.com', true, maskEmail)).toEqual({ value: 'jane@example.com', masked: false });
    expect(maskedValue(null, false, maskEmail)).toEqual({ value: null, masked: false });
  });
});

describe('account state machine', () => {
  it('offers only legal moves', () => {
    expect(allowedAccountActions('ACTIVE')).toEqual(['suspend', 'ban']);
    expect(allowedAccountActions('BANNED')).toEqual(['lift']);
    expect(accountActionAllowed('SUSPENDED', 'lift')).toBe(true);
    expect(accountActionAllowed('ACTIVE', 'lift')).toBe(false);
    expect(accountActionAllowed('BANNED', 'suspend')).toBe(false);
  });
});
