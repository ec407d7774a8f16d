import { defineHandlers, actorOf } from '../handler';

export const connectionsHandlers = defineHandlers({
  'connections.get': async (_input, { services }) => services.connections.view(),
  'connections.save': async (input, ctx) => ctx.services.connections.save(input, actorOf(ctx)),
  'connections.test': async (input, { services }) => services.connections.test(input),
  'connections.remove': async (input, ctx) => ctx.services.connections.remove(input.kind, actorOf(ctx)),
  'connections.apply': async (_input, ctx) => {
    await ctx.services.connections.recordApply(actorOf(ctx));
    ctx.services.requestRestart(`connections applied by ${ctx.session?.username ?? 'staff'}`);
    return { restarting: true };
  },
  'settings.get': async (_input, { services }) => services.settings.current(),
  'settings.update': async ({ reason, ...changes }, ctx) => ctx.services.settings.update(changes, reason, actorOf(ctx)),
});
