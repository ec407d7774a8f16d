// A dispatcher whose handlers only report that they were reached: for testing the
// dispatcher's own gatekeeping (names, sessions, the idle lock, permissions, validation)
// separately from what the handlers do (covered by the integration tests).
import { createDispatcher } from '../../electron/api/dispatcher';
import { PROCEDURE_NAMES } from '../../electron/api/contract';
import type { Caller, Handlers } from '../../electron/api/handler';
import { SessionStore } from '../../electron/domain/access/sessions';
import type { StaffRole } from '../../electron/api/contract/permissions';
import { ManualClock } from '../../electron/infra/clock';
import { silentLogger } from '../../electron/infra/log';
import type { Services } from '../../electron/runtime/services';

export function reachOnlyDispatcher(idleMinutes = 15) {
  const clock = new ManualClock();
  const sessions = new SessionStore(clock, () => idleMinutes);
  const reached: string[] = [];
  const handlers = Object.fromEntries(
    PROCEDURE_NAMES.map((name) => [
      name,
      async (input: unknown) => {
        reached.push(name);
        return { reached: name, input };
      },
    ]),
  ) as unknown as Handlers;
  const dispatcher = createDispatcher({ handlers, sessions, log: silentLogger, context: () => ({ services: {} as Services }) });
  const caller = (sessionId: string | null = null): Caller => ({ transport: 'web', sessionId, clientKey: 'test', ip: '127.0.0.1', bindSession: () => {} });
  const signIn = (roles: StaffRole[]) =>
    sessions.create({ userId: '00000000-0000-4000-8000-000000000001', username: 'staff', displayName: 'Staff', email: 'staff@example.com', roles }, 'web');
  return { dispatcher, sessions, clock, reached, caller, signIn };
}
