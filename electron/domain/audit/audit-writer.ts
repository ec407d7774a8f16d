// The one writer of audit rows. Called inside the transaction that makes the change, so the
// change and its record commit or roll back together. The database adds the hash chain
// (trigger on audit_log) and refuses any later UPDATE or DELETE.
import type { Tx } from '../../infra/db/database';
import { toAuditJson } from './snapshot';

export interface Actor {
  /** null for the console itself (scheduled work such as lifting expired suspensions). */
  userId: string | null;
  roles: readonly string[];
  origin: 'desktop' | 'web' | 'system';
}

export const SYSTEM_ACTOR: Actor = { userId: null, roles: [], origin: 'system' };

export interface AuditEvent {
  /** What happened, `area.verb`: `user.suspend`, `payout.approve`, `auth.sign_in`. */
  action: string;
  /** The table whose row changed (or the main one, when several did). */
  tableName: string;
  operation?: 'INSERT' | 'UPDATE' | 'DELETE' | 'ACTION';
  targetId: string | null;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditReceipt {
  id: string;
  seq: bigint;
}

export async function recordAudit(tx: Tx, actor: Actor, event: AuditEvent): Promise<AuditReceipt> {
  const row = await tx.auditLog.create({
    data: {
      action: event.action,
      tableName: event.tableName,
      operation: event.operation ?? 'UPDATE',
      targetId: event.targetId,
      reason: event.reason ?? null,
      oldValues: event.before === undefined ? undefined : (toAuditJson(event.before) as object),
      newValues: event.after === undefined ? undefined : (toAuditJson(event.after) as object),
      userId: actor.userId,
      actorRoles: [...actor.roles],
      origin: actor.origin,
    },
    select: { id: true, seq: true },
  });
  return row;
}
