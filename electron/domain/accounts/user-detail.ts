// Everything the user page shows on first paint, in one round of parallel indexed queries
// (each bounded: recent items only, counts from denormalised counters or small indexed sets).
import { ApiError } from '../../api/contract/errors';
import { allowedAccountActions, type AccountStatus } from '../../api/contract/enforcement';
import type { ContentSummary, PlatformRole, UserDetail } from '../../api/contract/users';
import type { Database } from '../../infra/db/database';
import { maskEmail, maskPhone, maskedValue } from './masking';

const RECENT = 8;
const cents = (value: { toString(): string } | null | undefined) => (value == null ? 0 : Math.round(Number(value.toString()) * 100));
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export async function getUserDetail(db: Database, id: string, options: { canSeePii: boolean; now: Date }): Promise<UserDetail> {
  const p = db.prisma;
  const user = await p.user.findUnique({ where: { id } });
  if (!user) throw new ApiError({ code: 'NOT_FOUND', message: 'No user with this id.' });

  const [videos, posts, comments, streams, payments, enforcement, activeSessions, activeStrikes] = await Promise.all([
    p.video.findMany({ where: { ownerId: id }, orderBy: { createdAt: 'desc' }, take: RECENT, select: { id: true, title: true, createdAt: true, moderationStatus: true, visibility: true, viewCount: true } }),
    p.post.findMany({ where: { ownerId: id }, orderBy: { createdAt: 'desc' }, take: RECENT, select: { id: true, content: true, createdAt: true, moderationStatus: true, visibility: true, viewCount: true } }),
    p.comment.findMany({ where: { userId: id }, orderBy: { createdAt: 'desc' }, take: RECENT, select: { id: true, content: true, createdAt: true, moderationStatus: true } }),
    p.liveStream.findMany({ where: { streamerId: id }, orderBy: { createdAt: 'desc' }, take: RECENT, select: { id: true, title: true, createdAt: true, status: true, visibility: true, totalViews: true } }),
    p.payment.findMany({ where: { userId: id }, orderBy: { createdAt: 'desc' }, take: RECENT, select: { id: true, paymentType: true, status: true, amount: true, refundedAmount: true, currency: true, createdAt: true, description: true } }),
    p.enforcementAction.findMany({ where: { userId: id }, orderBy: { createdAt: 'desc' }, take: 20, include: { actor: { select: { id: true, username: true } } } }),
    p.userSession.count({ where: { userId: id, isActive: true } }),
    p.strike.count({ where: { userId: id, removedAt: null, expiresAt: { gt: options.now } } }),
  ]);

  const recentContent: ContentSummary[] = [
    ...videos.map((v) => ({ kind: 'video' as const, id: v.id, title: v.title, createdAt: v.createdAt.toISOString(), moderationStatus: v.moderationStatus, visibility: v.visibility, views: Number(v.viewCount) })),
    ...posts.map((x) => ({ kind: 'post' as const, id: x.id, title: x.content.slice(0, 140), createdAt: x.createdAt.toISOString(), moderationStatus: x.moderationStatus, visibility: x.visibility, views: Number(x.viewCount) })),
    ...comments.map((c) => ({ kind: 'comment' as const, id: c.id, title: c.content.slice(0, 140), createdAt: c.createdAt.toISOString(), moderationStatus: c.moderationStatus, visibility: null, views: null })),
    ...streams.map((s) => ({ kind: 'live_stream' as const, id: s.id, title: s.title, createdAt: s.createdAt.toISOString(), moderationStatus: s.status, visibility: s.visibility, views: Number(s.totalViews) })),
  ]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, 12);

  const status = user.status as AccountStatus;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: maskedValue(user.email, options.canSeePii, maskEmail),
    phone: maskedValue(user.phoneNumber, options.canSeePii, maskPhone),
    bio: user.bio,
    avatarUrl: user.avatarUrl,
    role: user.role as PlatformRole,
    status,
    isVerified: user.isVerified,
    twoFactorEnabled: user.twoFactorEnabled,
    createdAt: user.createdAt.toISOString(),
    lastLoginAt: iso(user.lastLoginAt),
    suspension: status === 'SUSPENDED' ? { reason: user.suspensionReason, since: iso(user.suspendedAt), endsAt: iso(user.suspensionEndsAt) } : null,
    ban: status === 'BANNED' ? { reason: user.banReason, since: iso(user.bannedAt) } : null,
    counts: {
      followers: Number(user.followerCount),
      following: Number(user.followingCount),
      videos: Number(user.videoCount),
      posts: Number(user.postCount),
      totalViews: Number(user.totalViews),
      activeSessions,
      activeStrikes,
    },
    money: {
      stripeCustomerId: user.stripeCustomerId,
      stripeConnectAccountId: user.stripeConnectAccountId,
      connectOnboarded: user.stripeConnectOnboarded,
      totalRevenueCents: cents(user.totalRevenue),
      pendingPayoutCents: cents(user.pendingPayout),
      lifetimePayoutCents: cents(user.lifetimePayout),
    },
    recentContent,
    payments: payments.map((pay) => ({
      id: pay.id,
      type: pay.paymentType,
      status: pay.status,
      amountCents: cents(pay.amount),
      refundedCents: cents(pay.refundedAmount),
      currency: pay.currency,
      createdAt: pay.createdAt.toISOString(),
      description: pay.description,
    })),
    enforcement: enforcement.map((e) => ({
      id: e.id,
      action: e.action,
      reason: e.reason,
      createdAt: e.createdAt.toISOString(),
      endsAt: iso(e.endsAt),
      liftedAt: iso(e.liftedAt),
      actor: e.actor ? { id: e.actor.id, username: e.actor.username } : null,
    })),
    allowedActions: allowedAccountActions(status),
  };
}
