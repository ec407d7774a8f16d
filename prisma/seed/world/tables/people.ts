// users, email_verification_tokens, password_reset_tokens, user_sessions,
// notification_settings, push_tokens.
import { DAY, HOUR, MINUTE, money, ts, date } from '../../lib/format';
import { mix32 } from '../../lib/prng';
import { DEMO_AVATARS, s3Url } from '../../media';
import { USER_AGENTS, WEBSITES } from '../../lib/vocab';
import type { Ctx } from '../ctx';
import type { TableGen } from '../table';
import { bioFor, bool, hex64, idOr, json, nul, text } from '../text';
import { ipFor } from '../world';

export const PLATFORM_PASSWORD_HASHES = [
  '$2b$10$v1uTU/7Q.D4hlwX2iJTfBuvvuQ5O7RfdL9QK9ySnNCgJyVMT63Gyy',
  '$2b$10$3.xN3ylRu4ZqVGcYd3W2qeZfWJ03pg2kXlUTF3rXGHoCd4rsd7hoC',
  '$2b$10$uelEVIhN3Qmk6o3AkuK1gOGJF27XEn6OzxNwfq5uWBS3NvRGFthZG',
  '$2b$10$sX0Jo.PWIfk21pai3uAyie8IiYp1/6r.6GIo0sCmHAveuNC6/MQm6',
  '$2b$10$C7hQzLIw5tVjOm9JLb2qVu0IdNxx4MavFXtJCziNVjWgKCdYgInG2',
  '$2b$10$B3FmKhH6p9MXh3ykHQsVSeMQTtTy81/GzYWgVQu6XYTA6Guss.GrW',
  '$2b$10$CZSzkdWrR1iEFSL5AOflX.2/9zy495854RaMwdBw0liVltFbSAdkG',
  '$2b$10$KSBaKASPOSiAwEWMHvgazORgFd/NWN3AMtBxF6z3BhFtV0Q9nWJaq',
];

export const SUSPENSION_REASONS = [
  'Repeated harassment in comments after two warnings.',
  'Coordinated spam across many videos.',
  'Impersonating another creator.',
  'Posting scam links in live chat.',
];
export const BAN_REASONS = ['Operating a network of spam accounts.', 'Severe, repeated harassment of other users.', 'Selling counterfeit goods through the platform.', 'Ban evasion after a previous termination.'];

/** The last login of user i (null when it never signed in after signing up). */
export function lastLogin(ctx: Ctx, i: number): number | null {
  const { w } = ctx;
  const created = w.userCreatedAt(i);
  const x = w.u('last-login', i);
  if (x < 0.05) return null;
  const recency = x < 0.6 ? x * 2 * DAY : x < 0.85 ? (x - 0.6) * 120 * DAY : (x - 0.85) * 600 * DAY;
  return Math.max(created + MINUTE * 3, w.now - recency);
}

/** Enforcement facts of users the world suspended or banned. */
export function enforcementOf(ctx: Ctx, i: number): { kind: 'SUSPEND' | 'BAN'; at: number; endsAt: number | null; reason: string; by: string } | null {
  const { w } = ctx;
  const fixed = w.scenario?.enforcement.get(i);
  if (fixed) return fixed;
  const status = w.userStatus(i);
  if (status !== 'SUSPENDED' && status !== 'BANNED') return null;
  const rng = w.rng('enforce').at(i);
  const created = w.userCreatedAt(i);
  const at = Math.max(created + HOUR, w.now - (1 + rng.int(20)) * DAY - rng.int(1440) * MINUTE);
  if (status === 'SUSPENDED') {
    return { kind: 'SUSPEND', at, endsAt: w.now + (1 + rng.int(25)) * DAY + rng.int(1440) * MINUTE, reason: rng.pick(SUSPENSION_REASONS), by: rng.chance(0.6) ? w.staff.moderator : w.staff.senior };
  }
  return { kind: 'BAN', at, endsAt: null, reason: rng.pick(BAN_REASONS), by: w.staff.senior };
}

export const users: TableGen = {
  table: 'users',
  columns: [
    'id', 'username', 'email', 'phone_number', 'password_hash', 'display_name', 'bio', 'avatar_url', 'website', 'location', 'date_of_birth', 'role', 'status',
    'is_verified', 'is_phone_verified', 'email_verified_at', 'google_id', 'facebook_id', 'github_id', 'stripe_customer_id', 'stripe_connect_account_id', 'stripe_connect_onboarded',
    'total_revenue', 'pending_payout', 'lifetime_payout', 'follower_count', 'following_count', 'video_count', 'post_count', 'total_views', 'total_likes', 'total_watch_time',
    'ban_reason', 'banned_at', 'banned_by_id', 'suspension_reason', 'suspended_at', 'suspension_ends_at', 'suspended_by_id', 'privacy_level', 'marketing_emails',
    'content_language', 'timezone', 'last_login_at', 'last_login_ip', 'current_login_at', 'current_login_ip', 'login_count', 'metadata', 'created_at', 'updated_at',
  ],
  estimate: (ctx) => ctx.w.n,
  *rows(ctx) {
    const { w, social, money: m } = ctx;
    const followers = social.followers();
    const videos = social.videosPerCreator();
    const views = social.creatorViews();
    const likes = social.creatorLikes();
    const posts = social.postsPerUser();
    const buf = social.newFollowBuffer();
    const rng = w.rng('user');
    const googleSalt = w.salt('google');
    for (let i = 0; i < w.n; i++) {
      rng.at(i);
      const name = w.userName(i);
      const region = name.region;
      const created = w.userCreatedAt(i);
      const status = w.userStatus(i);
      const creator = w.isCreator(i);
      const c = creator ? i / w.sizes.creatorStride : -1;
      const phone = w.userPhone(i, region);
      const display = name.native && rng.chance(0.35) ? name.native : `${name.first} ${name.last}`;
      const verified = status !== 'PENDING_VERIFICATION';
      const login = lastLogin(ctx, i);
      const enforcement = enforcementOf(ctx, i);
      let revenue = 0;
      let pending = 0;
      let lifetime = 0;
      let acct: string | null = null;
      if (creator) {
        acct = w.connectAccountId(c);
        const story = m.story(c);
        revenue = story.lifetimeGross;
        pending = story.pendingPayout;
        lifetime = story.lifetimePaid + Math.round(story.openingBalance * 2.1);
      }
      const following = social.follows(i, buf);
      const country = rng.pick(region.countries);
      const city = rng.pick(region.cities);
      const website = creator && rng.chance(0.6) ? `https://${rng.pick(WEBSITES)}/${name.firstSlug}${name.lastSlug}` : null;
      const ip = ipFor(i, 1);
      yield [
        w.userId(i),
        name.username,
        w.userEmail(i, name.username),
        phone ?? nul,
        PLATFORM_PASSWORD_HASHES[i & 7]!,
        text(display),
        text(bioFor(rng, region)),
        rng.chance(0.68) ? s3Url(DEMO_AVATARS[i % DEMO_AVATARS.length]!) : nul,
        text(website),
        rng.chance(0.7) ? text(`${city}, ${country}`) : nul,
        rng.chance(0.6) ? date(Date.UTC(1962 + rng.int(46), rng.int(12), 1 + rng.int(28))) : nul,
        creator ? 'CREATOR' : 'USER',
        status,
        bool(verified),
        bool(phone !== null && rng.chance(0.7)),
        verified ? ts(created + (2 + rng.int(300)) * MINUTE) : nul,
        rng.chance(0.3) ? `11${String(mix32(i ^ googleSalt)).padStart(10, '0')}${String(i).padStart(9, '0')}` : nul,
        rng.chance(0.08) ? `10${String(mix32(i ^ (googleSalt + 1))).padStart(10, '0')}${String(i).padStart(4, '0')}` : nul,
        creator && rng.chance(0.1) ? String(1_000_000 + i) : nul,
        w.hasStripeCustomer(i) ? w.stripeCustomerId(i) : nul,
        acct ?? nul,
        bool(acct !== null),
        money(revenue),
        money(pending),
        money(lifetime),
        creator ? String(followers[c]) : '0',
        String(following),
        creator ? String(videos[c]) : '0',
        String(posts[i]),
        creator ? String(Math.round(views[c]!)) : '0',
        creator ? String(Math.round(likes[c]!)) : '0',
        creator ? String(Math.round(views[c]! * 41)) : '0',
        enforcement?.kind === 'BAN' ? text(enforcement.reason) : nul,
        enforcement?.kind === 'BAN' ? ts(enforcement.at) : nul,
        enforcement?.kind === 'BAN' ? enforcement.by : nul,
        enforcement?.kind === 'SUSPEND' ? text(enforcement.reason) : nul,
        enforcement?.kind === 'SUSPEND' ? ts(enforcement.at) : nul,
        enforcement?.kind === 'SUSPEND' ? ts(enforcement.endsAt!) : nul,
        enforcement?.kind === 'SUSPEND' ? enforcement.by : nul,
        rng.weighted(['PUBLIC', 'FOLLOWERS_ONLY', 'PRIVATE'], [85, 10, 5]),
        bool(rng.chance(0.22)),
        region.languages[0]!,
        region.timezone,
        login === null ? nul : ts(login),
        login === null ? nul : ipFor(i, 2),
        login === null ? nul : ts(login),
        login === null ? nul : ip,
        String(login === null ? 0 : 1 + Math.floor(Math.pow(rng.float(), 2) * 900)),
        rng.chance(0.35) ? json({ signup_source: rng.pick(['ios', 'android', 'web', 'web']), referral: rng.chance(0.3) ? rng.pick(['friend_invite', 'creator_link', 'ad_campaign']) : null }) : nul,
        ts(created),
        ts(Math.max(created, login ?? created)),
      ].join('\t') + '\n';
    }
  },
};

export const emailVerificationTokens: TableGen = {
  table: 'email_verification_tokens',
  columns: ['id', 'user_id', 'token_hash', 'email', 'expires_at', 'used_at', 'created_at', 'updated_at'],
  estimate: (ctx) => Math.round(ctx.w.n * 0.06),
  *rows(ctx) {
    const { w } = ctx;
    const salt = w.salt('evt');
    const space = w.space('email-verification');
    for (let i = 0; i < w.n; i++) {
      const status = w.userStatus(i);
      const x = w.u('evt', i);
      if (status !== 'PENDING_VERIFICATION' && x > 0.04) continue;
      const name = w.userName(i);
      const created = status === 'PENDING_VERIFICATION' ? Math.max(w.userCreatedAt(i), w.now - x * 4 * DAY) : w.userCreatedAt(i);
      const used = status === 'PENDING_VERIFICATION' ? null : created + (2 + Math.floor(x * 300)) * MINUTE;
      yield `${space.id(i)}\t${w.userId(i)}\t${hex64(salt, i)}\t${w.userEmail(i, name.username)}\t${ts(created + DAY)}\t${used === null ? nul : ts(used)}\t${ts(created)}\t${ts(used ?? created)}\n`;
    }
  },
};

export const passwordResetTokens: TableGen = {
  table: 'password_reset_tokens',
  columns: ['id', 'user_id', 'token_hash', 'expires_at', 'used_at', 'created_at', 'updated_at'],
  estimate: (ctx) => Math.round(ctx.w.n * 0.015),
  *rows(ctx) {
    const { w } = ctx;
    const salt = w.salt('prt');
    const space = w.space('password-reset');
    for (let i = 0; i < w.n; i++) {
      const x = w.u('prt', i);
      if (x >= 0.015) continue;
      const created = Math.max(w.userCreatedAt(i) + DAY, w.now - (x / 0.015) * 60 * DAY);
      const used = x < 0.009 ? created + (3 + Math.floor(x * 1e4) % 40) * MINUTE : null;
      yield `${space.id(i)}\t${w.userId(i)}\t${hex64(salt, i)}\t${ts(created + HOUR)}\t${used === null ? nul : ts(used)}\t${ts(created)}\t${ts(used ?? created)}\n`;
    }
  },
};

const SESSION_DEVICES = [
  { platform: 'ios', model: 'iPhone 15', app: '6.4.2' },
  { platform: 'ios', model: 'iPhone 13 mini', app: '6.3.9' },
  { platform: 'android', model: 'Pixel 9', app: '6.4.1' },
  { platform: 'android', model: 'Galaxy S24', app: '6.4.1' },
  { platform: 'android', model: 'Redmi Note 13', app: '6.2.0' },
  { platform: 'web', model: 'Chrome on Windows', app: 'web' },
  { platform: 'web', model: 'Safari on macOS', app: 'web' },
];

export const userSessions: TableGen = {
  table: 'user_sessions',
  columns: ['id', 'user_id', 'refresh_token_hash', 'device_info', 'ip_address', 'user_agent', 'is_active', 'expires_at', 'last_used_at', 'revoked_at', 'revoked_by_id', 'revoked_reason', 'created_at'],
  estimate: (ctx) => Math.round(ctx.w.n * 0.7),
  *rows(ctx) {
    const { w } = ctx;
    const salt = w.salt('session');
    const space = w.space('session');
    const rng = w.rng('session');
    for (let i = 0; i < w.n; i++) {
      const login = lastLogin(ctx, i);
      if (login === null || login < w.now - (w.profile === 'demo' ? 120 : 12) * DAY) continue;
      rng.at(i);
      const count = 1 + (rng.chance(w.profile === 'demo' ? 0.35 : 0.15) ? 1 : 0) + (rng.chance(0.1) ? 1 : 0);
      const enforcement = enforcementOf(ctx, i);
      for (let s = 0; s < count; s++) {
        const dev = SESSION_DEVICES[rng.int(SESSION_DEVICES.length)]!;
        const lastUsed = s === 0 ? login : Math.max(w.userCreatedAt(i), login - rng.int(40) * DAY - rng.int(1440) * MINUTE);
        const created = Math.max(w.userCreatedAt(i), lastUsed - rng.int(25) * DAY);
        const expires = created + 30 * DAY;
        let revokedAt: number | null = null;
        let revokedBy: string | null = null;
        let reason: string | null = null;
        if (enforcement) {
          revokedAt = enforcement.at;
          revokedBy = enforcement.by;
          reason = enforcement.kind === 'BAN' ? 'Account banned' : 'Account suspended';
        } else if (s > 0 && rng.chance(0.3)) {
          revokedAt = lastUsed + rng.int(600) * MINUTE;
          reason = 'Signed out';
        } else if (rng.chance(0.01)) {
          revokedAt = lastUsed + rng.int(600) * MINUTE;
          revokedBy = w.staff.support;
          reason = 'Revoked by support at the user\'s request (lost device)';
        }
        if (revokedAt !== null && revokedAt > w.now) revokedAt = w.now - MINUTE;
        const active = revokedAt === null && expires > w.now;
        yield [
          space.id(i * 4 + s),
          w.userId(i),
          hex64(salt, i * 4 + s),
          json({ platform: dev.platform, model: dev.model, app_version: dev.app }),
          ipFor(i, 10 + s),
          text(dev.platform === 'web' ? USER_AGENTS[3 + (i % 3)]! : USER_AGENTS[dev.platform === 'ios' ? 0 : 1]!),
          bool(active),
          ts(expires),
          ts(Math.min(lastUsed, revokedAt ?? lastUsed)),
          revokedAt === null ? nul : ts(revokedAt),
          idOr(revokedBy),
          text(reason),
          ts(created),
        ].join('\t') + '\n';
      }
    }
  },
};

export const notificationSettings: TableGen = {
  table: 'notification_settings',
  columns: [
    'id', 'user_id', 'email_enabled', 'push_enabled', 'sms_enabled', 'follow_email', 'like_push', 'comment_email', 'mention_email', 'video_comment_push', 'live_stream_email',
    'payout_email', 'subscription_email', 'feature_update_push', 'do_not_disturb', 'do_not_disturb_start', 'do_not_disturb_end', 'email_digest_enabled', 'email_digest_frequency', 'created_at', 'updated_at',
  ],
  estimate: (ctx) => Math.round(ctx.w.n * 0.3),
  *rows(ctx) {
    const { w } = ctx;
    const space = w.space('notification-settings');
    const rng = w.rng('nset');
    for (let i = 0; i < w.n; i++) {
      if (w.u('nset', i) >= 0.3 && !w.isCreator(i)) continue;
      rng.at(i);
      const created = w.userCreatedAt(i) + HOUR;
      const dnd = rng.chance(0.2);
      const start = ['21:00', '22:00', '22:30', '23:00'][rng.int(4)]!;
      yield [
        space.id(i), w.userId(i), bool(!rng.chance(0.08)), bool(!rng.chance(0.15)), bool(rng.chance(0.05)), bool(rng.chance(0.1)), bool(!rng.chance(0.3)),
        bool(rng.chance(0.2)), bool(rng.chance(0.5)), bool(!rng.chance(0.2)), bool(rng.chance(0.1)), bool(!rng.chance(0.05)), bool(!rng.chance(0.1)), bool(rng.chance(0.5)),
        bool(dnd), dnd ? start : nul, dnd ? ['07:00', '07:30', '08:00'][rng.int(3)]! : nul, bool(rng.chance(0.25)), rng.chance(0.7) ? 'WEEKLY' : 'DAILY',
        ts(created), ts(Math.max(created, w.now - rng.int(80) * DAY)),
      ].join('\t') + '\n';
    }
  },
};

const PUSH_DEVICES = [
  { platform: 'APNS', name: 'iPhone', model: 'iPhone15,2', os: 'iOS 18.1' },
  { platform: 'APNS', name: 'iPad', model: 'iPad13,4', os: 'iPadOS 18.0' },
  { platform: 'FCM', name: 'Pixel 9', model: 'Pixel 9', os: 'Android 15' },
  { platform: 'FCM', name: 'Galaxy S24', model: 'SM-S921B', os: 'Android 14' },
  { platform: 'WEB', name: 'Chrome', model: 'Chrome 131', os: 'Windows 11' },
];

export const pushTokens: TableGen = {
  table: 'push_tokens',
  columns: ['id', 'user_id', 'token', 'platform', 'device_id', 'device_name', 'device_model', 'os_version', 'app_version', 'is_active', 'failed_count', 'last_failed_at', 'last_used_at', 'created_at', 'updated_at'],
  estimate: (ctx) => Math.round(ctx.w.n * 0.5),
  *rows(ctx) {
    const { w } = ctx;
    const space = w.space('push-token');
    const salt = w.salt('push-token');
    const rng = w.rng('push');
    for (let i = 0; i < w.n; i++) {
      const x = w.u('push', i);
      if (x >= (w.profile === 'demo' ? 0.45 : 0.25)) continue;
      rng.at(i);
      const count = x < 0.08 ? 2 : 1;
      const login = lastLogin(ctx, i) ?? w.userCreatedAt(i);
      for (let d = 0; d < count; d++) {
        const dev = PUSH_DEVICES[rng.int(PUSH_DEVICES.length)]!;
        const failing = rng.chance(0.06);
        const created = Math.max(w.userCreatedAt(i), login - rng.int(200) * DAY);
        const token = dev.platform === 'APNS' ? hex64(salt, i * 2 + d) : `${hex64(salt, i * 2 + d).slice(0, 22)}:APA91b${hex64(salt + 7, i * 2 + d)}`;
        yield [
          space.id(i * 2 + d), w.userId(i), token, dev.platform, `dev-${hex64(salt + 3, i * 2 + d).slice(0, 16)}`, text(dev.name), dev.model, dev.os, dev.platform === 'WEB' ? 'web' : '6.4.' + rng.int(3),
          bool(!failing || rng.chance(0.5)), String(failing ? 1 + rng.int(5) : 0), failing ? ts(login - rng.int(5) * DAY) : nul, ts(login), ts(created), ts(login),
        ].join('\t') + '\n';
      }
    }
  },
};


