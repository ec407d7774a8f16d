// Every call from every transport passes through here, once: the name is checked against
// the contract, the session against the procedure's permission (in the main process, never
// only in the UI), the input against its zod schema; then the handler runs and its outcome
// is turned into an envelope the transports send as is.
import type { z } from 'zod';
import { ApiError, type ApiErrorShape, type Envelope } from './contract/errors';
import { ALLOWED_WHILE_LOCKED, isProcedureName, procedures, type ProcedureName } from './contract';
import type { Handlers, HandlerContext, Caller } from './handler';
import type { SessionStore } from '../domain/access/sessions';
import type { Logger } from '../infra/log';
import { describeFailure } from './failures';

export interface Dispatcher {
  call(name: unknown, input: unknown, caller: Caller): Promise<Envelope<unknown>>;
}

function validationError(error: z.ZodError): ApiError {
  const fields = error.issues.map((issue) => ({ path: issue.path.join('.') || '(input)', message: issue.message }));
  const first = fields[0];
  return new ApiError({
    code: 'VALIDATION',
    message: first ? `${first.path === '(input)' ? 'Input' : first.path}: ${first.message}` : 'Invalid input.',
    fields,
  });
}

export function createDispatcher(deps: {
  handlers: Handlers;
  sessions: SessionStore;
  log: Logger;
  context: (caller: Caller) => Omit<HandlerContext, 'session' | 'caller'>;
}): Dispatcher {
  const fail = (error: ApiErrorShape): Envelope<never> => ({ ok: false, error });

  return {
    async call(name, input, caller) {
      if (!isProcedureName(name)) {
        return fail({ code: 'UNKNOWN_PROCEDURE', message: `Unknown procedure${typeof name === 'string' ? `: ${name.slice(0, 80)}` : ''}.` });
      }
      const procedure = procedures[name];
      const session = deps.sessions.get(caller.sessionId);

      if (procedure.permission !== 'public') {
        if (!session) return fail({ code: 'UNAUTHENTICATED', message: 'Sign in to continue.' });
        if (session.lockedAt && !ALLOWED_WHILE_LOCKED.has(name)) {
          return fail({ code: 'LOCKED', message: 'The console locked after a period of inactivity. Enter your password to continue.' });
        }
        if (procedure.permission !== 'session' && !session.permissions.has(procedure.permission)) {
          return fail({ code: 'FORBIDDEN', message: `Your role does not allow this (${procedure.permission}).` });
        }
      }

      const parsed = (procedure.input as z.ZodType).safeParse(input ?? {});
      if (!parsed.success) return fail(validationError(parsed.error).toShape());

      if (session && procedure.kind === 'mutation' && !session.lockedAt) deps.sessions.touch(session);
      try {
        const handler = deps.handlers[name] as (input: unknown, ctx: HandlerContext) => Promise<unknown>;
        const data = await handler(parsed.data, { ...deps.context(caller), session, caller });
        return { ok: true, data };
      } catch (error) {
        const shape = describeFailure(error);
        if (shape.code === 'INTERNAL') deps.log.error(`${name as ProcedureName} failed`, { error: error instanceof Error ? error.stack ?? error.message : String(error) });
        return fail(shape);
      }
    },
  };
}
