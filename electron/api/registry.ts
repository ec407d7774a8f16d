// Every procedure's handler, by name. The `Handlers` type makes a missing or misspelt
// handler a compile error; transports and the permission matrix test read the same object.
import type { Handlers } from './handler';
import { systemHandlers } from './handlers/system';
import { usersHandlers } from './handlers/users';
import { auditHandlers } from './handlers/audit';
import { connectionsHandlers } from './handlers/connections';

export const handlers: Handlers = {
  ...systemHandlers,
  ...usersHandlers,
  ...auditHandlers,
  ...connectionsHandlers,
};
