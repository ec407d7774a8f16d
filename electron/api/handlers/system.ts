import { defineHandlers, requireSession } from '../handler';
import { ApiError } from '../contract/errors';
import { SECRET_ACCOUNTS } from '../../infra/secrets/secret-store';
import { toMe } from './me';

export const systemHandlers = defineHandlers({
  'system.status': async (_input, { services, session }) => {
    const status = await services.status();
    const settings = await services.settings.current();
    return { ...status, me: session ? toMe(session, settings.idleLockMinutes) : null };
  },

  'system.forgetDatabase': async (_input, { services }) => {
    const { database } = await services.status();
    if (services.mode !== 'production' || database.state === 'ok') {
      throw new ApiError({ code: 'PRECONDITION', message: 'The database is reachable: an admin can change the connection in Settings → Connections.' });
    }
    if (!services.keychain.available) throw new ApiError({ code: 'UNAVAILABLE', message: services.keychain.reason });
    await services.keychain.store.delete(SECRET_ACCOUNTS.database);
    services.log.warn('the saved database connection was forgotten from the sign-in screen (it was unreachable)');
    services.requestRestart('saved database unreachable; back to the demo');
    return { restarting: true };
  },

  'auth.signIn': async (input, { services, caller }) => {
    const outcome = await services.auth.signIn(input, { origin: caller.transport, clientKey: caller.clientKey, ip: caller.ip });
    if (outcome.status === 'totp_required') return outcome;
    caller.bindSession(outcome.session.id);
    const settings = await services.settings.current();
    return { status: 'signed_in', me: toMe(outcome.session, settings.idleLockMinutes) };
  },

  'auth.signOut': async (_input, { services, session, caller }) => {
    if (session) services.sessions.destroy(session.id);
    caller.bindSession(null);
    return { signedOut: true };
  },

  'auth.unlock': async (input, ctx) => {
    const session = requireSession(ctx);
    await ctx.services.auth.unlock(session, input.password, input.totp, { origin: ctx.caller.transport, clientKey: ctx.caller.clientKey, ip: ctx.caller.ip });
    const settings = await ctx.services.settings.current();
    return toMe(session, settings.idleLockMinutes);
  },

  'auth.heartbeat': async (_input, ctx) => {
    const session = requireSession(ctx);
    return { lockAt: ctx.services.sessions.touch(session).toISOString() };
  },
});
