// Suspend, ban and lift, each in one transaction with everything that follows from it: the
// users row, the enforcement history, the user's platform sessions revoked, the user's
// notification (a statement of reasons) and the audit row. Expired suspensions lift
// themselves through the same path, with the console as the actor.
import { ApiError } from '../../api/contract/errors';
import { accountActionAllowed, MAX_SUSPENSION_DAYS, type AccountAction, type AccountStatus } from '../../api/contract/enforcement';
import type { EnforcementResult } from '../../api/contract/users';
import type { Database, Tx } from '../../infra/db/database';
import type { Clock } from '../../infra/clock';
import { command, UNCHANGED, type Audit } from '../command';
import { SYSTEM_ACTOR, type Actor } from '../audit/audit-writer';
import { pickAudit } from '../audit/snapshot';

export type EnforcementRequest =
  | { action: 'suspend'; userId: string; reason: string; endsAt: Date }
  | { action: 'ban'; userId: string; reason: string }
  | { action: 'lift'; userId: string; reason: string };

const AUDITED_FIELDS = ['status', 'suspensionReason', 'suspendedAt', 'suspensionEndsAt', 'suspendedById', 'banReason', 'bannedAt', 'bannedById'] as const;
const AUDITED_SELECT = {
  status: true,
  suspensionReason: true,
  suspendedAt: true,
  suspensionEndsAt: true,
  suspendedById: true,
  banReason: true,
  bannedAt: true,
  bannedById: true,
} as const satisfies Record<(typeof AUDITED_FIELDS)[number], true>;

const STATUS_AFTER: Record<AccountAction, AccountStatus> = { suspend: 'SUSPENDED', ban: 'BANNED', lift: 'ACTIVE' };

function refusal(status: AccountStatus, action: AccountAction): string {
  if (action === 'lift') return `The account is ${status.toLowerCase()}: there is nothing to lift.`;
  if (status === 'BANNED') return 'The account is banned. Lift the ban first to set a suspension instead.';
  return `An account that is ${status.toLowerCase()} cannot be ${action === 'ban' ? 'banned' : 'suspended'}.`;
}

function validateEndsAt(endsAt: Date, now: Date): void {
  const minutes = (endsAt.getTime() - now.getTime()) / 60_000;
  if (minutes < 5) {
    throw new ApiError({ code: 'VALIDATION', message: 'The suspension must end at least 5 minutes from now.', fields: [{ path: 'endsAt', message: 'must be at least 5 minutes in the future' }] });
  }
  if (minutes > MAX_SUSPENSION_DAYS * 24 * 60) {
    throw new ApiError({ code: 'VALIDATION', message: `A suspension lasts at most ${MAX_SUSPENSION_DAYS} days; use a ban for longer.`, fields: [{ path: 'endsAt', message: `must be within ${MAX_SUSPENSION_DAYS} days` }] });
  }
}

const formatUtc = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

function notificationFor(request: EnforcementRequest, automatic: boolean) {
  switch (request.action) {
    case 'suspend':
      return {
        type: 'ACCOUNT_SUSPENDED' as const,
        title: 'Your account is suspended',
        body: `Your account is suspended until ${formatUtc(request.endsAt)}. Reason: ${request.reason} You can appeal this decision from your account settings.`,
      };
    case 'ban':
      return {
        type: 'ACCOUNT_BANNED' as const,
        title: 'Your account has been banned',
        body: `Your account has been banned. Reason: ${request.reason} You can appeal this decision from your account settings.`,
      };
    case 'lift':
      return {
        type: 'ACCOUNT_REINSTATED' as const,
        title: 'Your account is active again',
        body: automatic ? 'Your suspension has ended and your account is active again.' : `Your account restrictions were lifted. Reason: ${request.reason}`,
      };
  }
}

async function lockUser(tx: Tx, userId: string) {
  // Row lock first: two staff acting on the same account at once are serialised here.
  await tx.$queryRaw`SELECT id FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
  return tx.user.findUnique({
    where: { id: userId },
    select: { id: true, isDeleted: true, roleAssignments: { select: { roleId: true } }, ...AUDITED_SELECT },
  });
}

/** The change itself, shared by staff actions and the automatic lift. */
async function applyEnforcement(tx: Tx, audit: Audit, actor: Actor, request: EnforcementRequest, now: Date, automatic = false): Promise<EnforcementResult> {
  const user = await lockUser(tx, request.userId);
  if (!user || user.isDeleted) throw new ApiError({ code: 'NOT_FOUND', message: 'No such user (or the account was deleted).' });
  const status = user.status as AccountStatus;
  if (!accountActionAllowed(status, request.action)) throw new ApiError({ code: 'PRECONDITION', message: refusal(status, request.action) });
  if (actor.userId === request.userId) throw new ApiError({ code: 'PRECONDITION', message: 'You cannot take enforcement action on your own account.' });
  if (user.roleAssignments.length > 0 && !actor.roles.includes('admin') && actor.origin !== 'system') {
    throw new ApiError({ code: 'FORBIDDEN', message: 'This is a staff account: only an admin can take enforcement action on it.' });
  }

  const before = pickAudit(user, AUDITED_FIELDS);
  const data =
    request.action === 'suspend'
      ? { status: 'SUSPENDED' as const, suspensionReason: request.reason, suspendedAt: now, suspensionEndsAt: request.endsAt, suspendedById: actor.userId }
      : request.action === 'ban'
        ? { status: 'BANNED' as const, banReason: request.reason, bannedAt: now, bannedById: actor.userId, suspensionEndsAt: null }
        : { status: 'ACTIVE' as const, suspensionReason: null, suspendedAt: null, suspensionEndsAt: null, suspendedById: null, banReason: null, bannedAt: null, bannedById: null };
  const updated = await tx.user.update({ where: { id: request.userId }, data, select: AUDITED_SELECT });

  const revoked =
    request.action === 'lift'
      ? { count: 0 }
      : await tx.userSession.updateMany({
          where: { userId: request.userId, isActive: true },
          data: { isActive: false, revokedAt: now, revokedById: actor.userId, revokedReason: request.action === 'ban' ? 'Account banned' : 'Account suspended' },
        });

  if (request.action === 'lift') {
    await tx.enforcementAction.updateMany({
      where: { userId: request.userId, action: { in: ['SUSPEND', 'BAN'] }, liftedAt: null },
      data: { liftedAt: now, liftedById: actor.userId },
    });
  }
  await tx.enforcementAction.create({
    data: {
      userId: request.userId,
      action: request.action === 'suspend' ? 'SUSPEND' : request.action === 'ban' ? 'BAN' : status === 'BANNED' ? 'UNBAN' : 'LIFT_SUSPENSION',
      reason: request.reason,
      startsAt: now,
      endsAt: request.action === 'suspend' ? request.endsAt : null,
      actorId: actor.userId,
    },
  });

  const message = notificationFor(request, automatic);
  const notification = await tx.notification.create({
    data: {
      userId: request.userId,
      type: message.type,
      title: message.title,
      body: message.body,
      channels: ['IN_APP', 'EMAIL'],
      priority: 'HIGH',
      status: 'PENDING',
      data: { reason: request.reason, action: request.action },
    },
    select: { id: true },
  });

  const receipt = await audit({
    action: `user.${request.action}${automatic ? '.expired' : ''}`,
    tableName: 'users',
    operation: 'UPDATE',
    targetId: request.userId,
    reason: request.reason,
    before,
    after: { ...pickAudit(updated, AUDITED_FIELDS), sessionsRevoked: revoked.count, notificationId: notification.id },
  });

  return {
    userId: request.userId,
    status: STATUS_AFTER[request.action],
    sessionsRevoked: revoked.count,
    notificationId: notification.id,
    auditSeq: receipt.seq.toString(),
  };
}

export async function enforce(db: Database, actor: Actor, request: EnforcementRequest, clock: Clock): Promise<EnforcementResult> {
  const now = clock.now();
  if (request.action === 'suspend') validateEndsAt(request.endsAt, now);
  return command(db, actor, (tx, audit) => applyEnforcement(tx, audit, actor, request, now));
}

/**
 * Lifts every suspension whose end time has passed, each in its own transaction, with the
 * console as the actor. Safe to run from several consoles at once: SKIP LOCKED hands each
 * expired suspension to one of them, and the state check inside makes a repeat a no-op.
 * A user that cannot be lifted is reported and skipped, never retried in a tight loop.
 */
export async function liftExpiredSuspensions(
  db: Database,
  clock: Clock,
  onError: (userId: string, error: unknown) => void = () => {},
  batch = 100,
): Promise<number> {
  let lifted = 0;
  const failed: string[] = [];
  for (;;) {
    const due = await db.prisma.$queryRaw<{ id: string }[]>`
      SELECT id FROM users
       WHERE status = 'SUSPENDED' AND suspension_ends_at <= ${clock.now()} AND NOT is_deleted
         AND NOT (id = ANY(${failed}::uuid[]))
       ORDER BY suspension_ends_at LIMIT ${batch}`;
    for (const { id } of due) {
      try {
        const outcome = await command(db, SYSTEM_ACTOR, async (tx, audit) => {
          const claimed = await tx.$queryRaw<{ id: string }[]>`
            SELECT id FROM users WHERE id = ${id}::uuid AND status = 'SUSPENDED' AND suspension_ends_at <= ${clock.now()}
            FOR UPDATE SKIP LOCKED`;
          if (claimed.length === 0) return UNCHANGED; // lifted or being lifted elsewhere
          return applyEnforcement(tx, audit, SYSTEM_ACTOR, { action: 'lift', userId: id, reason: 'The suspension period ended.' }, clock.now(), true);
        });
        if (outcome !== UNCHANGED) lifted++;
      } catch (error) {
        failed.push(id);
        onError(id, error);
      }
    }
    if (due.length < batch) return lifted;
  }
}
