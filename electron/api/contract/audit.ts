import { z } from 'zod';
import { query } from './procedure';
import { isoDateTime, limit, uuid, type IsoDate, type Page } from './common';

export interface AuditEntry {
  /** Position in the hash chain (a bigint, as a string). */
  seq: string;
  id: string;
  at: IsoDate;
  actor: { id: string; username: string } | null;
  actorRoles: string[];
  action: string;
  tableName: string;
  operation: string;
  targetId: string | null;
  reason: string | null;
  before: unknown;
  after: unknown;
  origin: string | null;
  hash: string | null;
  prevHash: string | null;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  firstBadSeq: string | null;
  head: { seq: string; hash: string } | null;
  verifiedAt: IsoDate;
  tookMs: number;
}

export const auditProcedures = {
  'audit.list': query<Page<AuditEntry>>()({
    input: z
      .object({
        actorId: uuid.optional(),
        action: z.string().trim().max(80).optional(),
        targetId: z.string().trim().max(100).optional(),
        tableName: z.string().trim().max(50).optional(),
        from: isoDateTime.optional(),
        to: isoDateTime.optional(),
        cursor: z
          .string()
          .regex(/^\d{1,19}$/, 'cursor must be a sequence number')
          .optional(),
        limit: limit(200, 50),
      })
      .strict(),
    permission: 'audit.read',
    description: 'The audit log, newest first, filtered by actor, action, target, table and time.',
  }),
  'audit.forTarget': query<AuditEntry[]>()({
    input: z.object({ targetId: z.string().trim().min(1).max(100), limit: limit(200, 50) }).strict(),
    permission: 'users.read',
    description: 'Staff actions recorded against one target (a user, a payout, …), newest first.',
  }),
  'audit.verify': query<AuditVerification>()({
    input: z.object({}).strict(),
    permission: 'audit.verify',
    description: 'Recompute the hash chain over the whole log and report the first broken link.',
  }),
};
