// Reading the audit log: newest first, keyset-paginated on its chain order (seq), and the
// chain check the database computes with the same canonical form its insert trigger hashed.
import type { AuditEntry, AuditVerification } from '../../api/contract/audit';
import type { Page } from '../../api/contract/common';
import type { Database } from '../../infra/db/database';

export interface AuditFilters {
  actorId?: string | undefined;
  action?: string | undefined;
  targetId?: string | undefined;
  tableName?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

type Row = Awaited<ReturnType<typeof fetchRows>>[number];

function fetchRows(db: Database, filters: AuditFilters, take: number, beforeSeq?: bigint) {
  return db.prisma.auditLog.findMany({
    where: {
      ...(filters.actorId ? { userId: filters.actorId } : {}),
      ...(filters.action ? { action: { startsWith: filters.action } } : {}),
      ...(filters.targetId ? { targetId: filters.targetId } : {}),
      ...(filters.tableName ? { tableName: filters.tableName } : {}),
      ...(filters.from || filters.to
        ? { timestamp: { ...(filters.from ? { gte: new Date(filters.from) } : {}), ...(filters.to ? { lte: new Date(filters.to) } : {}) } }
        : {}),
      ...(beforeSeq !== undefined ? { seq: { lt: beforeSeq } } : {}),
    },
    orderBy: { seq: 'desc' },
    take,
    include: { actor: { select: { id: true, username: true } } },
  });
}

function toEntry(row: Row): AuditEntry {
  return {
    seq: row.seq.toString(),
    id: row.id,
    at: row.timestamp.toISOString(),
    actor: row.actor ? { id: row.actor.id, username: row.actor.username } : null,
    actorRoles: row.actorRoles,
    action: row.action,
    tableName: row.tableName,
    operation: row.operation,
    targetId: row.targetId,
    reason: row.reason,
    before: row.oldValues,
    after: row.newValues,
    origin: row.origin,
    hash: row.hash,
    prevHash: row.prevHash,
  };
}

export async function listAudit(db: Database, filters: AuditFilters, limit: number, cursor?: string): Promise<Page<AuditEntry>> {
  const rows = await fetchRows(db, filters, limit + 1, cursor ? BigInt(cursor) : undefined);
  const page = rows.slice(0, limit).map(toEntry);
  return { items: page, nextCursor: rows.length > limit ? page[page.length - 1]!.seq : null };
}

export async function auditForTarget(db: Database, targetId: string, limit: number): Promise<AuditEntry[]> {
  return (await fetchRows(db, { targetId }, limit)).map(toEntry);
}

export async function verifyAuditChain(db: Database, now: () => Date): Promise<AuditVerification> {
  const started = performance.now();
  const [result] = await db.prisma.$queryRaw<{ first_bad_seq: bigint | null; checked: bigint }[]>`SELECT first_bad_seq, checked FROM audit_log_verify()`;
  const [head] = await db.prisma.$queryRaw<{ seq: bigint; hash: string }[]>`SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`;
  return {
    ok: result?.first_bad_seq == null,
    checked: Number(result?.checked ?? 0),
    firstBadSeq: result?.first_bad_seq != null ? result.first_bad_seq.toString() : null,
    head: head ? { seq: head.seq.toString(), hash: head.hash } : null,
    verifiedAt: now().toISOString(),
    tookMs: Math.round(performance.now() - started),
  };
}
