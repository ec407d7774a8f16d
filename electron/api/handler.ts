// What a handler receives and must return. Handlers are thin: they call one workflow in
// electron/domain and map its result to the contract's DTO.
import type { OutputOf, ParsedInputOf, ProcedureName } from './contract';
import type { StaffSession } from '../domain/access/sessions';
import type { Services } from '../runtime/services';

export interface Caller {
  transport: 'desktop' | 'web';
  /** The transport's session handle (cookie value / window binding); null before sign-in. */
  sessionId: string | null;
  /** A stable key for the client, for rate limiting (window id, or cookie + address). */
  clientKey: string;
  ip: string | null;
  /** Binds (or, with null, unbinds) a console session to this client after sign-in / sign-out. */
  bindSession(sessionId: string | null): void;
}

export interface HandlerContext {
  session: StaffSession | null;
  caller: Caller;
  services: Services;
}

export type Handler<N extends ProcedureName> = (input: ParsedInputOf<N>, ctx: HandlerContext) => Promise<OutputOf<N>>;
export type Handlers = { [N in ProcedureName]: Handler<N> };

/** Handlers for a slice of the API; the registry joins the slices and the compiler checks that none is missing. */
export function defineHandlers<K extends ProcedureName>(handlers: { [N in K]: Handler<N> }): { [N in K]: Handler<N> } {
  return handlers;
}

/** The signed-in session; handlers of non-public procedures can rely on it. */
export function requireSession(ctx: HandlerContext): StaffSession {
  if (!ctx.session) throw new Error('handler reached without a session');
  return ctx.session;
}

export function actorOf(ctx: HandlerContext) {
  const session = requireSession(ctx);
  return { userId: session.userId, roles: session.roles, origin: session.origin };
}
