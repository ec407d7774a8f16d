// notifications, user_analytics, system_metrics, and the console's own tables: audit_log,
// saved_views, staff_notes, console_settings, staff_preferences.
import { DAY, HOUR, MINUTE, money, ts, date } from '../../lib/format';
import { DEMO_STAFF } from '../../demo-staff';
import { commentAuthor } from '../content';
import type { Ctx } from '../ctx';
import { caseStateOf, caseFacts, appealOf } from '../moderation';
import { POLICIES } from '../policies';
import type { TableGen } from '../table';
import { bool, idOr, json, nul, text } from '../text';
import { TARGET_KINDS, type World } from '../world';
import { enforcementOf } from './people';
import { adFacts } from './ads';

type NotificationKind = 'FOLLOW' | 'LIKE' | 'COMMENT' | 'MENTION' | 'VIDEO_LIKE' | 'VIDEO_COMMENT' | 'VIDEO_PROCESSED' | 'LIVE_STREAM_STARTED' | 'STREAM_DONATION' | 'PAYOUT_PROCESSED' | 'SUBSCRIPTION_RENEWED' | 'SUBSCRIPTION_EXPIRING' | 'CONTENT_REMOVED' | 'CONTENT_FLAGGED' | 'ACCOUNT_WARNING' | 'SECURITY_ALERT' | 'SYSTEM_ANNOUNCEMENT' | 'FEATURE_UPDATE' | 'COPYRIGHT_CLAIM' | 'PAYMENT_FAILED';
const KINDS: NotificationKind[] = ['FOLLOW', 'LIKE', 'COMMENT', 'MENTION', 'VIDEO_LIKE', 'VIDEO_COMMENT', 'VIDEO_PROCESSED', 'LIVE_STREAM_STARTED', 'STREAM_DONATION', 'PAYOUT_PROCESSED', 'SUBSCRIPTION_RENEWED', 'SUBSCRIPTION_EXPIRING', 'CONTENT_REMOVED', 'CONTENT_FLAGGED', 'ACCOUNT_WARNING', 'SECURITY_ALERT', 'SYSTEM_ANNOUNCEMENT', 'FEATURE_UPDATE', 'COPYRIGHT_CLAIM', 'PAYMENT_FAILED'];
const WEIGHTS = [14, 18, 10, 4, 12, 8, 4, 5, 2, 2, 3, 1, 1, 1, 1, 2, 2, 2, 1, 1];

export const notifications: TableGen = {
  table: 'notifications',
  columns: [
    'id', 'user_id', 'actor_id', 'type', 'channels', 'priority', 'status', 'title', 'body', 'action_url', 'data', 'video_id', 'post_id', 'comment_id', 'livestream_id', 'sent_at', 'delivered_at',
    'read_at', 'clicked_at', 'failed_at', 'failure_reason', 'group_key', 'expires_at', 'created_at', 'updated_at',
  ],
  estimate: (ctx) => ctx.w.sizes.notifications,
  *rows(ctx) {
    const { w } = ctx;
    const rng = w.rng('notification');
    const space = w.space('notification');
    const total = w.sizes.notifications;
    for (let k = 0; k < total; k++) {
      rng.at(k);
      const t = w.t0 + ((k + rng.float()) / total) * (w.now - w.t0 - MINUTE);
      const kind = rng.weighted(KINDS, WEIGHTS);
      let user = w.userAt(t, rng.float());
      let actor: number | null = w.userAt(t, rng.float());
      let title = '';
      let body: string | null = null;
      let video = -1;
      let post = -1;
      let comment = -1;
      let stream = -1;
      let url = '/';
      let priority = 'NORMAL';
      const actorName = () => `@${w.userName(actor!).username}`;
      switch (kind) {
        case 'FOLLOW':
          user = w.creatorUser(Math.floor(rng.float() * w.creatorsAt(t)));
          title = `${actorName()} started following you`;
          url = `/u/${w.userName(actor).username}`;
          break;
        case 'LIKE':
        case 'MENTION':
        case 'COMMENT': {
          post = Math.max(0, w.posts.indexAt(t) - 1 - rng.int(500));
          user = w.postOwner(post);
          if (kind === 'COMMENT') {
            const b = Math.max(0, w.commentTimes.indexAt(t) - 1 - rng.int(50));
            comment = b * 4;
            actor = commentAuthor(w, b, 0);
          }
          title = kind === 'LIKE' ? `${actorName()} liked your post` : kind === 'MENTION' ? `${actorName()} mentioned you in a post` : `${actorName()} commented on your post`;
          url = `/p/${w.postId(post)}`;
          break;
        }
        case 'VIDEO_LIKE':
        case 'VIDEO_COMMENT':
        case 'VIDEO_PROCESSED': {
          video = Math.max(0, w.videosAt(t) - 1 - rng.int(300));
          user = w.creatorUser(w.videoCreator(video));
          if (kind === 'VIDEO_PROCESSED') actor = null;
          title = kind === 'VIDEO_LIKE' ? `${actorName()} liked your video` : kind === 'VIDEO_COMMENT' ? `${actorName()} commented on your video` : 'Your video is ready';
          body = kind === 'VIDEO_PROCESSED' ? 'Processing finished: your video is now available in HD.' : null;
          url = `/v/${w.videoId(video)}`;
          break;
        }
        case 'LIVE_STREAM_STARTED':
        case 'STREAM_DONATION': {
          stream = Math.min(w.sizes.liveStreams - 1, Math.floor(rng.float() * w.sizes.liveStreams));
          const streamer = w.creatorUser(w.streamCreator(stream));
          if (kind === 'STREAM_DONATION') user = streamer;
          else actor = streamer;
          title = kind === 'STREAM_DONATION' ? `${actorName()} sent you a donation` : `${actorName()} is live now`;
          url = `/live/${w.streamId(stream)}`;
          break;
        }
        case 'PAYOUT_PROCESSED':
          user = w.creatorUser(Math.floor(rng.float() * w.creatorsAt(t)));
          actor = null;
          title = 'Your payout is on its way';
          body = `We sent ${money(2_000 + rng.int(80_000))} USD to your bank account ending in ${1000 + rng.int(9000)}.`;
          url = '/studio/earnings';
          break;
        case 'SUBSCRIPTION_RENEWED':
        case 'SUBSCRIPTION_EXPIRING':
        case 'PAYMENT_FAILED':
          actor = null;
          title = kind === 'SUBSCRIPTION_RENEWED' ? 'Your membership renewed' : kind === 'SUBSCRIPTION_EXPIRING' ? 'Your membership ends in 3 days' : 'Your payment failed';
          body = kind === 'PAYMENT_FAILED' ? 'Your card was declined. Update your payment method to keep your membership.' : null;
          priority = kind === 'PAYMENT_FAILED' ? 'HIGH' : 'NORMAL';
          url = '/settings/billing';
          break;
        case 'CONTENT_REMOVED':
        case 'CONTENT_FLAGGED':
        case 'ACCOUNT_WARNING': {
          actor = null;
          const p = POLICIES[rng.int(10)]!;
          title = kind === 'CONTENT_REMOVED' ? 'We removed your content' : kind === 'CONTENT_FLAGGED' ? 'Your content is under review' : 'Your account received a warning';
          body = `${p.userFacingText} Policy: ${p.title}. You can appeal from your account settings.`;
          priority = 'HIGH';
          url = '/settings/account-status';
          break;
        }
        case 'SECURITY_ALERT':
          actor = null;
          title = 'New sign-in to your account';
          body = `A new sign-in from ${rng.pick(['Chrome on Windows', 'Safari on iPhone', 'Firefox on Linux'])} near ${w.userRegion(user).cities[0]}. If this wasn't you, change your password.`;
          priority = 'URGENT';
          url = '/settings/security';
          break;
        case 'SYSTEM_ANNOUNCEMENT':
        case 'FEATURE_UPDATE':
          actor = null;
          title = kind === 'SYSTEM_ANNOUNCEMENT' ? 'Scheduled maintenance on Sunday 03:00 UTC' : 'New: schedule your live streams';
          body = kind === 'SYSTEM_ANNOUNCEMENT' ? 'Uploads may be slower for about 30 minutes.' : 'Pick a time, share the link, and we will remind your followers.';
          priority = 'LOW';
          url = '/whats-new';
          break;
        case 'COPYRIGHT_CLAIM':
          actor = null;
          video = Math.max(0, w.videosAt(t) - 1 - rng.int(300));
          user = w.creatorUser(w.videoCreator(video));
          title = 'Copyright claim on your video';
          body = 'A rights holder claimed music in your video. Their policy: monetize. You can dispute the claim if you have the rights.';
          url = `/studio/copyright`;
          break;
      }
      if (actor === user) actor = null;
      const x = rng.float();
      const recent = t > w.now - 3 * HOUR;
      const status = recent && x < 0.5 ? 'PENDING' : x < 0.05 ? 'FAILED' : x < 0.2 ? 'SENT' : x < 0.45 ? 'DELIVERED' : 'READ';
      const sent = status === 'PENDING' ? null : t + 2_000;
      const delivered = status === 'DELIVERED' || status === 'READ' ? t + 4_000 : null;
      const read = status === 'READ' ? Math.min(w.now - 1000, t + rng.int(3000) * MINUTE) : null;
      const channels = priority === 'URGENT' || priority === 'HIGH' ? '{IN_APP,EMAIL,PUSH}' : rng.chance(0.6) ? '{IN_APP,PUSH}' : '{IN_APP}';
      yield [
        space.id(k), w.userId(user), actor === null ? nul : w.userId(actor), kind, channels, priority, status, text(title), text(body), url,
        json({ kind: kind.toLowerCase() }), video < 0 ? nul : w.videoId(video), post < 0 ? nul : w.postId(post), comment < 0 ? nul : w.commentId(comment), stream < 0 ? nul : w.streamId(stream),
        sent === null ? nul : ts(sent), delivered === null ? nul : ts(delivered), read === null ? nul : ts(read), read !== null && rng.chance(0.3) ? ts(read + 2_000) : nul,
        status === 'FAILED' ? ts(t + 3_000) : nul, status === 'FAILED' ? text(rng.pick(['APNs: 410 Unregistered (token expired)', 'FCM: UNREGISTERED', 'SMTP 550: mailbox unavailable'])) : nul,
        post >= 0 && kind === 'LIKE' ? `likes:post:${w.postId(post)}` : video >= 0 && kind === 'VIDEO_LIKE' ? `likes:video:${w.videoId(video)}` : nul, ts(t + 30 * DAY), ts(t), ts(read ?? delivered ?? sent ?? t),
      ].join('\t') + '\n';
    }
  },
};

export const userAnalytics: TableGen = {
  table: 'user_analytics',
  columns: ['id', 'user_id', 'date', 'profile_views', 'post_impressions', 'post_engagements', 'followers_gained', 'followers_lost', 'total_likes', 'total_comments', 'total_shares', 'created_at'],
  estimate: (ctx) => ctx.w.sizes.userAnalytics,
  *rows(ctx) {
    const { w } = ctx;
    const space = w.space('user-analytics');
    const days = 14;
    const rate = w.sizes.userAnalytics / days / w.n;
    const rng = w.rng('user-analytics');
    for (let u = 0; u < w.n; u++) {
      if (!w.isCreator(u) && w.u('ua', u) >= rate) continue;
      if (w.isCreator(u) && w.u('ua', u) >= rate * 4) continue;
      for (let d = 1; d <= days; d++) {
        const day = Math.floor((w.now - d * DAY) / DAY) * DAY;
        if (day < w.userCreatedAt(u)) continue;
        rng.at(u, d);
        const impressions = Math.floor(Math.pow(rng.float(), 2) * (w.isCreator(u) ? 20_000 : 400));
        yield [space.id(u * 16 + d), w.userId(u), date(day), String(Math.floor(impressions * 0.08)), String(impressions), String(Math.floor(impressions * 0.05)), String(rng.int(w.isCreator(u) ? 80 : 3)), String(rng.int(w.isCreator(u) ? 12 : 1)), String(Math.floor(impressions * 0.03)), String(Math.floor(impressions * 0.006)), String(Math.floor(impressions * 0.002)), ts(day + DAY + 2 * HOUR)].join('\t') + '\n';
      }
    }
  },
};

const METRICS = [
  { name: 'api.latency_p95_ms', base: 180, swing: 90 },
  { name: 'api.requests_per_min', base: 42_000, swing: 30_000 },
  { name: 'api.error_rate_pct', base: 0.3, swing: 0.4 },
  { name: 'db.connections_in_use', base: 120, swing: 80 },
  { name: 'moderation.queue_depth', base: 1_800, swing: 900 },
  { name: 'video.transcode_backlog', base: 40, swing: 60 },
  { name: 'cdn.egress_gbps', base: 38, swing: 30 },
  { name: 'live.active_streams', base: 900, swing: 700 },
];

export const systemMetrics: TableGen = {
  table: 'system_metrics',
  columns: ['id', 'metric_name', 'metric_value', 'tags', 'timestamp'],
  estimate: (ctx) => METRICS.length * 24 * (ctx.w.profile === 'demo' ? 30 : 90),
  *rows(ctx) {
    const { w } = ctx;
    const hours = 24 * (w.profile === 'demo' ? 30 : 90);
    const space = w.space('system-metric');
    const start = Math.floor(w.now / HOUR) * HOUR - hours * HOUR;
    for (let h = 0; h < hours; h++) {
      const t = start + h * HOUR;
      const hour = new Date(t).getUTCHours();
      const load = 0.5 + 0.5 * Math.sin(((hour - 8) / 24) * 2 * Math.PI);
      for (const [m, metric] of METRICS.entries()) {
        const spike = w.u('metric-spike', h, m) < 0.01 ? 2.5 : 1;
        const value = Math.max(0, (metric.base + metric.swing * (load - 0.5) + metric.swing * 0.2 * (w.u('metric', h, m) - 0.5)) * spike);
        yield `${space.id(h * 16 + m)}\t${metric.name}\t${value.toFixed(4)}\t${json({ region: ['us-east-1', 'eu-west-1', 'ap-southeast-1'][h % 3], service: metric.name.split('.')[0] })}\t${ts(t)}\n`;
      }
    }
  },
};

export interface AuditEntry {
  t: number;
  actor: string | null;
  roles: string[];
  action: string;
  table: string;
  operation: 'INSERT' | 'UPDATE' | 'DELETE' | 'ACTION';
  target: string | null;
  reason: string | null;
  before: unknown;
  after: unknown;
}

const ROLES_BY_STAFF = (w: World) => new Map(DEMO_STAFF.map((s, i) => [w.staff.all[i]!, [s.role]]));

/** Staff actions behind the world's history, oldest first, thinned to the audit budget. */
export function auditEntries(ctx: Ctx): AuditEntry[] {
  const { w } = ctx;
  const roles = ROLES_BY_STAFF(w);
  const out: AuditEntry[] = [];
  const add = (e: Omit<AuditEntry, 'roles'>) => out.push({ ...e, roles: e.actor ? roles.get(e.actor) ?? [] : [] });
  const budget = w.sizes.auditRows;
  // Moderation decisions and escalations (sampled so that the budget is spread across sources).
  const casesBudget = budget * 0.45;
  const caseRate = Math.min(1, casesBudget / Math.max(1, estimateResolved(w)));
  for (const kind of TARGET_KINDS) {
    const count = kind === 'COMMENT' ? w.sizes.commentBlocks * 4 : kind === 'VIDEO' ? w.sizes.videos : kind === 'POST' ? w.sizes.posts : kind === 'LIVE_STREAM' ? w.sizes.liveStreams : kind === 'STREAM_CHAT_MESSAGE' ? w.sizes.chatMessages : kind === 'MEDIA_FILE' ? w.sizes.mediaFiles : w.n;
    // Visit a sample of the targets (every `stride`-th), so the cost does not grow with the table.
    const stride = Math.max(1, Math.floor(1 / Math.max(caseRate, 1e-6) / 4));
    const rate = Math.min(1, caseRate * stride);
    for (let i = 0; i < count; i += stride) {
      if (kind === 'COMMENT' && i % 4 >= ctx.social.blockSize(Math.floor(i / 4))) continue;
      const state = caseStateOf(ctx, kind, i);
      if (state === 0 || w.u('audit-case', i, TARGET_KINDS.indexOf(kind)) >= rate) continue;
      const f = caseFacts(ctx, kind, i, state);
      if (f.escalation) add({ t: f.escalation.at, actor: f.escalation.by, action: 'moderation.escalate', table: 'moderation_cases', operation: 'UPDATE', target: f.id, reason: f.escalation.reason, before: { status: 'OPEN' }, after: { status: 'ESCALATED' } });
      if (f.resolution) {
        const p = POLICIES[f.policy]!;
        add({ t: f.resolution.at, actor: f.resolution.by, action: 'moderation.decide', table: 'moderation_cases', operation: 'UPDATE', target: f.id, reason: `${p.code}: ${p.title}`, before: { status: 'OPEN' }, after: { status: 'RESOLVED', action: f.resolution.action, policy: p.code } });
        const appeal = appealOf(ctx, f);
        if (appeal && appeal.status !== 'PENDING') add({ t: appeal.decidedAt!, actor: appeal.decidedBy, action: 'appeal.decide', table: 'appeals', operation: 'UPDATE', target: appeal.id, reason: appeal.status === 'OVERTURNED' ? 'Context shows this was not a violation' : 'Decision stands', before: { status: 'PENDING' }, after: { status: appeal.status } });
      }
    }
  }
  // Payouts.
  const payoutRate = Math.min(1, (budget * 0.35) / Math.max(1, w.sizes.creators * 3));
  for (let c = 0; c < w.sizes.creators; c++) {
    if (w.u('audit-payout', c) >= payoutRate * 2) continue;
    const story = ctx.money.story(c);
    for (const p of story.payouts) {
      p.approvers.forEach((approver, a) => add({ t: (p.processedAt ?? p.createdAt + 3 * HOUR) - (p.approvers.length - a) * 45 * MINUTE, actor: approver, action: 'payout.approve', table: 'payouts', operation: 'UPDATE', target: p.id, reason: null, before: { status: 'PENDING', approvals: a }, after: { status: a + 1 >= p.requiredApprovals ? 'PROCESSING' : 'PENDING', approvals: a + 1, amount: money(p.amount) } }));
      if (p.status === 'PAID') add({ t: p.paidAt!, actor: null, action: 'payout.paid', table: 'payouts', operation: 'UPDATE', target: p.id, reason: null, before: { status: 'PROCESSING' }, after: { status: 'PAID' } });
      if (p.status === 'FAILED') add({ t: p.failedAt!, actor: null, action: 'payout.failed', table: 'payouts', operation: 'UPDATE', target: p.id, reason: p.failure!.reason, before: { status: 'PROCESSING' }, after: { status: 'FAILED', failure_code: p.failure!.code } });
      if (p.status === 'CANCELLED') add({ t: p.cancelledAt!, actor: w.staff.finance, action: 'payout.cancel', table: 'payouts', operation: 'UPDATE', target: p.id, reason: p.cancellation, before: { status: 'PENDING' }, after: { status: 'CANCELLED' } });
      if (p.hold?.kind === 'MANUAL') add({ t: p.hold.at, actor: p.hold.by, action: 'payout.hold', table: 'payouts', operation: 'UPDATE', target: p.id, reason: p.hold.reason, before: { held: false }, after: { held: true } });
    }
    for (const pay of story.payments) {
      if (pay.refund) add({ t: pay.refund.t - 3 * MINUTE, actor: w.staff.finance, action: 'refund.approve', table: 'refunds', operation: 'UPDATE', target: ctx.money.refundId(pay.key), reason: pay.refund.reason, before: { status: 'PENDING_APPROVAL' }, after: { status: 'PENDING', amount: money(pay.refund.amount) } });
    }
  }
  // Enforcement.
  for (let i = 0; i < w.n; i++) {
    const e = enforcementOf(ctx, i);
    if (!e) continue;
    add({ t: e.at, actor: e.by, action: e.kind === 'BAN' ? 'user.ban' : 'user.suspend', table: 'users', operation: 'UPDATE', target: w.userId(i), reason: e.reason, before: { status: 'ACTIVE' }, after: { status: e.kind === 'BAN' ? 'BANNED' : 'SUSPENDED', suspensionEndsAt: e.endsAt ? new Date(e.endsAt).toISOString() : null } });
  }
  // Ad reviews.
  for (let a = 0; a < w.adCount(); a++) {
    const f = adFacts(ctx, a);
    if (f.reviewedAt === null) continue;
    add({ t: f.reviewedAt, actor: w.staff.ads, action: 'ad.review', table: 'ads', operation: 'UPDATE', target: w.adId(a), reason: null, before: { review_status: 'PENDING_REVIEW' }, after: { review_status: f.review.status === 'PENDING_REVIEW' ? 'APPROVED' : f.review.status } });
  }
  // Staff sign-ins, every working day.
  for (let d = 60; d >= 1; d--) {
    for (const [k, staffId] of w.staff.all.entries()) {
      if (w.u('audit-signin', d, k) < 0.25) continue;
      add({ t: w.now - d * DAY + k * HOUR + Math.floor(w.u('audit-signin-t', d, k) * HOUR), actor: staffId, action: 'auth.sign_in', table: 'users', operation: 'ACTION', target: staffId, reason: null, before: null, after: { origin: k % 3 === 0 ? 'web' : 'desktop' } });
    }
  }
  out.sort((a, b) => a.t - b.t);
  if (out.length <= budget) return out;
  const keep = budget / out.length;
  return out.filter((_, i) => w.u('audit-keep', i) < keep);
}

function estimateResolved(w: World): number {
  const s = w.sizes;
  return s.videos * s.resolvedCaseRate.VIDEO + s.posts * s.resolvedCaseRate.POST + s.commentBlocks * 2.45 * (s.resolvedCaseRate.COMMENT + 0.01) + w.n * s.resolvedCaseRate.USER_PROFILE + s.mediaFiles * s.resolvedCaseRate.MEDIA_FILE + s.chatMessages * s.resolvedCaseRate.STREAM_CHAT_MESSAGE;
}

export const auditLog: TableGen = {
  table: 'audit_log',
  columns: ['id', 'table_name', 'operation', 'old_values', 'new_values', 'user_id', 'timestamp', 'action', 'target_id', 'reason', 'actor_roles', 'origin'],
  estimate: (ctx) => ctx.w.sizes.auditRows,
  *rows(ctx) {
    const { w } = ctx;
    const space = w.space('audit');
    const entries = auditEntries(ctx);
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      yield [space.id(i), e.table, e.operation, e.before === null ? nul : json(e.before), e.after === null ? nul : json(e.after), idOr(e.actor), ts(e.t), e.action, text(e.target), text(e.reason), e.roles.length ? `{${e.roles.join(',')}}` : '{}', e.actor ? (w.u('audit-origin', i) < 0.3 ? 'web' : 'desktop') : 'system'].join('\t') + '\n';
    }
  },
};

export const savedViews: TableGen = {
  table: 'saved_views',
  columns: ['id', 'staff_id', 'table_name', 'name', 'config', 'created_at', 'updated_at'],
  estimate: () => 9,
  *rows(ctx) {
    const { w } = ctx;
    const views: [string, string, string, unknown][] = [
      [w.staff.support, 'users', 'Suspended this week', { filters: [{ column: 'status', op: 'eq', value: 'SUSPENDED' }, { column: 'suspended_at', op: 'gte', value: 'now-7d' }], sort: [{ column: 'suspended_at', dir: 'desc' }] }],
      [w.staff.support, 'payments', 'Disputed payments', { filters: [{ column: 'status', op: 'eq', value: 'DISPUTED' }], sort: [{ column: 'disputed_at', dir: 'desc' }] }],
      [w.staff.finance, 'payouts', 'Large pending payouts', { filters: [{ column: 'status', op: 'eq', value: 'PENDING' }, { column: 'amount', op: 'gt', value: 1000 }], sort: [{ column: 'amount', dir: 'desc' }] }],
      [w.staff.finance, 'transactions', 'Chargebacks (30 days)', { filters: [{ column: 'transaction_type', op: 'eq', value: 'CHARGEBACK' }, { column: 'created_at', op: 'gte', value: 'now-30d' }] }],
      [w.staff.moderator, 'moderation_cases', 'My escalations', { filters: [{ column: 'status', op: 'eq', value: 'ESCALATED' }, { column: 'escalated_by_id', op: 'eq', value: w.staff.moderator }] }],
      [w.staff.senior, 'keyword_rules', 'Disabled rules', { filters: [{ column: 'is_enabled', op: 'eq', value: false }] }],
      [w.staff.rights, 'catalog_videos', 'Ownership conflicts', { filters: [{ column: 'claimed_by_another_owner', op: 'eq', value: true }], columns: ['title', 'isrc', 'upc', 'other_owners_claiming'] }],
      [w.staff.ads, 'ads', 'Flagged by pre-screen', { filters: [{ column: 'prescreen_outcome', op: 'eq', value: 'AUTO_FLAGGED' }] }],
      [w.staff.admin, 'audit_log', 'Settings changes', { filters: [{ column: 'action', op: 'startsWith', value: 'settings.' }] }],
    ];
    for (const [i, [staff, table, name, config]] of views.entries()) yield [w.space('saved-view').id(i), staff, table, text(name), json(config), ts(w.now - (30 - i) * DAY), ts(w.now - (10 - i) * DAY)].join('\t') + '\n';
  },
};

const NOTES = [
  'Called the creator: they confirmed the tips were from a fan club, not fraud.',
  'User asked for data export on the phone; sent the self-service link.',
  'Repeat offender: three prior warnings for spam. Next step is a suspension.',
  'Chargeback evidence submitted to Stripe (receipts + IP logs).',
  'Account recovered after SIM swap; 2FA reset and sessions revoked.',
  'Press inquiry about this account — route to comms before acting.',
];

export const staffNotes: TableGen = {
  table: 'staff_notes',
  columns: ['id', 'target_type', 'target_id', 'author_id', 'body', 'created_at'],
  estimate: (ctx) => Math.round(ctx.w.n * 0.004),
  *rows(ctx) {
    const { w } = ctx;
    const authors = [w.staff.support, w.staff.moderator, w.staff.finance, w.staff.senior];
    for (let i = 0; i < w.n; i++) {
      const enforced = enforcementOf(ctx, i) !== null;
      if (!enforced && w.u('staff-note', i) >= 0.002) continue;
      const at = Math.max(w.userCreatedAt(i) + HOUR, w.now - Math.floor(w.u('staff-note-t', i) * 60) * DAY);
      yield [w.space('staff-note').id(i), 'users', w.userId(i), authors[i % authors.length]!, text(NOTES[i % NOTES.length]!), ts(at)].join('\t') + '\n';
    }
  },
};

/** Console-wide settings (the keys SettingsStore reads are plain numbers). */
export function consoleSettingRows(): [string, unknown, string][] {
  return [
    ['idleLockMinutes', 15, 'Lock the console after this many idle minutes'],
    ['payoutSecondApprovalCents', 100_000, 'Payouts above this amount (cents) need a second finance approver'],
    ['refundSecondApprovalCents', 50_000, 'Refunds above this amount (cents) need a second approver'],
    ['moderationLeaseMinutes', 10, 'How long a claimed moderation case stays with its moderator'],
    ['moderation.slaHours', { LOW: 72, MEDIUM: 24, HIGH: 4, CRITICAL: 1 }, 'Target time to action per severity'],
    ['moderation.secondReviewSampleRate', 0.1, 'Share of decisions sampled for a blind second review'],
    ['moderation.breakPromptAfterExposures', 25, 'Suggest a break after this many revealed graphic items'],
    ['copyright.strikeExpiryDays', 90, 'Copyright strikes expire after this many days'],
    ['ads.reviewLeaseMinutes', 10, 'How long a claimed ad review stays with its reviewer'],
    ['payouts.minimumCents', 1_000, 'Balances below this are carried over to the next period'],
  ].map(([k, v, d]) => [k as string, v, d as string]) as [string, unknown, string][];
}

export const consoleSettings: TableGen = {
  table: 'console_settings',
  columns: ['id', 'key', 'value', 'description', 'updated_by_id', 'created_at', 'updated_at'],
  estimate: () => 10,
  *rows(ctx) {
    const { w } = ctx;
    for (const [i, [key, value, description]] of consoleSettingRows().entries()) yield [w.space('console-setting').id(i), key, json(value), text(description), w.staff.admin, ts(w.now - 120 * DAY), ts(w.now - (30 - i) * DAY)].join('\t') + '\n';
  },
};

export const staffPreferences: TableGen = {
  table: 'staff_preferences',
  columns: ['id', 'user_id', 'media_blur', 'media_grayscale', 'theme', 'density', 'idle_lock_minutes', 'break_prompt_after', 'shortcuts', 'created_at', 'updated_at'],
  estimate: () => 6,
  *rows(ctx) {
    const { w } = ctx;
    const prefs: [string, boolean, boolean, string, string, number | null, number | null][] = [
      [w.staff.moderator, true, true, 'dark', 'compact', 10, 25],
      [w.staff.moderator2, true, false, 'system', 'comfortable', null, 30],
      [w.staff.senior, false, false, 'dark', 'compact', 20, null],
      [w.staff.finance, true, false, 'light', 'comfortable', 15, null],
      [w.staff.ads, true, false, 'system', 'compact', null, null],
      [w.staff.admin, true, false, 'dark', 'comfortable', 5, null],
    ];
    for (const [i, [staff, blur, gray, theme, density, idle, brk]] of prefs.entries()) {
      yield [w.space('staff-pref').id(i), staff, bool(blur), bool(gray), theme, density, idle === null ? nul : String(idle), brk === null ? nul : String(brk), i === 0 ? json({ approve: 'a', remove: 'r', next: 'j', escalate: 'e' }) : nul, ts(w.now - 100 * DAY), ts(w.now - i * DAY)].join('\t') + '\n';
    }
  },
};
