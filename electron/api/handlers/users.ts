import { defineHandlers, actorOf, requireSession } from '../handler';
import { searchUsers } from '../../domain/accounts/search';
import { getUserDetail } from '../../domain/accounts/user-detail';
import { enforce } from '../../domain/accounts/enforcement';

export const usersHandlers = defineHandlers({
  'users.search': async (input, ctx) => {
    const started = performance.now();
    const items = await searchUsers(ctx.services.db(), input.q, { limit: input.limit, canSeePii: requireSession(ctx).permissions.has('users.pii.view') });
    return { items, tookMs: Math.round((performance.now() - started) * 10) / 10 };
  },

  'users.get': async (input, ctx) =>
    getUserDetail(ctx.services.db(), input.id, { canSeePii: requireSession(ctx).permissions.has('users.pii.view'), now: ctx.services.clock.now() }),

  'users.suspend': async (input, ctx) => {
    const result = await enforce(ctx.services.db(), actorOf(ctx), { action: 'suspend', userId: input.userId, reason: input.reason, endsAt: new Date(input.endsAt) }, ctx.services.clock);
    ctx.services.sessions.destroyForUser(input.userId);
    return result;
  },

  'users.ban': async (input, ctx) => {
    const result = await enforce(ctx.services.db(), actorOf(ctx), { action: 'ban', userId: input.userId, reason: input.reason }, ctx.services.clock);
    ctx.services.sessions.destroyForUser(input.userId);
    return result;
  },

  'users.lift': async (input, ctx) => enforce(ctx.services.db(), actorOf(ctx), { action: 'lift', userId: input.userId, reason: input.reason }, ctx.services.clock),
});
