// Every table the world generator writes, in foreign-key order (parents before children).
import type { TableGen } from './table';
import type { GroupGen } from '../lib/bulk';
import { emailVerificationTokens, notificationSettings, passwordResetTokens, pushTokens, users, userSessions } from './tables/people';
import { comments, feedItems, follows, likes, mediaFiles, posts, saves, userEngagement, videos, videoViews } from './tables/content';
import { liveStreams, streamChat, streamChatBans, streamDonations, streamViewers } from './tables/live';
import { MONEY_GROUP, payments, payoutApprovals, payouts, refunds, subscriptions, transactions } from './tables/money';
import { adCampaigns, adClicks, adImpressions, adPrescreenThresholds, adReviews, ads } from './tables/ads';
import { appeals, contentModeration, enforcementActions, keywordRules, mediaExposures, MODERATION_GROUP, moderationCases, moderationDecisions, policies, strikes, userReports } from './tables/moderation';
import { catalogVideos, channels, copyrightClaimEvents, copyrightClaims, copyrightDisputes, metadataSyncs, processingQueueTasks, reportImports } from './tables/rights';
import { auditLog, consoleSettings, notifications, savedViews, staffNotes, staffPreferences, systemMetrics, userAnalytics } from './tables/misc';

export const WORLD_TABLES: TableGen[] = [
  users, emailVerificationTokens, passwordResetTokens, userSessions, notificationSettings, pushTokens,
  policies, keywordRules,
  videos, mediaFiles, posts, comments, likes, follows, saves, userEngagement, feedItems, videoViews,
  liveStreams, streamChat, streamChatBans, streamViewers,
  subscriptions, payouts, payments, refunds, transactions, payoutApprovals, streamDonations,
  adCampaigns, ads, adImpressions, adClicks, adReviews, adPrescreenThresholds,
  notifications, userAnalytics, systemMetrics,
  channels, catalogVideos, metadataSyncs, processingQueueTasks, reportImports, copyrightClaims, copyrightClaimEvents, copyrightDisputes,
  moderationCases, moderationDecisions, userReports, contentModeration, strikes, enforcementActions, appeals, mediaExposures,
  auditLog, savedViews, staffNotes, consoleSettings, staffPreferences,
];

/** Tables generated together in one pass (the scale seeder loads each group as one job). */
export const WORLD_GROUPS: GroupGen[] = [MONEY_GROUP, MODERATION_GROUP];

export { createCtx, type Ctx } from './ctx';
export type { TableGen } from './table';
