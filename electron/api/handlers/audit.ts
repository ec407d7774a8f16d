import { defineHandlers } from '../handler';
import { auditForTarget, listAudit, verifyAuditChain } from '../../domain/audit/audit-reader';

export const auditHandlers = defineHandlers({
  'audit.list': async ({ limit, cursor, ...filters }, { services }) => listAudit(services.db(), filters, limit, cursor),
  'audit.forTarget': async ({ targetId, limit }, { services }) => auditForTarget(services.db(), targetId, limit),
  'audit.verify': async (_input, { services }) => verifyAuditChain(services.db(), () => services.clock.now()),
});
