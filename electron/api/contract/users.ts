import { z } from 'zod';
import { query, mutation } from './procedure';
import { isoDateTime, limit, reason, uuid, type IsoDate, type MaskedValue } from './common';
import type { AccountAction, AccountStatus } from './enforcement';

export type PlatformRole = 'USER' | 'CREATOR' | 'MODERATOR' | 'ADMIN' | 'SUPER_ADMIN';

export type SearchMatch =
  | 'id'
  | 'email'
  | 'username'
  | 'display_name'
  | 'phone'
  | 'stripe_customer'
  | 'stripe_connect';

export interface UserSearchHit {
  id: string;
  username: string;
  displayName: string | null;
  email: MaskedValue;
  phone: MaskedValue;
  status: AccountStatus;
  role: PlatformRole;
  avatarUrl: string | null;
  createdAt: IsoDate;
  matchedOn: SearchMatch;
  /** 0..1; 1 for exact matches. */
  score: number;
}

export interface UserSearchResult {
  items: UserSearchHit[];
  tookMs: number;
}

export interface ContentSummary {
  kind: 'video' | 'post' | 'comment' | 'live_stream';
  id: string;
  title: string;
  createdAt: IsoDate;
  moderationStatus: string | null;
  visibility: string | null;
  views: number | null;
}

export interface PaymentSummary {
  id: string;
  type: string;
  status: string;
  amountCents: number;
  refundedCents: number;
  currency: string;
  createdAt: IsoDate;
  description: string | null;
}

export interface EnforcementEntry {
  id: string;
  action: string;
  reason: string | null;
  createdAt: IsoDate;
  endsAt: IsoDate | null;
  liftedAt: IsoDate | null;
  actor: { id: string; username: string } | null;
}

export interface UserDetail {
  id: string;
  username: string;
  displayName: string | null;
  email: MaskedValue;
  phone: MaskedValue;
  bio: string | null;
  avatarUrl: string | null;
  role: PlatformRole;
  status: AccountStatus;
  isVerified: boolean;
  twoFactorEnabled: boolean;
  createdAt: IsoDate;
  lastLoginAt: IsoDate | null;
  suspension: { reason: string | null; since: IsoDate | null; endsAt: IsoDate | null } | null;
  ban: { reason: string | null; since: IsoDate | null } | null;
  counts: {
    followers: number;
    following: number;
    videos: number;
    posts: number;
    totalViews: number;
    activeSessions: number;
    activeStrikes: number;
  };
  money: {
    stripeCustomerId: string | null;
    stripeConnectAccountId: string | null;
    connectOnboarded: boolean;
    totalRevenueCents: number;
    pendingPayoutCents: number;
    lifetimePayoutCents: number;
  };
  recentContent: ContentSummary[];
  payments: PaymentSummary[];
  enforcement: EnforcementEntry[];
  allowedActions: readonly AccountAction[];
}

export interface EnforcementResult {
  userId: string;
  status: AccountStatus;
  sessionsRevoked: number;
  notificationId: string;
  auditSeq: string;
}

const userId = uuid;

export const usersProcedures = {
  'users.search': query<UserSearchResult>()({
    input: z
      .object({
        q: z.string().trim().min(1, 'type something to search for').max(200, 'keep the search under 200 characters'),
        limit: limit(50, 20),
      })
      .strict(),
    permission: 'users.search',
    description: 'Find users by email, username, display name, id, phone or Stripe id: prefix and fuzzy.',
  }),
  'users.get': query<UserDetail>()({
    input: z.object({ id: userId }).strict(),
    permission: 'users.read',
    description: 'A user: profile, status, counts, recent content, payments and enforcement history.',
  }),
  'users.suspend': mutation<EnforcementResult>()({
    input: z.object({ userId, reason, endsAt: isoDateTime }).strict(),
    permission: 'users.enforce',
    description: 'Suspend until endsAt (lifts itself then); revokes sessions and notifies the user.',
  }),
  'users.ban': mutation<EnforcementResult>()({
    input: z.object({ userId, reason }).strict(),
    permission: 'users.enforce',
    description: 'Ban the account; revokes sessions and notifies the user.',
  }),
  'users.lift': mutation<EnforcementResult>()({
    input: z.object({ userId, reason }).strict(),
    permission: 'users.enforce',
    description: 'Lift a suspension early or unban; notifies the user.',
  }),
};
