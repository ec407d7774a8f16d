import { defineHandlers, actorOf } from '../handler';

export const connectionsHandlers = defineHandlers({
  'connections.get': async (_input, { services }) => services.connections.view(),
  'connections.save': async (input, ctx) => ctx.services.connections.save(input, actorOf(ctx)),
  'connections.test': async (input, { services }) => services.connections.test(input),
  'connections.remove': async (input, ctx) => ctx.services.connections.remove(input.kind, actorOf(ctx)),
  'settings.get': async (_input, { services }) => services.settings.current(),
  'settings.update': async ({ reason, ...changes }, ctx) => ctx.services.settings.update(changes, reason, actorOf(ctx)),
});
