import { describe, expect, it } from 'vitest';
import { reachOnlyDispatcher } from '../support/fake-dispatch';
import { describeFailure } from '../../electron/api/failures';
import { ApiError } from '../../electron/api/contract/errors';

describe('dispatcher', () => {
  it('refuses unknown procedures without reaching any handler', async () => {
    const { dispatcher, caller, reached } = reachOnlyDispatcher();
    for (const name of ['users.drop', '__proto__', 'constructor', 42, null, 'x'.repeat(5000)]) {
      const result = await dispatcher.call(name, {}, caller());
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('UNKNOWN_PROCEDURE');
        expect(result.error.message.length).toBeLessThan(200);
      }
    }
    expect(reached).toEqual([]);
  });

  it('names the field at fault in validation errors and never reaches the handler', async () => {
    const { dispatcher, caller, signIn, reached } = reachOnlyDispatcher();
    const session = signIn(['moderator']);
    const bad = await dispatcher.call('users.suspend', { userId: 'not-a-uuid', reason: 'spam wave', endsAt: 'tomorrow' }, caller(session.id));
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('VALIDATION');
      expect(bad.error.fields?.map((f) => f.path).sort()).toEqual(['endsAt', 'userId']);
    }
    const tooLong = await dispatcher.call('users.search', { q: 'a'.repeat(201) }, caller(session.id));
    expect(!tooLong.ok && tooLong.error.fields?.[0]?.path).toBe('q');
    const extra = await dispatcher.call('users.search', { q: 'ana', sql: 'DROP TABLE users' }, caller(session.id));
    expect(!extra.ok && extra.error.code).toBe('VALIDATION');
    const wrongType = await dispatcher.call('users.search', { q: 5 }, caller(session.id));
    expect(!wrongType.ok && wrongType.error.fields?.[0]?.path).toBe('q');
    expect(reached).toEqual([]);
  });

  it('passes parsed input (trimmed, defaults applied) to the handler', async () => {
    const { dispatcher, caller, signIn } = reachOnlyDispatcher();
    const session = signIn(['support']);
    const result = await dispatcher.call('users.search', { q: '  maya  ' }, caller(session.id));
    expect(result).toEqual({ ok: true, data: { reached: 'users.search', input: { q: 'maya', limit: 20 } } });
  });

  it('locks an idle session: only unlock, sign-out and status pass until unlocked', async () => {
    const { dispatcher, caller, signIn, clock, sessions } = reachOnlyDispatcher(15);
    const session = signIn(['support']);
    clock.advance(14 * 60_000);
    expect((await dispatcher.call('users.search', { q: 'x' }, caller(session.id))).ok).toBe(true);
    clock.advance(15 * 60_000);
    const locked = await dispatcher.call('users.search', { q: 'x' }, caller(session.id));
    expect(!locked.ok && locked.error.code).toBe('LOCKED');
    expect((await dispatcher.call('system.status', {}, caller(session.id))).ok).toBe(true);
    expect((await dispatcher.call('auth.unlock', { password: 'x' }, caller(session.id))).ok).toBe(true);
    sessions.unlock(session);
    expect((await dispatcher.call('users.search', { q: 'x' }, caller(session.id))).ok).toBe(true);
  });

  it('mutations push the idle lock back; queries do not', async () => {
    const { dispatcher, caller, signIn, clock } = reachOnlyDispatcher(10);
    const session = signIn(['support']);
    clock.advance(9 * 60_000);
    await dispatcher.call('users.search', { q: 'x' }, caller(session.id));
    clock.advance(2 * 60_000);
    const afterQuery = await dispatcher.call('users.search', { q: 'x' }, caller(session.id));
    expect(!afterQuery.ok && afterQuery.error.code).toBe('LOCKED');

    const other = signIn(['support']);
    clock.advance(9 * 60_000);
    await dispatcher.call('auth.heartbeat', {}, caller(other.id));
    clock.advance(9 * 60_000);
    expect((await dispatcher.call('users.search', { q: 'x' }, caller(other.id))).ok).toBe(true);
  });

  it('maps failures to codes without leaking internals', () => {
    expect(describeFailure(new ApiError({ code: 'PRECONDITION', message: 'Already banned.' }))).toEqual({ code: 'PRECONDITION', message: 'Already banned.' });
    expect(describeFailure(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })).code).toBe('UNAVAILABLE');
    expect(describeFailure({ code: 'P2002', meta: {} }).code).toBe('CONFLICT');
    expect(describeFailure(Object.assign(new Error('x'), { cause: { code: '40001' } })).code).toBe('CONFLICT');
    const internal = describeFailure(new Error('secret stack detail: password=hunter2'));
    expect(internal.code).toBe('INTERNAL');
    expect(internal.message).not.toContain('hunter2');
  });
});
