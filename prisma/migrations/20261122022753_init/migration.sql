-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "campaign_status" AS ENUM ('DRAFT', 'SCHEDULED', 'ACTIVE', 'PAUSED', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "campaign_objective" AS ENUM ('BRAND_AWARENESS', 'REACH', 'TRAFFIC', 'ENGAGEMENT', 'APP_INSTALLS', 'VIDEO_VIEWS', 'CONVERSIONS', 'LEAD_GENERATION');

-- CreateEnum
CREATE TYPE "bid_strategy" AS ENUM ('CPM', 'CPC', 'CPV', 'CPA');

-- CreateEnum
CREATE TYPE "ad_type" AS ENUM ('VIDEO', 'IMAGE', 'TEXT', 'BANNER', 'NATIVE');

-- CreateEnum
CREATE TYPE "ad_placement" AS ENUM ('PRE_ROLL', 'MID_ROLL', 'POST_ROLL', 'FEED', 'SIDEBAR', 'OVERLAY');

-- CreateEnum
CREATE TYPE "ad_review_status" AS ENUM ('PENDING_REVIEW', 'APPROVED', 'APPROVED_WITH_LIMITS', 'REJECTED', 'CHANGES_REQUESTED');

-- CreateEnum
CREATE TYPE "ad_review_decision" AS ENUM ('APPROVED', 'APPROVED_WITH_LIMITS', 'REJECTED', 'CHANGES_REQUESTED');

-- CreateEnum
CREATE TYPE "prescreen_outcome" AS ENUM ('PENDING', 'AUTO_CLEARED', 'NEEDS_REVIEW', 'AUTO_FLAGGED', 'FAILED');

-- CreateEnum
CREATE TYPE "catalog_claim_status" AS ENUM ('UNCLAIMED', 'CLAIM', 'APPEAL', 'DISPUTE');

-- CreateEnum
CREATE TYPE "catalog_privacy_status" AS ENUM ('PUBLIC', 'PRIVATE', 'UNLISTED');

-- CreateEnum
CREATE TYPE "queue_task_status" AS ENUM ('PENDING', 'PROCESSING', 'COMPLETED', 'FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "report_import_status" AS ENUM ('PENDING', 'PROCESSING', 'COMPLETED', 'ERROR');

-- CreateEnum
CREATE TYPE "claim_source" AS ENUM ('CONTENT_ID_MATCH', 'MANUAL');

-- CreateEnum
CREATE TYPE "claim_policy" AS ENUM ('MONETIZE', 'TRACK', 'BLOCK');

-- CreateEnum
CREATE TYPE "claim_status" AS ENUM ('ACTIVE', 'DISPUTED', 'REINSTATED', 'APPEALED', 'TAKEDOWN_SCHEDULED', 'REMOVED', 'COUNTER_NOTIFIED', 'RESTORED', 'RELEASED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "claim_deadline_kind" AS ENUM ('DISPUTE_RESPONSE', 'APPEAL_RESPONSE', 'TAKEDOWN_GRACE', 'COUNTER_NOTIFICATION');

-- CreateEnum
CREATE TYPE "dispute_kind" AS ENUM ('DISPUTE', 'APPEAL', 'COUNTER_NOTIFICATION');

-- CreateEnum
CREATE TYPE "dispute_outcome" AS ENUM ('PENDING', 'RELEASED', 'REINSTATED', 'UPHELD', 'TAKEDOWN_REQUESTED', 'EXPIRED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "live_stream_status" AS ENUM ('SCHEDULED', 'STARTING', 'LIVE', 'PAUSED', 'ENDED', 'CANCELLED', 'FAILED');

-- CreateEnum
CREATE TYPE "stream_visibility" AS ENUM ('PUBLIC', 'UNLISTED', 'SUBSCRIBERS_ONLY', 'PRIVATE');

-- CreateEnum
CREATE TYPE "stream_quality" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'ULTRA');

-- CreateEnum
CREATE TYPE "donation_status" AS ENUM ('PENDING', 'COMPLETED', 'REFUNDED', 'FAILED');

-- CreateEnum
CREATE TYPE "chat_ban_kind" AS ENUM ('TIMEOUT', 'BAN');

-- CreateEnum
CREATE TYPE "policy_domain" AS ENUM ('CONTENT', 'ACCOUNT', 'AD', 'COPYRIGHT');

-- CreateEnum
CREATE TYPE "severity" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');

-- CreateEnum
CREATE TYPE "moderation_target_type" AS ENUM ('VIDEO', 'POST', 'COMMENT', 'LIVE_STREAM', 'STREAM_CHAT_MESSAGE', 'MEDIA_FILE', 'USER_PROFILE');

-- CreateEnum
CREATE TYPE "case_status" AS ENUM ('OPEN', 'ESCALATED', 'RESOLVED');

-- CreateEnum
CREATE TYPE "moderation_source" AS ENUM ('AUTOMATED_SCAN', 'USER_REPORT', 'KEYWORD_RULE', 'MANUAL', 'APPEAL');

-- CreateEnum
CREATE TYPE "moderation_action" AS ENUM ('APPROVE', 'REMOVE', 'AGE_RESTRICT', 'LIMIT', 'ESCALATE', 'RESTORE');

-- CreateEnum
CREATE TYPE "user_report_status" AS ENUM ('OPEN', 'ACTIONED', 'DISMISSED');

-- CreateEnum
CREATE TYPE "keyword_rule_target" AS ENUM ('COMMENT', 'STREAM_CHAT', 'POST');

-- CreateEnum
CREATE TYPE "content_type" AS ENUM ('POST', 'COMMENT', 'USER_PROFILE', 'MEDIA', 'VIDEO', 'LIVE_STREAM', 'STREAM_CHAT_MESSAGE');

-- CreateEnum
CREATE TYPE "content_moderation_source" AS ENUM ('REKOGNITION_IMAGE', 'REKOGNITION_VIDEO', 'KEYWORD_RULE', 'MANUAL');

-- CreateEnum
CREATE TYPE "scan_job_status" AS ENUM ('IN_PROGRESS', 'SUCCEEDED', 'FAILED');

-- CreateEnum
CREATE TYPE "strike_kind" AS ENUM ('COMMUNITY', 'COPYRIGHT');

-- CreateEnum
CREATE TYPE "enforcement_action_type" AS ENUM ('WARN', 'SUSPEND', 'BAN', 'UNBAN', 'LIFT_SUSPENSION');

-- CreateEnum
CREATE TYPE "enforcement_status" AS ENUM ('PROPOSED', 'APPLIED', 'REJECTED');

-- CreateEnum
CREATE TYPE "appeal_subject_type" AS ENUM ('DECISION', 'STRIKE', 'ENFORCEMENT', 'AD_REVIEW', 'COPYRIGHT_CLAIM');

-- CreateEnum
CREATE TYPE "appeal_status" AS ENUM ('PENDING', 'UPHELD', 'OVERTURNED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "notification_type" AS ENUM ('FOLLOW', 'LIKE', 'COMMENT', 'MENTION', 'REPOST', 'VIDEO_LIKE', 'VIDEO_COMMENT', 'VIDEO_UPLOADED', 'VIDEO_PROCESSED', 'VIDEO_MODERATION', 'LIVE_STREAM_STARTED', 'LIVE_STREAM_ENDING', 'STREAM_DONATION', 'PAYMENT_RECEIVED', 'PAYMENT_FAILED', 'PAYOUT_PROCESSED', 'PAYOUT_FAILED', 'PAYOUT_HELD', 'REFUND_PROCESSED', 'SUBSCRIPTION_CREATED', 'SUBSCRIPTION_RENEWED', 'SUBSCRIPTION_CANCELLED', 'SUBSCRIPTION_EXPIRING', 'SUBSCRIPTION_PAYMENT_FAILED', 'CONTENT_FLAGGED', 'CONTENT_REMOVED', 'CONTENT_RESTORED', 'CONTENT_AGE_RESTRICTED', 'CONTENT_LIMITED', 'ACCOUNT_WARNING', 'ACCOUNT_SUSPENDED', 'ACCOUNT_BANNED', 'ACCOUNT_REINSTATED', 'APPEAL_RECEIVED', 'APPEAL_DECIDED', 'AD_APPROVED', 'AD_REJECTED', 'AD_CHANGES_REQUESTED', 'COPYRIGHT_CLAIM', 'COPYRIGHT_CLAIM_UPDATED', 'COPYRIGHT_STRIKE', 'SYSTEM_ANNOUNCEMENT', 'SECURITY_ALERT', 'FEATURE_UPDATE');

-- CreateEnum
CREATE TYPE "notification_channel" AS ENUM ('IN_APP', 'EMAIL', 'PUSH', 'SMS');

-- CreateEnum
CREATE TYPE "notification_status" AS ENUM ('PENDING', 'SENT', 'DELIVERED', 'READ', 'FAILED');

-- CreateEnum
CREATE TYPE "notification_priority" AS ENUM ('LOW', 'NORMAL', 'HIGH', 'URGENT');

-- CreateEnum
CREATE TYPE "digest_frequency" AS ENUM ('DAILY', 'WEEKLY');

-- CreateEnum
CREATE TYPE "push_platform" AS ENUM ('FCM', 'APNS', 'WEB');

-- CreateEnum
CREATE TYPE "payment_type" AS ENUM ('SUBSCRIPTION', 'ONE_TIME', 'CREATOR_PAYOUT', 'AD_REVENUE', 'DONATION', 'TIP', 'REFUND');

-- CreateEnum
CREATE TYPE "payment_status" AS ENUM ('PENDING', 'PROCESSING', 'COMPLETED', 'FAILED', 'CANCELLED', 'REFUNDED', 'PARTIALLY_REFUNDED', 'DISPUTED');

-- CreateEnum
CREATE TYPE "payment_provider" AS ENUM ('STRIPE', 'PAYPAL', 'APPLE_PAY', 'GOOGLE_PAY');

-- CreateEnum
CREATE TYPE "subscription_tier" AS ENUM ('BASIC', 'PREMIUM', 'PRO', 'ENTERPRISE');

-- CreateEnum
CREATE TYPE "subscription_status" AS ENUM ('ACTIVE', 'TRIALING', 'PAST_DUE', 'CANCELLED', 'UNPAID', 'INCOMPLETE', 'INCOMPLETE_EXPIRED');

-- CreateEnum
CREATE TYPE "billing_cycle" AS ENUM ('MONTHLY', 'YEARLY');

-- CreateEnum
CREATE TYPE "payout_status" AS ENUM ('PENDING', 'PROCESSING', 'PAID', 'FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "payout_hold_kind" AS ENUM ('MANUAL', 'AUTO_ENFORCEMENT');

-- CreateEnum
CREATE TYPE "payout_approval_decision" AS ENUM ('APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "transaction_type" AS ENUM ('PAYMENT', 'SUBSCRIPTION', 'TIP', 'DONATION', 'AD_REVENUE', 'PAYOUT', 'PAYOUT_REVERSAL', 'REFUND', 'FEE', 'CHARGEBACK', 'ADJUSTMENT');

-- CreateEnum
CREATE TYPE "refund_status" AS ENUM ('PENDING_APPROVAL', 'PENDING', 'PROCESSING', 'SUCCEEDED', 'FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "post_visibility" AS ENUM ('PUBLIC', 'FOLLOWERS', 'MENTIONED', 'PRIVATE', 'UNLISTED');

-- CreateEnum
CREATE TYPE "media_type" AS ENUM ('IMAGE', 'VIDEO', 'GIF', 'LINK', 'AUDIO', 'DOCUMENT');

-- CreateEnum
CREATE TYPE "engagement_type" AS ENUM ('LIKE', 'SHARE', 'COMMENT', 'VIEW', 'CLICK', 'SAVE');

-- CreateEnum
CREATE TYPE "user_role" AS ENUM ('USER', 'CREATOR', 'MODERATOR', 'ADMIN', 'SUPER_ADMIN');

-- CreateEnum
CREATE TYPE "user_status" AS ENUM ('ACTIVE', 'INACTIVE', 'SUSPENDED', 'BANNED', 'PENDING_VERIFICATION');

-- CreateEnum
CREATE TYPE "privacy_level" AS ENUM ('PUBLIC', 'FOLLOWERS_ONLY', 'PRIVATE');

-- CreateEnum
CREATE TYPE "video_status" AS ENUM ('UPLOADING', 'PROCESSING', 'READY', 'FAILED', 'DELETED');

-- CreateEnum
CREATE TYPE "video_visibility" AS ENUM ('PUBLIC', 'UNLISTED', 'PRIVATE', 'SCHEDULED');

-- CreateEnum
CREATE TYPE "moderation_status" AS ENUM ('PENDING', 'APPROVED', 'FLAGGED', 'REJECTED', 'UNDER_REVIEW');

-- CreateEnum
CREATE TYPE "mediaconvert_status" AS ENUM ('SUBMITTED', 'IN_PROGRESS', 'COMPLETE', 'ERROR', 'CANCELLED');

-- CreateEnum
CREATE TYPE "copyright_status" AS ENUM ('CLEAR', 'CLAIMED', 'DISPUTED', 'BLOCKED', 'TAKEN_DOWN');

-- CreateEnum
CREATE TYPE "processing_status" AS ENUM ('PENDING', 'PROCESSING', 'COMPLETED', 'FAILED');

-- CreateTable
CREATE TABLE "ad_campaigns" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "advertiser_id" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "description" TEXT,
    "status" "campaign_status" NOT NULL DEFAULT 'DRAFT',
    "objective" "campaign_objective" NOT NULL,
    "daily_budget" DECIMAL(14,2),
    "total_budget" DECIMAL(14,2),
    "total_spent" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "bid_strategy" "bid_strategy" NOT NULL DEFAULT 'CPM',
    "bid_amount" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "start_date" TIMESTAMPTZ(6),
    "end_date" TIMESTAMPTZ(6),
    "target_countries" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "target_age_min" INTEGER,
    "target_age_max" INTEGER,
    "target_genders" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "target_interests" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "target_languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "custom_targeting" JSONB,
    "impressions" BIGINT NOT NULL DEFAULT 0,
    "clicks" BIGINT NOT NULL DEFAULT 0,
    "views" BIGINT NOT NULL DEFAULT 0,
    "conversions" BIGINT NOT NULL DEFAULT 0,
    "ctr" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "cpm" DECIMAL(14,4) NOT NULL DEFAULT 0,
    "cpc" DECIMAL(14,4) NOT NULL DEFAULT 0,
    "cpa" DECIMAL(14,4) NOT NULL DEFAULT 0,
    "is_deleted" BOOLEAN NOT NULL DEFAULT false,
    "deleted_at" TIMESTAMPTZ(6),
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "deleted_by_id" UUID,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ad_campaigns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ads" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "campaign_id" UUID NOT NULL,
    "name" VARCHAR(200),
    "ad_type" "ad_type" NOT NULL,
    "placement" "ad_placement" NOT NULL,
    "variant_name" VARCHAR(50),
    "headline" VARCHAR(255),
    "body_text" TEXT,
    "call_to_action" VARCHAR(50),
    "image_url" VARCHAR(1024),
    "video_id" UUID,
    "video_url" VARCHAR(1024),
    "thumbnail_url" VARCHAR(1024),
    "creative_s3_bucket" VARCHAR(255),
    "creative_image_s3_key" VARCHAR(1024),
    "creative_video_s3_key" VARCHAR(1024),
    "destination_url" VARCHAR(2048),
    "tracking_params" JSONB,
    "is_approved" BOOLEAN NOT NULL DEFAULT false,
    "approval_notes" TEXT,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "review_status" "ad_review_status" NOT NULL DEFAULT 'PENDING_REVIEW',
    "submitted_for_review_at" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,
    "reviewed_at" TIMESTAMPTZ(6),
    "reviewed_by_id" UUID,
    "review_limits" JSONB,
    "creative_revision" INTEGER NOT NULL DEFAULT 1,
    "review_claimed_by_id" UUID,
    "review_claimed_at" TIMESTAMPTZ(6),
    "review_lease_expires_at" TIMESTAMPTZ(6),
    "review_version" INTEGER NOT NULL DEFAULT 0,
    "prescreen_outcome" "prescreen_outcome" NOT NULL DEFAULT 'PENDING',
    "prescreen_labels" JSONB,
    "prescreen_score" DOUBLE PRECISION,
    "prescreen_model_version" VARCHAR(50),
    "prescreen_job_id" VARCHAR(255),
    "prescreened_at" TIMESTAMPTZ(6),
    "impressions" BIGINT NOT NULL DEFAULT 0,
    "clicks" BIGINT NOT NULL DEFAULT 0,
    "views" BIGINT NOT NULL DEFAULT 0,
    "conversions" BIGINT NOT NULL DEFAULT 0,
    "spend" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "ctr" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "is_deleted" BOOLEAN NOT NULL DEFAULT false,
    "deleted_at" TIMESTAMPTZ(6),
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "deleted_by_id" UUID,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ads_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ad_impressions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "ad_id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "user_id" UUID,
    "session_id" VARCHAR(255),
    "placement" "ad_placement",
    "video_id" UUID,
    "post_id" UUID,
    "is_viewable" BOOLEAN NOT NULL DEFAULT false,
    "view_duration" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "ip_address" VARCHAR(45),
    "country_code" CHAR(2),
    "city" VARCHAR(100),
    "user_agent" TEXT,
    "device_type" VARCHAR(20),
    "browser" VARCHAR(50),
    "os" VARCHAR(50),
    "cost" DECIMAL(14,6) NOT NULL DEFAULT 0,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ad_impressions_pkey" PRIMARY KEY ("id","created_at")
) PARTITION BY RANGE ("created_at");

-- CreateTable
CREATE TABLE "ad_clicks" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "ad_id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "user_id" UUID,
    "impression_id" UUID,
    "session_id" VARCHAR(255),
    "placement" "ad_placement",
    "video_id" UUID,
    "post_id" UUID,
    "destination_url" VARCHAR(2048),
    "referrer" VARCHAR(1024),
    "ip_address" VARCHAR(45),
    "country_code" CHAR(2),
    "city" VARCHAR(100),
    "user_agent" TEXT,
    "device_type" VARCHAR(20),
    "browser" VARCHAR(50),
    "os" VARCHAR(50),
    "cost" DECIMAL(14,6) NOT NULL DEFAULT 0,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "converted" BOOLEAN NOT NULL DEFAULT false,
    "converted_at" TIMESTAMPTZ(6),
    "conversion_value" DECIMAL(14,2),
    "fraud_score" DOUBLE PRECISION,
    "is_fraudulent" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ad_clicks_pkey" PRIMARY KEY ("id","created_at")
) PARTITION BY RANGE ("created_at");

-- CreateTable
CREATE TABLE "ad_reviews" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "ad_id" UUID NOT NULL,
    "reviewer_id" UUID NOT NULL,
    "decision" "ad_review_decision" NOT NULL,
    "creative_revision" INTEGER NOT NULL DEFAULT 1,
    "policy_codes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "advertiser_facing_text" TEXT,
    "limits" JSONB,
    "notes" TEXT,
    "prescreen" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ad_reviews_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ad_prescreen_thresholds" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "category" VARCHAR(100) NOT NULL,
    "auto_clear_below" DOUBLE PRECISION NOT NULL,
    "auto_flag_above" DOUBLE PRECISION NOT NULL,
    "updated_by_id" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ad_prescreen_thresholds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_analytics" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "profile_views" INTEGER NOT NULL DEFAULT 0,
    "post_impressions" INTEGER NOT NULL DEFAULT 0,
    "post_engagements" INTEGER NOT NULL DEFAULT 0,
    "followers_gained" INTEGER NOT NULL DEFAULT 0,
    "followers_lost" INTEGER NOT NULL DEFAULT 0,
    "total_likes" INTEGER NOT NULL DEFAULT 0,
    "total_comments" INTEGER NOT NULL DEFAULT 0,
    "total_shares" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_analytics_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "system_metrics" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "metric_name" VARCHAR(100) NOT NULL,
    "metric_value" DECIMAL(15,4) NOT NULL,
    "tags" JSONB,
    "timestamp" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "system_metrics_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "channels" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "channel_id" VARCHAR(100) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "image_url" VARCHAR(500),
    "subscriber_count" BIGINT NOT NULL DEFAULT 0,
    "video_count" BIGINT NOT NULL DEFAULT 0,
    "view_count" BIGINT NOT NULL DEFAULT 0,
    "description" TEXT,
    "country" CHAR(2),
    "is_monetized" BOOLEAN NOT NULL DEFAULT false,
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "channels_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalog_videos" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "video_id" VARCHAR(20) NOT NULL,
    "asset_id" VARCHAR(50),
    "custom_id" VARCHAR(100),
    "isrc" VARCHAR(12),
    "upc" VARCHAR(20),
    "platform_video_id" UUID,
    "channel_id" UUID,
    "title" VARCHAR(200),
    "artist" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "genre" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "label" VARCHAR(200),
    "channel_display_name" VARCHAR(100),
    "category" VARCHAR(50),
    "claimed_status" "catalog_claim_status",
    "claimed_by_another_owner" BOOLEAN NOT NULL DEFAULT false,
    "other_owners_claiming" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "third_party_ads_enabled" BOOLEAN,
    "display_ads_enabled" BOOLEAN,
    "sponsored_cards_enabled" BOOLEAN,
    "overlay_ads_enabled" BOOLEAN,
    "nonskippable_video_ads_enabled" BOOLEAN,
    "long_nonskippable_video_ads_enabled" BOOLEAN,
    "skippable_video_ads_enabled" BOOLEAN,
    "prerolls_enabled" BOOLEAN,
    "midrolls_enabled" BOOLEAN,
    "postrolls_enabled" BOOLEAN,
    "embedding_allowed" BOOLEAN,
    "ratings_allowed" BOOLEAN,
    "comments_allowed" BOOLEAN,
    "privacy_status" "catalog_privacy_status",
    "effective_policy" TEXT,
    "video_length" INTEGER,
    "views" BIGINT NOT NULL DEFAULT 0,
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "administered" BOOLEAN NOT NULL DEFAULT false,
    "administered_at" TIMESTAMPTZ(6),
    "is_short" BOOLEAN NOT NULL DEFAULT false,
    "is_live_stream" BOOLEAN NOT NULL DEFAULT false,
    "upload_source" VARCHAR(20),
    "time_published" TIMESTAMPTZ(6),
    "notes" VARCHAR(500),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "catalog_videos_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "metadata_syncs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "catalog_video_id" UUID NOT NULL,
    "video_id" VARCHAR(20) NOT NULL,
    "channel_display_name" VARCHAR(100),
    "video_title" VARCHAR(200),
    "sync_time" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changes" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "metadata_syncs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "processing_queue_tasks" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "catalog_video_id" UUID,
    "video_id" VARCHAR(20),
    "task_type" VARCHAR(50) NOT NULL,
    "status" "queue_task_status" NOT NULL DEFAULT 'PENDING',
    "priority" INTEGER NOT NULL DEFAULT 0,
    "payload" JSONB,
    "result" JSONB,
    "error_message" TEXT,
    "retry_count" INTEGER NOT NULL DEFAULT 0,
    "max_retries" INTEGER NOT NULL DEFAULT 3,
    "started_at" TIMESTAMPTZ(6),
    "completed_at" TIMESTAMPTZ(6),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "processing_queue_tasks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_imports" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "s3_bucket" VARCHAR(255) NOT NULL,
    "s3_key" VARCHAR(1024) NOT NULL,
    "report_type" VARCHAR(50),
    "status" "report_import_status" NOT NULL DEFAULT 'PENDING',
    "rows_total" INTEGER NOT NULL DEFAULT 0,
    "rows_imported" INTEGER NOT NULL DEFAULT 0,
    "rows_failed" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB,
    "error_message" TEXT,
    "started_at" TIMESTAMPTZ(6),
    "processed_at" TIMESTAMPTZ(6),
    "requested_by_id" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_imports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "seq" BIGSERIAL NOT NULL,
    "table_name" VARCHAR(50) NOT NULL,
    "operation" VARCHAR(10) NOT NULL,
    "old_values" JSONB,
    "new_values" JSONB,
    "user_id" UUID,
    "timestamp" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" VARCHAR(80) NOT NULL,
    "target_id" TEXT,
    "reason" TEXT,
    "actor_roles" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "origin" VARCHAR(20),
    "prev_hash" CHAR(64),
    "hash" CHAR(64),

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "saved_views" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "staff_id" UUID NOT NULL,
    "table_name" VARCHAR(100) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "config" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saved_views_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_notes" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "target_type" VARCHAR(50) NOT NULL,
    "target_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "staff_notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "console_settings" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "key" VARCHAR(100) NOT NULL,
    "value" JSONB NOT NULL,
    "description" TEXT,
    "updated_by_id" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "console_settings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_preferences" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "media_blur" BOOLEAN NOT NULL DEFAULT true,
    "media_grayscale" BOOLEAN NOT NULL DEFAULT false,
    "theme" VARCHAR(10) NOT NULL DEFAULT 'system',
    "density" VARCHAR(20) NOT NULL DEFAULT 'comfortable',
    "idle_lock_minutes" INTEGER,
    "break_prompt_after" INTEGER,
    "shortcuts" JSONB,
    "settings" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "staff_preferences_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "copyright_claims" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "video_id" UUID NOT NULL,
    "uploader_id" UUID NOT NULL,
    "catalog_video_id" UUID,
    "claimant_name" VARCHAR(200) NOT NULL,
    "claimant_user_id" UUID,
    "claimant_channel_id" UUID,
    "source" "claim_source" NOT NULL,
    "match_start_seconds" DOUBLE PRECISION,
    "match_end_seconds" DOUBLE PRECISION,
    "match_percent" DOUBLE PRECISION,
    "policy" "claim_policy" NOT NULL,
    "notes" TEXT,
    "status" "claim_status" NOT NULL DEFAULT 'ACTIVE',
    "deadline_at" TIMESTAMPTZ(6),
    "deadline_kind" "claim_deadline_kind",
    "resolved_at" TIMESTAMPTZ(6),
    "version" INTEGER NOT NULL DEFAULT 0,
    "claimed_by_id" UUID,
    "claimed_at" TIMESTAMPTZ(6),
    "lease_expires_at" TIMESTAMPTZ(6),
    "revenue_recipient_id" UUID,
    "revenue_share_percent" DOUBLE PRECISION NOT NULL DEFAULT 100,
    "revenue_routed_amount" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "revenue_routing_from" TIMESTAMPTZ(6),
    "revenue_routing_until" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "copyright_claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "copyright_claim_events" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "claim_id" UUID NOT NULL,
    "from_status" "claim_status",
    "to_status" "claim_status" NOT NULL,
    "actor_id" UUID,
    "note" TEXT,
    "processed_key" VARCHAR(200),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "copyright_claim_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "copyright_disputes" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "claim_id" UUID NOT NULL,
    "kind" "dispute_kind" NOT NULL,
    "reason_code" VARCHAR(50),
    "uploader_statement" TEXT NOT NULL,
    "submitted_by_id" UUID,
    "submitted_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimant_response" TEXT,
    "responded_by_id" UUID,
    "responded_at" TIMESTAMPTZ(6),
    "outcome" "dispute_outcome" NOT NULL DEFAULT 'PENDING',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "copyright_disputes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "live_streams" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "streamer_id" UUID NOT NULL,
    "title" VARCHAR(255) NOT NULL,
    "description" TEXT,
    "category" VARCHAR(50),
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "ivs_channel_arn" VARCHAR(255),
    "ivs_stream_key_arn" VARCHAR(255),
    "ivs_ingest_endpoint" VARCHAR(1024),
    "ivs_playback_url" VARCHAR(1024),
    "ivs_stream_session_id" VARCHAR(255),
    "stream_quality" "stream_quality" NOT NULL DEFAULT 'HIGH',
    "enable_low_latency" BOOLEAN NOT NULL DEFAULT true,
    "enable_recording" BOOLEAN NOT NULL DEFAULT true,
    "enable_chat" BOOLEAN NOT NULL DEFAULT true,
    "enable_donations" BOOLEAN NOT NULL DEFAULT true,
    "status" "live_stream_status" NOT NULL DEFAULT 'SCHEDULED',
    "visibility" "stream_visibility" NOT NULL DEFAULT 'PUBLIC',
    "scheduled_start_at" TIMESTAMPTZ(6),
    "actual_start_at" TIMESTAMPTZ(6),
    "ended_at" TIMESTAMPTZ(6),
    "duration" INTEGER NOT NULL DEFAULT 0,
    "ended_by_id" UUID,
    "end_reason" TEXT,
    "thumbnail_url" VARCHAR(1024),
    "preview_thumbnail_url" VARCHAR(1024),
    "recording_s3_bucket" VARCHAR(255),
    "recording_s3_key" VARCHAR(1024),
    "recording_url" VARCHAR(1024),
    "recording_duration" INTEGER,
    "current_viewers" INTEGER NOT NULL DEFAULT 0,
    "peak_viewers" INTEGER NOT NULL DEFAULT 0,
    "total_views" BIGINT NOT NULL DEFAULT 0,
    "unique_viewers" BIGINT NOT NULL DEFAULT 0,
    "average_watch_time" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "like_count" BIGINT NOT NULL DEFAULT 0,
    "chat_message_count" BIGINT NOT NULL DEFAULT 0,
    "donation_count" BIGINT NOT NULL DEFAULT 0,
    "total_donations_amount" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "is_monetized" BOOLEAN NOT NULL DEFAULT false,
    "ad_breaks" JSONB,
    "total_revenue" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "is_mature_content" BOOLEAN NOT NULL DEFAULT false,
    "banned_words" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "moderator_ids" UUID[] DEFAULT ARRAY[]::UUID[],
    "moderation_status" "moderation_status" NOT NULL DEFAULT 'PENDING',
    "moderated_at" TIMESTAMPTZ(6),
    "moderated_by_id" UUID,
    "moderation_notes" TEXT,
    "is_deleted" BOOLEAN NOT NULL DEFAULT false,
    "deleted_at" TIMESTAMPTZ(6),
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "deleted_by_id" UUID,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "live_streams_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stream_chat" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "stream_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "message" TEXT NOT NULL,
    "mentions" UUID[] DEFAULT ARRAY[]::UUID[],
    "is_moderator" BOOLEAN NOT NULL DEFAULT false,
    "is_subscriber" BOOLEAN NOT NULL DEFAULT false,
    "is_pinned" BOOLEAN NOT NULL DEFAULT false,
    "is_flagged" BOOLEAN NOT NULL DEFAULT false,
    "is_deleted" BOOLEAN NOT NULL DEFAULT false,
    "deleted_at" TIMESTAMPTZ(6),
    "deleted_by_id" UUID,
    "deleted_reason" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stream_chat_pkey" PRIMARY KEY ("id","created_at")
) PARTITION BY RANGE ("created_at");

-- CreateTable
CREATE TABLE "stream_chat_bans" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "stream_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" "chat_ban_kind" NOT NULL,
    "reason" TEXT,
    "expires_at" TIMESTAMPTZ(6),
    "issued_by_id" UUID,
    "lifted_at" TIMESTAMPTZ(6),
    "lifted_by_id" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stream_chat_bans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stream_donations" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "stream_id" UUID NOT NULL,
    "donor_id" UUID,
    "donor_name" VARCHAR(100),
    "amount" DECIMAL(14,2) NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "processing_fee" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "platform_fee" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "net_amount" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "message" TEXT,
    "show_on_stream" BOOLEAN NOT NULL DEFAULT true,
    "is_highlighted" BOOLEAN NOT NULL DEFAULT false,
    "status" "donation_status" NOT NULL DEFAULT 'PENDING',
    "payment_id" UUID,
    "stripe_payment_intent_id" VARCHAR(255),
    "refunded_at" TIMESTAMPTZ(6),
    "is_deleted" BOOLEAN NOT NULL DEFAULT false,
    "deleted_at" TIMESTAMPTZ(6),
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "deleted_by_id" UUID,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stream_donations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stream_viewers" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "stream_id" UUID NOT NULL,
    "user_id" UUID,
    "session_id" VARCHAR(255),
    "joined_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "left_at" TIMESTAMPTZ(6),
    "watch_duration" INTEGER NOT NULL DEFAULT 0,
    "ip_address" VARCHAR(45),
    "country_code" CHAR(2),
    "city" VARCHAR(100),
    "user_agent" TEXT,
    "device_type" VARCHAR(20),
    "browser" VARCHAR(50),
    "os" VARCHAR(50),
    "chat_messages_sent" INTEGER NOT NULL DEFAULT 0,
    "donated" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stream_viewers_pkey" PRIMARY KEY ("id","created_at")
) PARTITION BY RANGE ("created_at");

-- CreateTable
CREATE TABLE "policies" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" VARCHAR(50) NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "user_facing_text" TEXT NOT NULL,
    "description" TEXT,
    "category" VARCHAR(50) NOT NULL,
    "domain" "policy_domain" NOT NULL,
    "severity" "severity" NOT NULL DEFAULT 'MEDIUM',
    "strikes" INTEGER NOT NULL DEFAULT 0,
    "strike_threshold_action" JSONB,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "policies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "moderation_cases" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "target_type" "moderation_target_type" NOT NULL,
    "target_id" UUID NOT NULL,
    "target_created_at" TIMESTAMPTZ(6),
    "target_owner_id" UUID,
    "status" "case_status" NOT NULL DEFAULT 'OPEN',
    "category" VARCHAR(50),
    "sources" "moderation_source"[] DEFAULT ARRAY[]::"moderation_source"[],
    "severity" "severity" NOT NULL DEFAULT 'MEDIUM',
    "report_count" INTEGER NOT NULL DEFAULT 0,
    "reach" BIGINT NOT NULL DEFAULT 0,
    "automated_score" DOUBLE PRECISION,
    "priority" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "policy_id" UUID,
    "sla_due_at" TIMESTAMPTZ(6),
    "claimed_by_id" UUID,
    "claimed_at" TIMESTAMPTZ(6),
    "lease_expires_at" TIMESTAMPTZ(6),
    "version" INTEGER NOT NULL DEFAULT 0,
    "opened_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_reported_at" TIMESTAMPTZ(6),
    "escalated_at" TIMESTAMPTZ(6),
    "escalated_by_id" UUID,
    "escalation_reason" TEXT,
    "resolved_at" TIMESTAMPTZ(6),
    "resolved_by_id" UUID,
    "resolution_action" "moderation_action",
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "moderation_cases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "moderation_decisions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "case_id" UUID NOT NULL,
    "moderator_id" UUID NOT NULL,
    "target_type" "moderation_target_type" NOT NULL,
    "target_id" UUID NOT NULL,
    "action" "moderation_action" NOT NULL,
    "policy_id" UUID,
    "reason" TEXT,
    "notes" TEXT,
    "user_facing_text" TEXT,
    "effects" JSONB,
    "reverses_decision_id" UUID,
    "is_bulk" BOOLEAN NOT NULL DEFAULT false,
    "bulk_batch_id" UUID,
    "sampled_for_review" BOOLEAN NOT NULL DEFAULT false,
    "second_reviewer_id" UUID,
    "second_review_action" "moderation_action",
    "second_review_agrees" BOOLEAN,
    "second_review_notes" TEXT,
    "second_reviewed_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "moderation_decisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_reports" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "reporter_id" UUID,
    "target_type" "moderation_target_type" NOT NULL,
    "target_id" UUID NOT NULL,
    "target_owner_id" UUID,
    "reason_code" VARCHAR(50) NOT NULL,
    "policy_id" UUID,
    "details" TEXT,
    "case_id" UUID,
    "status" "user_report_status" NOT NULL DEFAULT 'OPEN',
    "resolved_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "keyword_rules" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "pattern" VARCHAR(500) NOT NULL,
    "is_regex" BOOLEAN NOT NULL DEFAULT false,
    "case_sensitive" BOOLEAN NOT NULL DEFAULT false,
    "applies_to" "keyword_rule_target"[] DEFAULT ARRAY['COMMENT', 'STREAM_CHAT', 'POST']::"keyword_rule_target"[],
    "description" TEXT,
    "policy_id" UUID,
    "severity" "severity" NOT NULL DEFAULT 'MEDIUM',
    "is_enabled" BOOLEAN NOT NULL DEFAULT true,
    "match_count" BIGINT NOT NULL DEFAULT 0,
    "last_matched_at" TIMESTAMPTZ(6),
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "keyword_rules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "content_moderation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "content_type" "content_type" NOT NULL,
    "content_id" UUID NOT NULL,
    "moderator_id" UUID,
    "status" "moderation_status" NOT NULL DEFAULT 'PENDING',
    "reason" TEXT,
    "automated_score" DECIMAL(3,2),
    "reviewed_at" TIMESTAMPTZ(6),
    "source" "content_moderation_source" NOT NULL DEFAULT 'MANUAL',
    "labels" JSONB,
    "model_version" VARCHAR(50),
    "job_id" VARCHAR(255),
    "job_status" "scan_job_status",
    "job_progress" INTEGER,
    "error_message" TEXT,
    "completed_at" TIMESTAMPTZ(6),
    "case_id" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "content_moderation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "strikes" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "kind" "strike_kind" NOT NULL,
    "policy_id" UUID,
    "source_decision_id" UUID,
    "source_claim_id" UUID,
    "reason" TEXT,
    "issued_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issued_by_id" UUID,
    "expires_at" TIMESTAMPTZ(6),
    "removed_at" TIMESTAMPTZ(6),
    "removed_by_id" UUID,
    "removed_reason" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "strikes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "enforcement_actions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "action" "enforcement_action_type" NOT NULL,
    "status" "enforcement_status" NOT NULL DEFAULT 'APPLIED',
    "reason" TEXT,
    "user_facing_text" TEXT,
    "policy_id" UUID,
    "strike_id" UUID,
    "case_id" UUID,
    "content_takedown" BOOLEAN NOT NULL DEFAULT false,
    "reverses_action_id" UUID,
    "starts_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ends_at" TIMESTAMPTZ(6),
    "lifted_at" TIMESTAMPTZ(6),
    "lifted_by_id" UUID,
    "lift_reason" TEXT,
    "actor_id" UUID,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "enforcement_actions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appeals" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "appellant_id" UUID NOT NULL,
    "subject_type" "appeal_subject_type" NOT NULL,
    "subject_id" UUID NOT NULL,
    "case_id" UUID,
    "statement" TEXT NOT NULL,
    "status" "appeal_status" NOT NULL DEFAULT 'PENDING',
    "original_actor_id" UUID,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(6),
    "decision_reason" TEXT,
    "user_facing_text" TEXT,
    "claimed_by_id" UUID,
    "claimed_at" TIMESTAMPTZ(6),
    "lease_expires_at" TIMESTAMPTZ(6),
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "appeals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "media_exposures" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "staff_id" UUID NOT NULL,
    "case_id" UUID,
    "target_type" "moderation_target_type" NOT NULL,
    "target_id" UUID NOT NULL,
    "labels" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "is_graphic" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "media_exposures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "actor_id" UUID,
    "type" "notification_type" NOT NULL,
    "channels" "notification_channel"[] DEFAULT ARRAY['IN_APP']::"notification_channel"[],
    "priority" "notification_priority" NOT NULL DEFAULT 'NORMAL',
    "status" "notification_status" NOT NULL DEFAULT 'PENDING',
    "title" VARCHAR(255) NOT NULL,
    "body" TEXT,
    "image_url" VARCHAR(1024),
    "action_url" VARCHAR(1024),
    "data" JSONB,
    "video_id" UUID,
    "post_id" UUID,
    "comment_id" UUID,
    "livestream_id" UUID,
    "payment_id" UUID,
    "sent_at" TIMESTAMPTZ(6),
    "delivered_at" TIMESTAMPTZ(6),
    "read_at" TIMESTAMPTZ(6),
    "clicked_at" TIMESTAMPTZ(6),
    "failed_at" TIMESTAMPTZ(6),
    "failure_reason" TEXT,
    "group_key" VARCHAR(255),
    "expires_at" TIMESTAMPTZ(6),
    "is_deleted" BOOLEAN NOT NULL DEFAULT false,
    "deleted_at" TIMESTAMPTZ(6),
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "deleted_by_id" UUID,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_settings" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "in_app_enabled" BOOLEAN NOT NULL DEFAULT true,
    "email_enabled" BOOLEAN NOT NULL DEFAULT true,
    "push_enabled" BOOLEAN NOT NULL DEFAULT true,
    "sms_enabled" BOOLEAN NOT NULL DEFAULT false,
    "follow_in_app" BOOLEAN NOT NULL DEFAULT true,
    "follow_email" BOOLEAN NOT NULL DEFAULT false,
    "follow_push" BOOLEAN NOT NULL DEFAULT true,
    "like_in_app" BOOLEAN NOT NULL DEFAULT true,
    "like_email" BOOLEAN NOT NULL DEFAULT false,
    "like_push" BOOLEAN NOT NULL DEFAULT true,
    "comment_in_app" BOOLEAN NOT NULL DEFAULT true,
    "comment_email" BOOLEAN NOT NULL DEFAULT false,
    "comment_push" BOOLEAN NOT NULL DEFAULT true,
    "mention_in_app" BOOLEAN NOT NULL DEFAULT true,
    "mention_email" BOOLEAN NOT NULL DEFAULT false,
    "mention_push" BOOLEAN NOT NULL DEFAULT true,
    "repost_in_app" BOOLEAN NOT NULL DEFAULT true,
    "repost_email" BOOLEAN NOT NULL DEFAULT false,
    "repost_push" BOOLEAN NOT NULL DEFAULT true,
    "video_like_in_app" BOOLEAN NOT NULL DEFAULT true,
    "video_like_email" BOOLEAN NOT NULL DEFAULT false,
    "video_like_push" BOOLEAN NOT NULL DEFAULT true,
    "video_comment_in_app" BOOLEAN NOT NULL DEFAULT true,
    "video_comment_email" BOOLEAN NOT NULL DEFAULT false,
    "video_comment_push" BOOLEAN NOT NULL DEFAULT true,
    "video_uploaded_in_app" BOOLEAN NOT NULL DEFAULT true,
    "video_uploaded_email" BOOLEAN NOT NULL DEFAULT false,
    "video_uploaded_push" BOOLEAN NOT NULL DEFAULT true,
    "video_processed_in_app" BOOLEAN NOT NULL DEFAULT true,
    "video_processed_email" BOOLEAN NOT NULL DEFAULT true,
    "video_processed_push" BOOLEAN NOT NULL DEFAULT true,
    "video_moderation_in_app" BOOLEAN NOT NULL DEFAULT true,
    "video_moderation_email" BOOLEAN NOT NULL DEFAULT true,
    "video_moderation_push" BOOLEAN NOT NULL DEFAULT true,
    "live_stream_in_app" BOOLEAN NOT NULL DEFAULT true,
    "live_stream_email" BOOLEAN NOT NULL DEFAULT false,
    "live_stream_push" BOOLEAN NOT NULL DEFAULT true,
    "stream_donation_in_app" BOOLEAN NOT NULL DEFAULT true,
    "stream_donation_email" BOOLEAN NOT NULL DEFAULT false,
    "stream_donation_push" BOOLEAN NOT NULL DEFAULT true,
    "payment_in_app" BOOLEAN NOT NULL DEFAULT true,
    "payment_email" BOOLEAN NOT NULL DEFAULT true,
    "payment_push" BOOLEAN NOT NULL DEFAULT true,
    "payout_in_app" BOOLEAN NOT NULL DEFAULT true,
    "payout_email" BOOLEAN NOT NULL DEFAULT true,
    "payout_push" BOOLEAN NOT NULL DEFAULT true,
    "subscription_in_app" BOOLEAN NOT NULL DEFAULT true,
    "subscription_email" BOOLEAN NOT NULL DEFAULT true,
    "subscription_push" BOOLEAN NOT NULL DEFAULT true,
    "content_moderation_in_app" BOOLEAN NOT NULL DEFAULT true,
    "content_moderation_email" BOOLEAN NOT NULL DEFAULT true,
    "content_moderation_push" BOOLEAN NOT NULL DEFAULT true,
    "account_in_app" BOOLEAN NOT NULL DEFAULT true,
    "account_email" BOOLEAN NOT NULL DEFAULT true,
    "account_push" BOOLEAN NOT NULL DEFAULT true,
    "security_in_app" BOOLEAN NOT NULL DEFAULT true,
    "security_email" BOOLEAN NOT NULL DEFAULT true,
    "security_push" BOOLEAN NOT NULL DEFAULT true,
    "system_announcement_in_app" BOOLEAN NOT NULL DEFAULT true,
    "system_announcement_email" BOOLEAN NOT NULL DEFAULT true,
    "system_announcement_push" BOOLEAN NOT NULL DEFAULT true,
    "feature_update_in_app" BOOLEAN NOT NULL DEFAULT true,
    "feature_update_email" BOOLEAN NOT NULL DEFAULT false,
    "feature_update_push" BOOLEAN NOT NULL DEFAULT true,
    "do_not_disturb" BOOLEAN NOT NULL DEFAULT false,
    "do_not_disturb_start" VARCHAR(5),
    "do_not_disturb_end" VARCHAR(5),
    "email_digest_enabled" BOOLEAN NOT NULL DEFAULT false,
    "email_digest_frequency" "digest_frequency" NOT NULL DEFAULT 'WEEKLY',
    "is_deleted" BOOLEAN NOT NULL DEFAULT false,
    "deleted_at" TIMESTAMPTZ(6),
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "deleted_by_id" UUID,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_settings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "push_tokens" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "token" VARCHAR(512) NOT NULL,
    "platform" "push_platform" NOT NULL,
    "device_id" VARCHAR(255),
    "device_name" VARCHAR(255),
    "device_model" VARCHAR(100),
    "os_version" VARCHAR(50),
    "app_version" VARCHAR(50),
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "failed_count" INTEGER NOT NULL DEFAULT 0,
    "last_failed_at" TIMESTAMPTZ(6),
    "last_used_at" TIMESTAMPTZ(6),
    "is_deleted" BOOLEAN NOT NULL DEFAULT false,
    "deleted_at" TIMESTAMPTZ(6),
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "deleted_by_id" UUID,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "push_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payments" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "recipient_id" UUID,
    "amount" DECIMAL(14,2) NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "payment_type" "payment_type" NOT NULL,
    "status" "payment_status" NOT NULL DEFAULT 'PENDING',
    "provider" "payment_provider" NOT NULL DEFAULT 'STRIPE',
    "description" TEXT,
    "provider_payment_id" VARCHAR(255),
    "provider_transaction_id" VARCHAR(255),
    "payment_method_type" VARCHAR(50),
    "card_brand" VARCHAR(20),
    "card_last4" CHAR(4),
    "card_exp_month" INTEGER,
    "card_exp_year" INTEGER,
    "billing_address" JSONB,
    "processing_fee" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "platform_fee" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "net_amount" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "completed_at" TIMESTAMPTZ(6),
    "failed_at" TIMESTAMPTZ(6),
    "failure_code" VARCHAR(100),
    "failure_reason" TEXT,
    "refunded_amount" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "refund_reason" TEXT,
    "refunded_at" TIMESTAMPTZ(6),
    "disputed_at" TIMESTAMPTZ(6),
    "dispute_reason" TEXT,
    "subscription_id" UUID,
    "payout_id" UUID,
    "is_deleted" BOOLEAN NOT NULL DEFAULT false,
    "deleted_at" TIMESTAMPTZ(6),
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "deleted_by_id" UUID,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "payments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subscriptions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "creator_id" UUID,
    "tier" "subscription_tier" NOT NULL DEFAULT 'BASIC',
    "status" "subscription_status" NOT NULL DEFAULT 'INCOMPLETE',
    "stripe_subscription_id" VARCHAR(255),
    "stripe_customer_id" VARCHAR(255),
    "stripe_price_id" VARCHAR(255),
    "price_amount" DECIMAL(14,2) NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "billing_cycle" "billing_cycle" NOT NULL DEFAULT 'MONTHLY',
    "trial_ends_at" TIMESTAMPTZ(6),
    "trial_days" INTEGER NOT NULL DEFAULT 0,
    "started_at" TIMESTAMPTZ(6),
    "current_period_start" TIMESTAMPTZ(6),
    "current_period_end" TIMESTAMPTZ(6),
    "cancel_at_period_end" BOOLEAN NOT NULL DEFAULT false,
    "cancelled_at" TIMESTAMPTZ(6),
    "cancellation_reason" TEXT,
    "ended_at" TIMESTAMPTZ(6),
    "is_deleted" BOOLEAN NOT NULL DEFAULT false,
    "deleted_at" TIMESTAMPTZ(6),
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "deleted_by_id" UUID,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "subscriptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payouts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "status" "payout_status" NOT NULL DEFAULT 'PENDING',
    "stripe_payout_id" VARCHAR(255),
    "stripe_transfer_id" VARCHAR(255),
    "stripe_connect_account_id" VARCHAR(255),
    "idempotency_key" VARCHAR(255),
    "period_start" TIMESTAMPTZ(6),
    "period_end" TIMESTAMPTZ(6),
    "ad_revenue" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "subscription_revenue" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "tip_revenue" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "other_revenue" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "platform_fee" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "processing_fee" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "tax_withheld" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "net_amount" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "bank_name" VARCHAR(100),
    "account_last4" CHAR(4),
    "required_approvals" INTEGER NOT NULL DEFAULT 1,
    "approved_at" TIMESTAMPTZ(6),
    "held_at" TIMESTAMPTZ(6),
    "held_by_id" UUID,
    "hold_reason" TEXT,
    "hold_kind" "payout_hold_kind",
    "risk_score" DOUBLE PRECISION,
    "risk_signals" JSONB,
    "risk_computed_at" TIMESTAMPTZ(6),
    "processed_at" TIMESTAMPTZ(6),
    "paid_at" TIMESTAMPTZ(6),
    "failed_at" TIMESTAMPTZ(6),
    "failure_code" VARCHAR(100),
    "failure_reason" TEXT,
    "cancelled_at" TIMESTAMPTZ(6),
    "cancelled_by_id" UUID,
    "cancellation_reason" TEXT,
    "reconciled_at" TIMESTAMPTZ(6),
    "is_deleted" BOOLEAN NOT NULL DEFAULT false,
    "deleted_at" TIMESTAMPTZ(6),
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "deleted_by_id" UUID,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "payouts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transactions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "transaction_type" "transaction_type" NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "balance_before" DECIMAL(14,2) NOT NULL,
    "balance_after" DECIMAL(14,2) NOT NULL,
    "description" TEXT,
    "external_reference" VARCHAR(255),
    "payment_id" UUID,
    "payout_id" UUID,
    "refund_id" UUID,
    "created_by_id" UUID,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "transactions_pkey" PRIMARY KEY ("id","created_at")
) PARTITION BY RANGE ("created_at");

-- CreateTable
CREATE TABLE "payout_approvals" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "payout_id" UUID NOT NULL,
    "approver_id" UUID NOT NULL,
    "decision" "payout_approval_decision" NOT NULL,
    "approved_amount" DECIMAL(14,2),
    "note" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "payout_approvals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "refunds" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "payment_id" UUID NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "reason" TEXT,
    "stripe_reason" VARCHAR(30),
    "status" "refund_status" NOT NULL DEFAULT 'PENDING',
    "requested_by_id" UUID,
    "approved_by_id" UUID,
    "approved_at" TIMESTAMPTZ(6),
    "required_approvals" INTEGER NOT NULL DEFAULT 1,
    "second_approved_by_id" UUID,
    "second_approved_at" TIMESTAMPTZ(6),
    "stripe_refund_id" VARCHAR(255),
    "idempotency_key" VARCHAR(255),
    "failure_code" VARCHAR(100),
    "failure_reason" TEXT,
    "processed_at" TIMESTAMPTZ(6),
    "succeeded_at" TIMESTAMPTZ(6),
    "failed_at" TIMESTAMPTZ(6),
    "reconciled_at" TIMESTAMPTZ(6),
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "refunds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "posts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "owner_id" UUID NOT NULL,
    "content" TEXT NOT NULL,
    "content_html" TEXT,
    "hashtags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "mentions" UUID[] DEFAULT ARRAY[]::UUID[],
    "media_type" "media_type",
    "media_urls" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "media_metadata" JSONB,
    "location" VARCHAR(100),
    "is_repost" BOOLEAN NOT NULL DEFAULT false,
    "original_post_id" UUID,
    "repost_comment" TEXT,
    "visibility" "post_visibility" NOT NULL DEFAULT 'PUBLIC',
    "is_featured" BOOLEAN NOT NULL DEFAULT false,
    "view_count" INTEGER NOT NULL DEFAULT 0,
    "like_count" INTEGER NOT NULL DEFAULT 0,
    "comment_count" INTEGER NOT NULL DEFAULT 0,
    "repost_count" INTEGER NOT NULL DEFAULT 0,
    "share_count" INTEGER NOT NULL DEFAULT 0,
    "save_count" INTEGER NOT NULL DEFAULT 0,
    "engagement_rate" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "engagement_score" DECIMAL(10,2) NOT NULL DEFAULT 0,
    "moderation_status" "moderation_status" NOT NULL DEFAULT 'PENDING',
    "moderation_score" DOUBLE PRECISION,
    "moderation_labels" JSONB,
    "moderated_at" TIMESTAMPTZ(6),
    "moderated_by_id" UUID,
    "moderation_notes" TEXT,
    "age_restricted" BOOLEAN NOT NULL DEFAULT false,
    "is_recommendable" BOOLEAN NOT NULL DEFAULT true,
    "is_deleted" BOOLEAN NOT NULL DEFAULT false,
    "deleted_at" TIMESTAMPTZ(6),
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "deleted_by_id" UUID,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "posts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comments" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "post_id" UUID,
    "video_id" UUID,
    "parent_comment_id" UUID,
    "content" TEXT NOT NULL,
    "content_html" TEXT,
    "mentions" UUID[] DEFAULT ARRAY[]::UUID[],
    "like_count" INTEGER NOT NULL DEFAULT 0,
    "reply_count" INTEGER NOT NULL DEFAULT 0,
    "is_edited" BOOLEAN NOT NULL DEFAULT false,
    "edited_at" TIMESTAMPTZ(6),
    "is_pinned" BOOLEAN NOT NULL DEFAULT false,
    "moderation_status" "moderation_status" NOT NULL DEFAULT 'PENDING',
    "moderation_score" DOUBLE PRECISION,
    "moderation_labels" JSONB,
    "moderated_at" TIMESTAMPTZ(6),
    "moderated_by_id" UUID,
    "moderation_notes" TEXT,
    "is_deleted" BOOLEAN NOT NULL DEFAULT false,
    "deleted_at" TIMESTAMPTZ(6),
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "deleted_by_id" UUID,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "comments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "likes" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "post_id" UUID,
    "video_id" UUID,
    "comment_id" UUID,
    "is_deleted" BOOLEAN NOT NULL DEFAULT false,
    "deleted_at" TIMESTAMPTZ(6),
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "deleted_by_id" UUID,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "likes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "follows" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "follower_id" UUID NOT NULL,
    "following_id" UUID NOT NULL,
    "notified" BOOLEAN NOT NULL DEFAULT false,
    "is_deleted" BOOLEAN NOT NULL DEFAULT false,
    "deleted_at" TIMESTAMPTZ(6),
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "deleted_by_id" UUID,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "follows_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "saves" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "post_id" UUID,
    "video_id" UUID,
    "collection_name" VARCHAR(100),
    "notes" TEXT,
    "is_deleted" BOOLEAN NOT NULL DEFAULT false,
    "deleted_at" TIMESTAMPTZ(6),
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "deleted_by_id" UUID,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saves_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_engagement" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "post_id" UUID NOT NULL,
    "engagement_type" "engagement_type" NOT NULL,
    "value" DECIMAL(5,2) NOT NULL DEFAULT 1.0,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_engagement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feed_items" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "post_id" UUID NOT NULL,
    "score" DECIMAL(10,4) NOT NULL,
    "reason" VARCHAR(50),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(6),

    CONSTRAINT "feed_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "username" VARCHAR(50) NOT NULL,
    "email" VARCHAR(255) NOT NULL,
    "phone_number" VARCHAR(20),
    "password_hash" VARCHAR(255),
    "display_name" VARCHAR(100),
    "bio" TEXT,
    "avatar_url" VARCHAR(500),
    "cover_image_url" VARCHAR(500),
    "website" VARCHAR(500),
    "location" VARCHAR(100),
    "date_of_birth" DATE,
    "role" "user_role" NOT NULL DEFAULT 'USER',
    "status" "user_status" NOT NULL DEFAULT 'ACTIVE',
    "is_verified" BOOLEAN NOT NULL DEFAULT false,
    "is_phone_verified" BOOLEAN NOT NULL DEFAULT false,
    "email_verified_at" TIMESTAMPTZ(6),
    "two_factor_enabled" BOOLEAN NOT NULL DEFAULT false,
    "two_factor_secret" VARCHAR(255),
    "backup_codes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "google_id" VARCHAR(255),
    "facebook_id" VARCHAR(255),
    "twitter_id" VARCHAR(255),
    "github_id" VARCHAR(255),
    "firebase_uid" VARCHAR(128),
    "stripe_customer_id" VARCHAR(255),
    "stripe_connect_account_id" VARCHAR(255),
    "stripe_connect_onboarded" BOOLEAN NOT NULL DEFAULT false,
    "total_revenue" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "pending_payout" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "lifetime_payout" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "follower_count" BIGINT NOT NULL DEFAULT 0,
    "following_count" BIGINT NOT NULL DEFAULT 0,
    "video_count" BIGINT NOT NULL DEFAULT 0,
    "post_count" BIGINT NOT NULL DEFAULT 0,
    "total_views" BIGINT NOT NULL DEFAULT 0,
    "total_likes" BIGINT NOT NULL DEFAULT 0,
    "total_watch_time" BIGINT NOT NULL DEFAULT 0,
    "ban_reason" TEXT,
    "banned_at" TIMESTAMPTZ(6),
    "banned_by_id" UUID,
    "suspension_reason" TEXT,
    "suspended_at" TIMESTAMPTZ(6),
    "suspension_ends_at" TIMESTAMPTZ(6),
    "suspended_by_id" UUID,
    "privacy_level" "privacy_level" NOT NULL DEFAULT 'PUBLIC',
    "email_notifications" BOOLEAN NOT NULL DEFAULT true,
    "push_notifications" BOOLEAN NOT NULL DEFAULT true,
    "marketing_emails" BOOLEAN NOT NULL DEFAULT false,
    "show_activity_status" BOOLEAN NOT NULL DEFAULT true,
    "allow_messages_from" VARCHAR(20) NOT NULL DEFAULT 'EVERYONE',
    "content_language" VARCHAR(10) NOT NULL DEFAULT 'en',
    "timezone" VARCHAR(50) NOT NULL DEFAULT 'UTC',
    "preferences" JSONB,
    "last_login_at" TIMESTAMPTZ(6),
    "last_login_ip" VARCHAR(45),
    "current_login_at" TIMESTAMPTZ(6),
    "current_login_ip" VARCHAR(45),
    "login_count" INTEGER NOT NULL DEFAULT 0,
    "is_deleted" BOOLEAN NOT NULL DEFAULT false,
    "deleted_at" TIMESTAMPTZ(6),
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "deleted_by_id" UUID,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_verification_tokens" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "token_hash" VARCHAR(255) NOT NULL,
    "email" VARCHAR(255) NOT NULL,
    "expires_at" TIMESTAMPTZ(6) NOT NULL,
    "used_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_verification_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "password_reset_tokens" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "token_hash" VARCHAR(255) NOT NULL,
    "expires_at" TIMESTAMPTZ(6) NOT NULL,
    "used_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "password_reset_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_sessions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "refresh_token_hash" VARCHAR(255) NOT NULL,
    "device_info" JSONB,
    "ip_address" VARCHAR(45),
    "user_agent" TEXT,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "expires_at" TIMESTAMPTZ(6) NOT NULL,
    "last_used_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(6),
    "revoked_by_id" UUID,
    "revoked_reason" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "roles" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" VARCHAR(80) NOT NULL,
    "description" VARCHAR(255),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "roles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_roles" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "role_id" UUID NOT NULL,
    "granted_by_id" UUID,
    "granted_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_roles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "videos" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "owner_id" UUID NOT NULL,
    "title" VARCHAR(255) NOT NULL,
    "description" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "category" VARCHAR(50),
    "language" VARCHAR(10),
    "filename" VARCHAR(255),
    "file_size" BIGINT,
    "duration" DOUBLE PRECISION,
    "fps" DOUBLE PRECISION,
    "width" INTEGER,
    "height" INTEGER,
    "bitrate" INTEGER,
    "codec" VARCHAR(50),
    "aspect_ratio" VARCHAR(10),
    "s3_bucket" VARCHAR(255),
    "s3_key" VARCHAR(1024),
    "s3_region" VARCHAR(50),
    "mediaconvert_job_id" VARCHAR(255),
    "mediaconvert_status" "mediaconvert_status",
    "mediaconvert_progress" INTEGER NOT NULL DEFAULT 0,
    "mediaconvert_error" JSONB,
    "hls_master_url" VARCHAR(1024),
    "dash_manifest_url" VARCHAR(1024),
    "cloudfront_distribution" VARCHAR(255),
    "available_qualities" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "thumbnail_url" VARCHAR(1024),
    "thumbnail_small_url" VARCHAR(1024),
    "thumbnail_medium_url" VARCHAR(1024),
    "thumbnail_large_url" VARCHAR(1024),
    "preview_gif_url" VARCHAR(1024),
    "captions" JSONB,
    "status" "video_status" NOT NULL DEFAULT 'UPLOADING',
    "visibility" "video_visibility" NOT NULL DEFAULT 'PUBLIC',
    "scheduled_publish_at" TIMESTAMPTZ(6),
    "published_at" TIMESTAMPTZ(6),
    "moderation_status" "moderation_status" NOT NULL DEFAULT 'PENDING',
    "moderation_score" DOUBLE PRECISION,
    "moderation_labels" JSONB,
    "moderated_at" TIMESTAMPTZ(6),
    "moderated_by_id" UUID,
    "moderation_notes" TEXT,
    "is_recommendable" BOOLEAN NOT NULL DEFAULT true,
    "view_count" BIGINT NOT NULL DEFAULT 0,
    "unique_view_count" BIGINT NOT NULL DEFAULT 0,
    "like_count" BIGINT NOT NULL DEFAULT 0,
    "dislike_count" BIGINT NOT NULL DEFAULT 0,
    "comment_count" BIGINT NOT NULL DEFAULT 0,
    "share_count" BIGINT NOT NULL DEFAULT 0,
    "save_count" BIGINT NOT NULL DEFAULT 0,
    "total_watch_time" BIGINT NOT NULL DEFAULT 0,
    "average_watch_time" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "average_watch_percentage" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "completion_rate" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "engagement_rate" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "is_monetized" BOOLEAN NOT NULL DEFAULT false,
    "monetization_enabled_at" TIMESTAMPTZ(6),
    "ad_breaks" JSONB,
    "total_revenue" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "estimated_revenue" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "copyright_claims" JSONB,
    "copyright_status" "copyright_status" NOT NULL DEFAULT 'CLEAR',
    "age_restricted" BOOLEAN NOT NULL DEFAULT false,
    "min_age" INTEGER,
    "allowed_countries" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "blocked_countries" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "is_deleted" BOOLEAN NOT NULL DEFAULT false,
    "deleted_at" TIMESTAMPTZ(6),
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "deleted_by_id" UUID,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "videos_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "video_views" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "video_id" UUID NOT NULL,
    "user_id" UUID,
    "session_id" VARCHAR(255),
    "watch_duration" INTEGER NOT NULL DEFAULT 0,
    "watch_percentage" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "completed" BOOLEAN NOT NULL DEFAULT false,
    "quality" VARCHAR(10),
    "ip_address" VARCHAR(45),
    "country_code" CHAR(2),
    "region" VARCHAR(100),
    "city" VARCHAR(100),
    "user_agent" TEXT,
    "device_type" VARCHAR(20),
    "browser" VARCHAR(50),
    "os" VARCHAR(50),
    "referrer" VARCHAR(1024),
    "source" VARCHAR(50),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "video_views_pkey" PRIMARY KEY ("id","created_at")
) PARTITION BY RANGE ("created_at");

-- CreateTable
CREATE TABLE "media_files" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "filename" VARCHAR(255) NOT NULL,
    "original_name" VARCHAR(255),
    "mime_type" VARCHAR(100),
    "file_size" BIGINT,
    "width" INTEGER,
    "height" INTEGER,
    "duration" INTEGER,
    "s3_bucket" VARCHAR(255),
    "storage_path" VARCHAR(500) NOT NULL,
    "cdn_url" VARCHAR(500),
    "processing_status" "processing_status" NOT NULL DEFAULT 'PENDING',
    "moderation_status" "moderation_status" NOT NULL DEFAULT 'PENDING',
    "moderation_score" DOUBLE PRECISION,
    "moderation_labels" JSONB,
    "moderated_at" TIMESTAMPTZ(6),
    "moderated_by_id" UUID,
    "is_deleted" BOOLEAN NOT NULL DEFAULT false,
    "deleted_at" TIMESTAMPTZ(6),
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "media_files_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ad_campaigns_advertiser_id_created_at_idx" ON "ad_campaigns"("advertiser_id", "created_at");

-- CreateIndex
CREATE INDEX "ad_campaigns_status_created_at_idx" ON "ad_campaigns"("status", "created_at");

-- CreateIndex
CREATE INDEX "ad_campaigns_start_date_end_date_idx" ON "ad_campaigns"("start_date", "end_date");

-- CreateIndex
CREATE INDEX "ad_campaigns_target_countries_idx" ON "ad_campaigns" USING GIN ("target_countries");

-- CreateIndex
CREATE INDEX "ads_campaign_id_created_at_idx" ON "ads"("campaign_id", "created_at");

-- CreateIndex
CREATE INDEX "ads_review_status_submitted_for_review_at_idx" ON "ads"("review_status", "submitted_for_review_at");

-- CreateIndex
CREATE INDEX "ads_video_id_idx" ON "ads"("video_id");

-- CreateIndex
CREATE INDEX "ads_reviewed_by_id_idx" ON "ads"("reviewed_by_id");

-- CreateIndex
CREATE INDEX "ads_review_claimed_by_id_idx" ON "ads"("review_claimed_by_id");

-- CreateIndex
CREATE INDEX "ad_impressions_ad_id_created_at_idx" ON "ad_impressions"("ad_id", "created_at");

-- CreateIndex
CREATE INDEX "ad_impressions_campaign_id_created_at_idx" ON "ad_impressions"("campaign_id", "created_at");

-- CreateIndex
CREATE INDEX "ad_impressions_user_id_created_at_idx" ON "ad_impressions"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "ad_impressions_session_id_ad_id_idx" ON "ad_impressions"("session_id", "ad_id");

-- CreateIndex
CREATE INDEX "ad_impressions_country_code_created_at_idx" ON "ad_impressions"("country_code", "created_at");

-- CreateIndex
CREATE INDEX "ad_impressions_video_id_idx" ON "ad_impressions"("video_id");

-- CreateIndex
CREATE INDEX "ad_impressions_post_id_idx" ON "ad_impressions"("post_id");

-- CreateIndex
CREATE INDEX "ad_clicks_ad_id_created_at_idx" ON "ad_clicks"("ad_id", "created_at");

-- CreateIndex
CREATE INDEX "ad_clicks_campaign_id_created_at_idx" ON "ad_clicks"("campaign_id", "created_at");

-- CreateIndex
CREATE INDEX "ad_clicks_user_id_created_at_idx" ON "ad_clicks"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "ad_clicks_session_id_ad_id_idx" ON "ad_clicks"("session_id", "ad_id");

-- CreateIndex
CREATE INDEX "ad_clicks_country_code_created_at_idx" ON "ad_clicks"("country_code", "created_at");

-- CreateIndex
CREATE INDEX "ad_clicks_impression_id_idx" ON "ad_clicks"("impression_id");

-- CreateIndex
CREATE INDEX "ad_clicks_converted_created_at_idx" ON "ad_clicks"("converted", "created_at");

-- CreateIndex
CREATE INDEX "ad_clicks_video_id_idx" ON "ad_clicks"("video_id");

-- CreateIndex
CREATE INDEX "ad_clicks_post_id_idx" ON "ad_clicks"("post_id");

-- CreateIndex
CREATE INDEX "ad_reviews_ad_id_created_at_idx" ON "ad_reviews"("ad_id", "created_at");

-- CreateIndex
CREATE INDEX "ad_reviews_reviewer_id_created_at_idx" ON "ad_reviews"("reviewer_id", "created_at");

-- CreateIndex
CREATE INDEX "ad_reviews_decision_created_at_idx" ON "ad_reviews"("decision", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "ad_prescreen_thresholds_category_key" ON "ad_prescreen_thresholds"("category");

-- CreateIndex
CREATE INDEX "user_analytics_user_id_date_idx" ON "user_analytics"("user_id", "date" DESC);

-- CreateIndex
CREATE INDEX "user_analytics_date_idx" ON "user_analytics"("date");

-- CreateIndex
CREATE UNIQUE INDEX "user_analytics_user_id_date_key" ON "user_analytics"("user_id", "date");

-- CreateIndex
CREATE INDEX "system_metrics_metric_name_timestamp_idx" ON "system_metrics"("metric_name", "timestamp" DESC);

-- CreateIndex
CREATE INDEX "system_metrics_tags_idx" ON "system_metrics" USING GIN ("tags");

-- CreateIndex
CREATE UNIQUE INDEX "channels_channel_id_key" ON "channels"("channel_id");

-- CreateIndex
CREATE INDEX "channels_name_idx" ON "channels"("name");

-- CreateIndex
CREATE UNIQUE INDEX "catalog_videos_video_id_key" ON "catalog_videos"("video_id");

-- CreateIndex
CREATE UNIQUE INDEX "catalog_videos_asset_id_key" ON "catalog_videos"("asset_id");

-- CreateIndex
CREATE UNIQUE INDEX "catalog_videos_custom_id_key" ON "catalog_videos"("custom_id");

-- CreateIndex
CREATE UNIQUE INDEX "catalog_videos_isrc_key" ON "catalog_videos"("isrc");

-- CreateIndex
CREATE UNIQUE INDEX "catalog_videos_upc_key" ON "catalog_videos"("upc");

-- CreateIndex
CREATE INDEX "catalog_videos_channel_display_name_idx" ON "catalog_videos"("channel_display_name");

-- CreateIndex
CREATE INDEX "catalog_videos_category_idx" ON "catalog_videos"("category");

-- CreateIndex
CREATE INDEX "catalog_videos_channel_id_idx" ON "catalog_videos"("channel_id");

-- CreateIndex
CREATE INDEX "catalog_videos_platform_video_id_idx" ON "catalog_videos"("platform_video_id");

-- CreateIndex
CREATE INDEX "catalog_videos_claimed_status_idx" ON "catalog_videos"("claimed_status");

-- CreateIndex
CREATE INDEX "catalog_videos_artist_idx" ON "catalog_videos" USING GIN ("artist");

-- CreateIndex
CREATE INDEX "metadata_syncs_catalog_video_id_sync_time_idx" ON "metadata_syncs"("catalog_video_id", "sync_time" DESC);

-- CreateIndex
CREATE INDEX "metadata_syncs_video_id_sync_time_idx" ON "metadata_syncs"("video_id", "sync_time" DESC);

-- CreateIndex
CREATE INDEX "metadata_syncs_sync_time_idx" ON "metadata_syncs"("sync_time");

-- CreateIndex
CREATE INDEX "processing_queue_tasks_status_created_at_idx" ON "processing_queue_tasks"("status", "created_at");

-- CreateIndex
CREATE INDEX "processing_queue_tasks_priority_idx" ON "processing_queue_tasks"("priority" DESC);

-- CreateIndex
CREATE INDEX "processing_queue_tasks_catalog_video_id_idx" ON "processing_queue_tasks"("catalog_video_id");

-- CreateIndex
CREATE INDEX "processing_queue_tasks_created_by_id_idx" ON "processing_queue_tasks"("created_by_id");

-- CreateIndex
CREATE INDEX "processing_queue_tasks_task_type_status_idx" ON "processing_queue_tasks"("task_type", "status");

-- CreateIndex
CREATE INDEX "report_imports_status_created_at_idx" ON "report_imports"("status", "created_at");

-- CreateIndex
CREATE INDEX "report_imports_s3_bucket_s3_key_idx" ON "report_imports"("s3_bucket", "s3_key");

-- CreateIndex
CREATE INDEX "report_imports_requested_by_id_idx" ON "report_imports"("requested_by_id");

-- CreateIndex
CREATE INDEX "report_imports_created_at_idx" ON "report_imports"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "audit_log_seq_key" ON "audit_log"("seq");

-- CreateIndex
CREATE INDEX "audit_log_target_id_seq_idx" ON "audit_log"("target_id", "seq");

-- CreateIndex
CREATE INDEX "audit_log_user_id_seq_idx" ON "audit_log"("user_id", "seq");

-- CreateIndex
CREATE INDEX "audit_log_action_seq_idx" ON "audit_log"("action", "seq");

-- CreateIndex
CREATE INDEX "audit_log_table_name_seq_idx" ON "audit_log"("table_name", "seq");

-- CreateIndex
CREATE INDEX "audit_log_timestamp_idx" ON "audit_log"("timestamp");

-- CreateIndex
CREATE UNIQUE INDEX "saved_views_staff_id_table_name_name_key" ON "saved_views"("staff_id", "table_name", "name");

-- CreateIndex
CREATE INDEX "staff_notes_target_type_target_id_created_at_idx" ON "staff_notes"("target_type", "target_id", "created_at");

-- CreateIndex
CREATE INDEX "staff_notes_author_id_idx" ON "staff_notes"("author_id");

-- CreateIndex
CREATE UNIQUE INDEX "console_settings_key_key" ON "console_settings"("key");

-- CreateIndex
CREATE INDEX "console_settings_updated_by_id_idx" ON "console_settings"("updated_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "staff_preferences_user_id_key" ON "staff_preferences"("user_id");

-- CreateIndex
CREATE INDEX "copyright_claims_video_id_status_idx" ON "copyright_claims"("video_id", "status");

-- CreateIndex
CREATE INDEX "copyright_claims_uploader_id_created_at_idx" ON "copyright_claims"("uploader_id", "created_at");

-- CreateIndex
CREATE INDEX "copyright_claims_catalog_video_id_idx" ON "copyright_claims"("catalog_video_id");

-- CreateIndex
CREATE INDEX "copyright_claims_claimant_user_id_idx" ON "copyright_claims"("claimant_user_id");

-- CreateIndex
CREATE INDEX "copyright_claims_claimant_channel_id_idx" ON "copyright_claims"("claimant_channel_id");

-- CreateIndex
CREATE INDEX "copyright_claims_status_deadline_at_idx" ON "copyright_claims"("status", "deadline_at");

-- CreateIndex
CREATE INDEX "copyright_claims_claimed_by_id_idx" ON "copyright_claims"("claimed_by_id");

-- CreateIndex
CREATE INDEX "copyright_claims_revenue_recipient_id_idx" ON "copyright_claims"("revenue_recipient_id");

-- CreateIndex
CREATE UNIQUE INDEX "copyright_claim_events_processed_key_key" ON "copyright_claim_events"("processed_key");

-- CreateIndex
CREATE INDEX "copyright_claim_events_claim_id_created_at_idx" ON "copyright_claim_events"("claim_id", "created_at");

-- CreateIndex
CREATE INDEX "copyright_claim_events_actor_id_idx" ON "copyright_claim_events"("actor_id");

-- CreateIndex
CREATE INDEX "copyright_disputes_claim_id_submitted_at_idx" ON "copyright_disputes"("claim_id", "submitted_at");

-- CreateIndex
CREATE INDEX "copyright_disputes_submitted_by_id_idx" ON "copyright_disputes"("submitted_by_id");

-- CreateIndex
CREATE INDEX "copyright_disputes_responded_by_id_idx" ON "copyright_disputes"("responded_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "live_streams_ivs_channel_arn_key" ON "live_streams"("ivs_channel_arn");

-- CreateIndex
CREATE INDEX "live_streams_streamer_id_created_at_idx" ON "live_streams"("streamer_id", "created_at");

-- CreateIndex
CREATE INDEX "live_streams_status_created_at_idx" ON "live_streams"("status", "created_at");

-- CreateIndex
CREATE INDEX "live_streams_scheduled_start_at_idx" ON "live_streams"("scheduled_start_at");

-- CreateIndex
CREATE INDEX "live_streams_ended_by_id_idx" ON "live_streams"("ended_by_id");

-- CreateIndex
CREATE INDEX "live_streams_moderated_by_id_idx" ON "live_streams"("moderated_by_id");

-- CreateIndex
CREATE INDEX "stream_chat_stream_id_created_at_idx" ON "stream_chat"("stream_id", "created_at");

-- CreateIndex
CREATE INDEX "stream_chat_user_id_created_at_idx" ON "stream_chat"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "stream_chat_deleted_by_id_idx" ON "stream_chat"("deleted_by_id");

-- CreateIndex
CREATE INDEX "stream_chat_bans_stream_id_user_id_idx" ON "stream_chat_bans"("stream_id", "user_id");

-- CreateIndex
CREATE INDEX "stream_chat_bans_user_id_created_at_idx" ON "stream_chat_bans"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "stream_chat_bans_issued_by_id_idx" ON "stream_chat_bans"("issued_by_id");

-- CreateIndex
CREATE INDEX "stream_chat_bans_lifted_by_id_idx" ON "stream_chat_bans"("lifted_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "stream_donations_stripe_payment_intent_id_key" ON "stream_donations"("stripe_payment_intent_id");

-- CreateIndex
CREATE INDEX "stream_donations_stream_id_created_at_idx" ON "stream_donations"("stream_id", "created_at");

-- CreateIndex
CREATE INDEX "stream_donations_donor_id_created_at_idx" ON "stream_donations"("donor_id", "created_at");

-- CreateIndex
CREATE INDEX "stream_donations_status_created_at_idx" ON "stream_donations"("status", "created_at");

-- CreateIndex
CREATE INDEX "stream_donations_payment_id_idx" ON "stream_donations"("payment_id");

-- CreateIndex
CREATE INDEX "stream_viewers_stream_id_created_at_idx" ON "stream_viewers"("stream_id", "created_at");

-- CreateIndex
CREATE INDEX "stream_viewers_user_id_created_at_idx" ON "stream_viewers"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "stream_viewers_session_id_stream_id_idx" ON "stream_viewers"("session_id", "stream_id");

-- CreateIndex
CREATE UNIQUE INDEX "policies_code_key" ON "policies"("code");

-- CreateIndex
CREATE INDEX "policies_domain_is_active_idx" ON "policies"("domain", "is_active");

-- CreateIndex
CREATE INDEX "policies_category_idx" ON "policies"("category");

-- CreateIndex
CREATE INDEX "moderation_cases_target_type_target_id_idx" ON "moderation_cases"("target_type", "target_id");

-- CreateIndex
CREATE INDEX "moderation_cases_status_priority_idx" ON "moderation_cases"("status", "priority" DESC);

-- CreateIndex
CREATE INDEX "moderation_cases_status_sla_due_at_idx" ON "moderation_cases"("status", "sla_due_at");

-- CreateIndex
CREATE INDEX "moderation_cases_target_owner_id_created_at_idx" ON "moderation_cases"("target_owner_id", "created_at");

-- CreateIndex
CREATE INDEX "moderation_cases_claimed_by_id_idx" ON "moderation_cases"("claimed_by_id");

-- CreateIndex
CREATE INDEX "moderation_cases_escalated_by_id_idx" ON "moderation_cases"("escalated_by_id");

-- CreateIndex
CREATE INDEX "moderation_cases_resolved_by_id_idx" ON "moderation_cases"("resolved_by_id");

-- CreateIndex
CREATE INDEX "moderation_cases_policy_id_idx" ON "moderation_cases"("policy_id");

-- CreateIndex
CREATE INDEX "moderation_cases_resolved_at_idx" ON "moderation_cases"("resolved_at");

-- CreateIndex
CREATE UNIQUE INDEX "moderation_decisions_reverses_decision_id_key" ON "moderation_decisions"("reverses_decision_id");

-- CreateIndex
CREATE INDEX "moderation_decisions_case_id_created_at_idx" ON "moderation_decisions"("case_id", "created_at");

-- CreateIndex
CREATE INDEX "moderation_decisions_moderator_id_created_at_idx" ON "moderation_decisions"("moderator_id", "created_at");

-- CreateIndex
CREATE INDEX "moderation_decisions_target_type_target_id_idx" ON "moderation_decisions"("target_type", "target_id");

-- CreateIndex
CREATE INDEX "moderation_decisions_policy_id_idx" ON "moderation_decisions"("policy_id");

-- CreateIndex
CREATE INDEX "moderation_decisions_bulk_batch_id_idx" ON "moderation_decisions"("bulk_batch_id");

-- CreateIndex
CREATE INDEX "moderation_decisions_second_reviewer_id_idx" ON "moderation_decisions"("second_reviewer_id");

-- CreateIndex
CREATE INDEX "moderation_decisions_sampled_for_review_second_reviewed_at_idx" ON "moderation_decisions"("sampled_for_review", "second_reviewed_at");

-- CreateIndex
CREATE INDEX "moderation_decisions_created_at_idx" ON "moderation_decisions"("created_at");

-- CreateIndex
CREATE INDEX "user_reports_target_type_target_id_created_at_idx" ON "user_reports"("target_type", "target_id", "created_at");

-- CreateIndex
CREATE INDEX "user_reports_reporter_id_created_at_idx" ON "user_reports"("reporter_id", "created_at");

-- CreateIndex
CREATE INDEX "user_reports_target_owner_id_created_at_idx" ON "user_reports"("target_owner_id", "created_at");

-- CreateIndex
CREATE INDEX "user_reports_case_id_idx" ON "user_reports"("case_id");

-- CreateIndex
CREATE INDEX "user_reports_policy_id_idx" ON "user_reports"("policy_id");

-- CreateIndex
CREATE INDEX "user_reports_status_created_at_idx" ON "user_reports"("status", "created_at");

-- CreateIndex
CREATE INDEX "keyword_rules_is_enabled_idx" ON "keyword_rules"("is_enabled");

-- CreateIndex
CREATE INDEX "keyword_rules_policy_id_idx" ON "keyword_rules"("policy_id");

-- CreateIndex
CREATE INDEX "keyword_rules_created_by_id_idx" ON "keyword_rules"("created_by_id");

-- CreateIndex
CREATE INDEX "content_moderation_content_type_content_id_idx" ON "content_moderation"("content_type", "content_id");

-- CreateIndex
CREATE INDEX "content_moderation_status_idx" ON "content_moderation"("status");

-- CreateIndex
CREATE INDEX "content_moderation_moderator_id_idx" ON "content_moderation"("moderator_id");

-- CreateIndex
CREATE INDEX "content_moderation_job_id_idx" ON "content_moderation"("job_id");

-- CreateIndex
CREATE INDEX "content_moderation_case_id_idx" ON "content_moderation"("case_id");

-- CreateIndex
CREATE INDEX "strikes_user_id_issued_at_idx" ON "strikes"("user_id", "issued_at");

-- CreateIndex
CREATE INDEX "strikes_kind_issued_at_idx" ON "strikes"("kind", "issued_at");

-- CreateIndex
CREATE INDEX "strikes_policy_id_idx" ON "strikes"("policy_id");

-- CreateIndex
CREATE INDEX "strikes_source_decision_id_idx" ON "strikes"("source_decision_id");

-- CreateIndex
CREATE INDEX "strikes_source_claim_id_idx" ON "strikes"("source_claim_id");

-- CreateIndex
CREATE INDEX "strikes_issued_by_id_idx" ON "strikes"("issued_by_id");

-- CreateIndex
CREATE INDEX "strikes_removed_by_id_idx" ON "strikes"("removed_by_id");

-- CreateIndex
CREATE INDEX "enforcement_actions_user_id_created_at_idx" ON "enforcement_actions"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "enforcement_actions_action_ends_at_idx" ON "enforcement_actions"("action", "ends_at");

-- CreateIndex
CREATE INDEX "enforcement_actions_status_created_at_idx" ON "enforcement_actions"("status", "created_at");

-- CreateIndex
CREATE INDEX "enforcement_actions_policy_id_idx" ON "enforcement_actions"("policy_id");

-- CreateIndex
CREATE INDEX "enforcement_actions_strike_id_idx" ON "enforcement_actions"("strike_id");

-- CreateIndex
CREATE INDEX "enforcement_actions_case_id_idx" ON "enforcement_actions"("case_id");

-- CreateIndex
CREATE INDEX "enforcement_actions_reverses_action_id_idx" ON "enforcement_actions"("reverses_action_id");

-- CreateIndex
CREATE INDEX "enforcement_actions_lifted_by_id_idx" ON "enforcement_actions"("lifted_by_id");

-- CreateIndex
CREATE INDEX "enforcement_actions_actor_id_idx" ON "enforcement_actions"("actor_id");

-- CreateIndex
CREATE INDEX "enforcement_actions_decided_by_id_idx" ON "enforcement_actions"("decided_by_id");

-- CreateIndex
CREATE INDEX "appeals_subject_type_subject_id_idx" ON "appeals"("subject_type", "subject_id");

-- CreateIndex
CREATE INDEX "appeals_status_created_at_idx" ON "appeals"("status", "created_at");

-- CreateIndex
CREATE INDEX "appeals_appellant_id_created_at_idx" ON "appeals"("appellant_id", "created_at");

-- CreateIndex
CREATE INDEX "appeals_case_id_idx" ON "appeals"("case_id");

-- CreateIndex
CREATE INDEX "appeals_original_actor_id_idx" ON "appeals"("original_actor_id");

-- CreateIndex
CREATE INDEX "appeals_decided_by_id_idx" ON "appeals"("decided_by_id");

-- CreateIndex
CREATE INDEX "appeals_claimed_by_id_idx" ON "appeals"("claimed_by_id");

-- CreateIndex
CREATE INDEX "media_exposures_staff_id_created_at_idx" ON "media_exposures"("staff_id", "created_at");

-- CreateIndex
CREATE INDEX "media_exposures_case_id_idx" ON "media_exposures"("case_id");

-- CreateIndex
CREATE INDEX "notifications_user_id_created_at_idx" ON "notifications"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "notifications_user_id_status_idx" ON "notifications"("user_id", "status");

-- CreateIndex
CREATE INDEX "notifications_type_created_at_idx" ON "notifications"("type", "created_at");

-- CreateIndex
CREATE INDEX "notifications_status_created_at_idx" ON "notifications"("status", "created_at");

-- CreateIndex
CREATE INDEX "notifications_actor_id_idx" ON "notifications"("actor_id");

-- CreateIndex
CREATE INDEX "notifications_group_key_idx" ON "notifications"("group_key");

-- CreateIndex
CREATE INDEX "notifications_video_id_idx" ON "notifications"("video_id");

-- CreateIndex
CREATE INDEX "notifications_post_id_idx" ON "notifications"("post_id");

-- CreateIndex
CREATE INDEX "notifications_comment_id_idx" ON "notifications"("comment_id");

-- CreateIndex
CREATE INDEX "notifications_livestream_id_idx" ON "notifications"("livestream_id");

-- CreateIndex
CREATE INDEX "notifications_payment_id_idx" ON "notifications"("payment_id");

-- CreateIndex
CREATE UNIQUE INDEX "notification_settings_user_id_key" ON "notification_settings"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "push_tokens_token_key" ON "push_tokens"("token");

-- CreateIndex
CREATE INDEX "push_tokens_user_id_is_active_idx" ON "push_tokens"("user_id", "is_active");

-- CreateIndex
CREATE INDEX "push_tokens_device_id_idx" ON "push_tokens"("device_id");

-- CreateIndex
CREATE UNIQUE INDEX "payments_provider_payment_id_key" ON "payments"("provider_payment_id");

-- CreateIndex
CREATE INDEX "payments_user_id_created_at_idx" ON "payments"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "payments_recipient_id_created_at_idx" ON "payments"("recipient_id", "created_at");

-- CreateIndex
CREATE INDEX "payments_status_created_at_idx" ON "payments"("status", "created_at");

-- CreateIndex
CREATE INDEX "payments_payment_type_created_at_idx" ON "payments"("payment_type", "created_at");

-- CreateIndex
CREATE INDEX "payments_subscription_id_idx" ON "payments"("subscription_id");

-- CreateIndex
CREATE INDEX "payments_payout_id_idx" ON "payments"("payout_id");

-- CreateIndex
CREATE INDEX "payments_provider_transaction_id_idx" ON "payments"("provider_transaction_id");

-- CreateIndex
CREATE UNIQUE INDEX "subscriptions_stripe_subscription_id_key" ON "subscriptions"("stripe_subscription_id");

-- CreateIndex
CREATE INDEX "subscriptions_user_id_created_at_idx" ON "subscriptions"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "subscriptions_creator_id_created_at_idx" ON "subscriptions"("creator_id", "created_at");

-- CreateIndex
CREATE INDEX "subscriptions_status_created_at_idx" ON "subscriptions"("status", "created_at");

-- CreateIndex
CREATE INDEX "subscriptions_tier_status_idx" ON "subscriptions"("tier", "status");

-- CreateIndex
CREATE INDEX "subscriptions_stripe_customer_id_idx" ON "subscriptions"("stripe_customer_id");

-- CreateIndex
CREATE INDEX "subscriptions_current_period_end_idx" ON "subscriptions"("current_period_end");

-- CreateIndex
CREATE UNIQUE INDEX "payouts_stripe_payout_id_key" ON "payouts"("stripe_payout_id");

-- CreateIndex
CREATE UNIQUE INDEX "payouts_stripe_transfer_id_key" ON "payouts"("stripe_transfer_id");

-- CreateIndex
CREATE UNIQUE INDEX "payouts_idempotency_key_key" ON "payouts"("idempotency_key");

-- CreateIndex
CREATE INDEX "payouts_user_id_created_at_idx" ON "payouts"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "payouts_status_created_at_idx" ON "payouts"("status", "created_at");

-- CreateIndex
CREATE INDEX "payouts_period_start_period_end_idx" ON "payouts"("period_start", "period_end");

-- CreateIndex
CREATE INDEX "payouts_held_by_id_idx" ON "payouts"("held_by_id");

-- CreateIndex
CREATE INDEX "payouts_cancelled_by_id_idx" ON "payouts"("cancelled_by_id");

-- CreateIndex
CREATE INDEX "transactions_user_id_created_at_idx" ON "transactions"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "transactions_transaction_type_created_at_idx" ON "transactions"("transaction_type", "created_at");

-- CreateIndex
CREATE INDEX "transactions_payment_id_idx" ON "transactions"("payment_id");

-- CreateIndex
CREATE INDEX "transactions_payout_id_idx" ON "transactions"("payout_id");

-- CreateIndex
CREATE INDEX "transactions_refund_id_idx" ON "transactions"("refund_id");

-- CreateIndex
CREATE INDEX "transactions_external_reference_idx" ON "transactions"("external_reference");

-- CreateIndex
CREATE INDEX "payout_approvals_approver_id_created_at_idx" ON "payout_approvals"("approver_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "payout_approvals_payout_id_approver_id_key" ON "payout_approvals"("payout_id", "approver_id");

-- CreateIndex
CREATE UNIQUE INDEX "refunds_stripe_refund_id_key" ON "refunds"("stripe_refund_id");

-- CreateIndex
CREATE UNIQUE INDEX "refunds_idempotency_key_key" ON "refunds"("idempotency_key");

-- CreateIndex
CREATE INDEX "refunds_payment_id_created_at_idx" ON "refunds"("payment_id", "created_at");

-- CreateIndex
CREATE INDEX "refunds_status_created_at_idx" ON "refunds"("status", "created_at");

-- CreateIndex
CREATE INDEX "refunds_requested_by_id_idx" ON "refunds"("requested_by_id");

-- CreateIndex
CREATE INDEX "refunds_approved_by_id_idx" ON "refunds"("approved_by_id");

-- CreateIndex
CREATE INDEX "refunds_second_approved_by_id_idx" ON "refunds"("second_approved_by_id");

-- CreateIndex
CREATE INDEX "posts_owner_id_created_at_idx" ON "posts"("owner_id", "created_at");

-- CreateIndex
CREATE INDEX "posts_visibility_created_at_idx" ON "posts"("visibility", "created_at");

-- CreateIndex
CREATE INDEX "posts_engagement_rate_created_at_idx" ON "posts"("engagement_rate", "created_at");

-- CreateIndex
CREATE INDEX "posts_engagement_score_idx" ON "posts"("engagement_score" DESC);

-- CreateIndex
CREATE INDEX "posts_moderation_status_created_at_idx" ON "posts"("moderation_status", "created_at");

-- CreateIndex
CREATE INDEX "posts_created_at_idx" ON "posts"("created_at" DESC);

-- CreateIndex
CREATE INDEX "posts_original_post_id_idx" ON "posts"("original_post_id");

-- CreateIndex
CREATE INDEX "posts_moderated_by_id_idx" ON "posts"("moderated_by_id");

-- CreateIndex
CREATE INDEX "posts_hashtags_idx" ON "posts" USING GIN ("hashtags");

-- CreateIndex
CREATE INDEX "posts_mentions_idx" ON "posts" USING GIN ("mentions");

-- CreateIndex
CREATE INDEX "comments_post_id_created_at_idx" ON "comments"("post_id", "created_at");

-- CreateIndex
CREATE INDEX "comments_video_id_created_at_idx" ON "comments"("video_id", "created_at");

-- CreateIndex
CREATE INDEX "comments_user_id_created_at_idx" ON "comments"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "comments_parent_comment_id_idx" ON "comments"("parent_comment_id");

-- CreateIndex
CREATE INDEX "comments_moderation_status_created_at_idx" ON "comments"("moderation_status", "created_at");

-- CreateIndex
CREATE INDEX "comments_moderated_by_id_idx" ON "comments"("moderated_by_id");

-- CreateIndex
CREATE INDEX "likes_post_id_created_at_idx" ON "likes"("post_id", "created_at");

-- CreateIndex
CREATE INDEX "likes_video_id_created_at_idx" ON "likes"("video_id", "created_at");

-- CreateIndex
CREATE INDEX "likes_comment_id_created_at_idx" ON "likes"("comment_id", "created_at");

-- CreateIndex
CREATE INDEX "likes_user_id_created_at_idx" ON "likes"("user_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "uq_like_user_post" ON "likes"("user_id", "post_id");

-- CreateIndex
CREATE UNIQUE INDEX "uq_like_user_video" ON "likes"("user_id", "video_id");

-- CreateIndex
CREATE UNIQUE INDEX "uq_like_user_comment" ON "likes"("user_id", "comment_id");

-- CreateIndex
CREATE INDEX "follows_following_id_created_at_idx" ON "follows"("following_id", "created_at");

-- CreateIndex
CREATE INDEX "follows_follower_id_created_at_idx" ON "follows"("follower_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "uq_follow_follower_following" ON "follows"("follower_id", "following_id");

-- CreateIndex
CREATE INDEX "saves_user_id_collection_name_idx" ON "saves"("user_id", "collection_name");

-- CreateIndex
CREATE INDEX "saves_post_id_idx" ON "saves"("post_id");

-- CreateIndex
CREATE INDEX "saves_video_id_idx" ON "saves"("video_id");

-- CreateIndex
CREATE UNIQUE INDEX "uq_save_user_post" ON "saves"("user_id", "post_id");

-- CreateIndex
CREATE UNIQUE INDEX "uq_save_user_video" ON "saves"("user_id", "video_id");

-- CreateIndex
CREATE INDEX "user_engagement_post_id_idx" ON "user_engagement"("post_id");

-- CreateIndex
CREATE INDEX "user_engagement_engagement_type_idx" ON "user_engagement"("engagement_type");

-- CreateIndex
CREATE INDEX "user_engagement_created_at_idx" ON "user_engagement"("created_at");

-- CreateIndex
CREATE INDEX "user_engagement_metadata_idx" ON "user_engagement" USING GIN ("metadata");

-- CreateIndex
CREATE UNIQUE INDEX "user_engagement_user_id_post_id_engagement_type_key" ON "user_engagement"("user_id", "post_id", "engagement_type");

-- CreateIndex
CREATE INDEX "feed_items_user_id_score_idx" ON "feed_items"("user_id", "score" DESC);

-- CreateIndex
CREATE INDEX "feed_items_post_id_idx" ON "feed_items"("post_id");

-- CreateIndex
CREATE INDEX "feed_items_created_at_idx" ON "feed_items"("created_at" DESC);

-- CreateIndex
CREATE INDEX "feed_items_expires_at_idx" ON "feed_items"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "feed_items_user_id_post_id_key" ON "feed_items"("user_id", "post_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_username_key" ON "users"("username");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "users_phone_number_key" ON "users"("phone_number");

-- CreateIndex
CREATE UNIQUE INDEX "users_google_id_key" ON "users"("google_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_facebook_id_key" ON "users"("facebook_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_twitter_id_key" ON "users"("twitter_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_github_id_key" ON "users"("github_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_firebase_uid_key" ON "users"("firebase_uid");

-- CreateIndex
CREATE UNIQUE INDEX "users_stripe_customer_id_key" ON "users"("stripe_customer_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_stripe_connect_account_id_key" ON "users"("stripe_connect_account_id");

-- CreateIndex
CREATE INDEX "users_role_idx" ON "users"("role");

-- CreateIndex
CREATE INDEX "users_status_created_at_idx" ON "users"("status", "created_at");

-- CreateIndex
CREATE INDEX "users_created_at_idx" ON "users"("created_at");

-- CreateIndex
CREATE INDEX "users_banned_by_id_idx" ON "users"("banned_by_id");

-- CreateIndex
CREATE INDEX "users_suspended_by_id_idx" ON "users"("suspended_by_id");

-- CreateIndex
CREATE INDEX "users_suspension_ends_at_idx" ON "users"("suspension_ends_at");

-- CreateIndex
CREATE INDEX "users_last_login_at_idx" ON "users"("last_login_at");

-- CreateIndex
CREATE UNIQUE INDEX "email_verification_tokens_token_hash_key" ON "email_verification_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "email_verification_tokens_user_id_created_at_idx" ON "email_verification_tokens"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "email_verification_tokens_expires_at_idx" ON "email_verification_tokens"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "password_reset_tokens_token_hash_key" ON "password_reset_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "password_reset_tokens_user_id_created_at_idx" ON "password_reset_tokens"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "password_reset_tokens_expires_at_idx" ON "password_reset_tokens"("expires_at");

-- CreateIndex
CREATE INDEX "user_sessions_user_id_created_at_idx" ON "user_sessions"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "user_sessions_refresh_token_hash_idx" ON "user_sessions"("refresh_token_hash");

-- CreateIndex
CREATE INDEX "user_sessions_expires_at_idx" ON "user_sessions"("expires_at");

-- CreateIndex
CREATE INDEX "user_sessions_revoked_by_id_idx" ON "user_sessions"("revoked_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "roles_name_key" ON "roles"("name");

-- CreateIndex
CREATE INDEX "user_roles_role_id_idx" ON "user_roles"("role_id");

-- CreateIndex
CREATE INDEX "user_roles_granted_by_id_idx" ON "user_roles"("granted_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "user_roles_user_id_role_id_key" ON "user_roles"("user_id", "role_id");

-- CreateIndex
CREATE UNIQUE INDEX "videos_mediaconvert_job_id_key" ON "videos"("mediaconvert_job_id");

-- CreateIndex
CREATE INDEX "videos_owner_id_created_at_idx" ON "videos"("owner_id", "created_at");

-- CreateIndex
CREATE INDEX "videos_status_visibility_idx" ON "videos"("status", "visibility");

-- CreateIndex
CREATE INDEX "videos_visibility_created_at_idx" ON "videos"("visibility", "created_at");

-- CreateIndex
CREATE INDEX "videos_moderation_status_created_at_idx" ON "videos"("moderation_status", "created_at");

-- CreateIndex
CREATE INDEX "videos_published_at_view_count_idx" ON "videos"("published_at", "view_count");

-- CreateIndex
CREATE INDEX "videos_category_idx" ON "videos"("category");

-- CreateIndex
CREATE INDEX "videos_moderated_by_id_idx" ON "videos"("moderated_by_id");

-- CreateIndex
CREATE INDEX "videos_tags_idx" ON "videos" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "video_views_video_id_created_at_idx" ON "video_views"("video_id", "created_at");

-- CreateIndex
CREATE INDEX "video_views_user_id_created_at_idx" ON "video_views"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "video_views_session_id_video_id_idx" ON "video_views"("session_id", "video_id");

-- CreateIndex
CREATE INDEX "video_views_country_code_created_at_idx" ON "video_views"("country_code", "created_at");

-- CreateIndex
CREATE INDEX "media_files_user_id_created_at_idx" ON "media_files"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "media_files_processing_status_idx" ON "media_files"("processing_status");

-- CreateIndex
CREATE INDEX "media_files_moderation_status_created_at_idx" ON "media_files"("moderation_status", "created_at");

-- CreateIndex
CREATE INDEX "media_files_created_at_idx" ON "media_files"("created_at" DESC);

-- CreateIndex
CREATE INDEX "media_files_moderated_by_id_idx" ON "media_files"("moderated_by_id");

-- AddForeignKey
ALTER TABLE "ad_campaigns" ADD CONSTRAINT "ad_campaigns_advertiser_id_fkey" FOREIGN KEY ("advertiser_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ads" ADD CONSTRAINT "ads_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "ad_campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ads" ADD CONSTRAINT "ads_video_id_fkey" FOREIGN KEY ("video_id") REFERENCES "videos"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ads" ADD CONSTRAINT "ads_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ads" ADD CONSTRAINT "ads_review_claimed_by_id_fkey" FOREIGN KEY ("review_claimed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ad_impressions" ADD CONSTRAINT "ad_impressions_ad_id_fkey" FOREIGN KEY ("ad_id") REFERENCES "ads"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ad_impressions" ADD CONSTRAINT "ad_impressions_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "ad_campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ad_impressions" ADD CONSTRAINT "ad_impressions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ad_impressions" ADD CONSTRAINT "ad_impressions_video_id_fkey" FOREIGN KEY ("video_id") REFERENCES "videos"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ad_impressions" ADD CONSTRAINT "ad_impressions_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ad_clicks" ADD CONSTRAINT "ad_clicks_ad_id_fkey" FOREIGN KEY ("ad_id") REFERENCES "ads"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ad_clicks" ADD CONSTRAINT "ad_clicks_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "ad_campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ad_clicks" ADD CONSTRAINT "ad_clicks_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ad_clicks" ADD CONSTRAINT "ad_clicks_video_id_fkey" FOREIGN KEY ("video_id") REFERENCES "videos"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ad_clicks" ADD CONSTRAINT "ad_clicks_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ad_reviews" ADD CONSTRAINT "ad_reviews_ad_id_fkey" FOREIGN KEY ("ad_id") REFERENCES "ads"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ad_reviews" ADD CONSTRAINT "ad_reviews_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_analytics" ADD CONSTRAINT "user_analytics_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalog_videos" ADD CONSTRAINT "catalog_videos_platform_video_id_fkey" FOREIGN KEY ("platform_video_id") REFERENCES "videos"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalog_videos" ADD CONSTRAINT "catalog_videos_channel_id_fkey" FOREIGN KEY ("channel_id") REFERENCES "channels"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "metadata_syncs" ADD CONSTRAINT "metadata_syncs_catalog_video_id_fkey" FOREIGN KEY ("catalog_video_id") REFERENCES "catalog_videos"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "processing_queue_tasks" ADD CONSTRAINT "processing_queue_tasks_catalog_video_id_fkey" FOREIGN KEY ("catalog_video_id") REFERENCES "catalog_videos"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "processing_queue_tasks" ADD CONSTRAINT "processing_queue_tasks_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_imports" ADD CONSTRAINT "report_imports_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_notes" ADD CONSTRAINT "staff_notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "console_settings" ADD CONSTRAINT "console_settings_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_preferences" ADD CONSTRAINT "staff_preferences_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "copyright_claims" ADD CONSTRAINT "copyright_claims_video_id_fkey" FOREIGN KEY ("video_id") REFERENCES "videos"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "copyright_claims" ADD CONSTRAINT "copyright_claims_uploader_id_fkey" FOREIGN KEY ("uploader_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "copyright_claims" ADD CONSTRAINT "copyright_claims_catalog_video_id_fkey" FOREIGN KEY ("catalog_video_id") REFERENCES "catalog_videos"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "copyright_claims" ADD CONSTRAINT "copyright_claims_claimant_user_id_fkey" FOREIGN KEY ("claimant_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "copyright_claims" ADD CONSTRAINT "copyright_claims_claimant_channel_id_fkey" FOREIGN KEY ("claimant_channel_id") REFERENCES "channels"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "copyright_claims" ADD CONSTRAINT "copyright_claims_claimed_by_id_fkey" FOREIGN KEY ("claimed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "copyright_claims" ADD CONSTRAINT "copyright_claims_revenue_recipient_id_fkey" FOREIGN KEY ("revenue_recipient_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "copyright_claim_events" ADD CONSTRAINT "copyright_claim_events_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "copyright_claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "copyright_claim_events" ADD CONSTRAINT "copyright_claim_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "copyright_disputes" ADD CONSTRAINT "copyright_disputes_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "copyright_claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "copyright_disputes" ADD CONSTRAINT "copyright_disputes_submitted_by_id_fkey" FOREIGN KEY ("submitted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "copyright_disputes" ADD CONSTRAINT "copyright_disputes_responded_by_id_fkey" FOREIGN KEY ("responded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "live_streams" ADD CONSTRAINT "live_streams_streamer_id_fkey" FOREIGN KEY ("streamer_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "live_streams" ADD CONSTRAINT "live_streams_ended_by_id_fkey" FOREIGN KEY ("ended_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "live_streams" ADD CONSTRAINT "live_streams_moderated_by_id_fkey" FOREIGN KEY ("moderated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stream_chat" ADD CONSTRAINT "stream_chat_stream_id_fkey" FOREIGN KEY ("stream_id") REFERENCES "live_streams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stream_chat" ADD CONSTRAINT "stream_chat_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stream_chat" ADD CONSTRAINT "stream_chat_deleted_by_id_fkey" FOREIGN KEY ("deleted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stream_chat_bans" ADD CONSTRAINT "stream_chat_bans_stream_id_fkey" FOREIGN KEY ("stream_id") REFERENCES "live_streams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stream_chat_bans" ADD CONSTRAINT "stream_chat_bans_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stream_chat_bans" ADD CONSTRAINT "stream_chat_bans_issued_by_id_fkey" FOREIGN KEY ("issued_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stream_chat_bans" ADD CONSTRAINT "stream_chat_bans_lifted_by_id_fkey" FOREIGN KEY ("lifted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stream_donations" ADD CONSTRAINT "stream_donations_stream_id_fkey" FOREIGN KEY ("stream_id") REFERENCES "live_streams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stream_donations" ADD CONSTRAINT "stream_donations_donor_id_fkey" FOREIGN KEY ("donor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stream_donations" ADD CONSTRAINT "stream_donations_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "payments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stream_viewers" ADD CONSTRAINT "stream_viewers_stream_id_fkey" FOREIGN KEY ("stream_id") REFERENCES "live_streams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stream_viewers" ADD CONSTRAINT "stream_viewers_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_cases" ADD CONSTRAINT "moderation_cases_target_owner_id_fkey" FOREIGN KEY ("target_owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_cases" ADD CONSTRAINT "moderation_cases_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "policies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_cases" ADD CONSTRAINT "moderation_cases_claimed_by_id_fkey" FOREIGN KEY ("claimed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_cases" ADD CONSTRAINT "moderation_cases_escalated_by_id_fkey" FOREIGN KEY ("escalated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_cases" ADD CONSTRAINT "moderation_cases_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_decisions" ADD CONSTRAINT "moderation_decisions_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "moderation_cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_decisions" ADD CONSTRAINT "moderation_decisions_moderator_id_fkey" FOREIGN KEY ("moderator_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_decisions" ADD CONSTRAINT "moderation_decisions_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "policies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_decisions" ADD CONSTRAINT "moderation_decisions_reverses_decision_id_fkey" FOREIGN KEY ("reverses_decision_id") REFERENCES "moderation_decisions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_decisions" ADD CONSTRAINT "moderation_decisions_second_reviewer_id_fkey" FOREIGN KEY ("second_reviewer_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_reports" ADD CONSTRAINT "user_reports_reporter_id_fkey" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_reports" ADD CONSTRAINT "user_reports_target_owner_id_fkey" FOREIGN KEY ("target_owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_reports" ADD CONSTRAINT "user_reports_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "policies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_reports" ADD CONSTRAINT "user_reports_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "moderation_cases"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "keyword_rules" ADD CONSTRAINT "keyword_rules_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "policies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "keyword_rules" ADD CONSTRAINT "keyword_rules_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "content_moderation" ADD CONSTRAINT "content_moderation_moderator_id_fkey" FOREIGN KEY ("moderator_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "content_moderation" ADD CONSTRAINT "content_moderation_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "moderation_cases"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "strikes" ADD CONSTRAINT "strikes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "strikes" ADD CONSTRAINT "strikes_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "policies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "strikes" ADD CONSTRAINT "strikes_source_decision_id_fkey" FOREIGN KEY ("source_decision_id") REFERENCES "moderation_decisions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "strikes" ADD CONSTRAINT "strikes_source_claim_id_fkey" FOREIGN KEY ("source_claim_id") REFERENCES "copyright_claims"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "strikes" ADD CONSTRAINT "strikes_issued_by_id_fkey" FOREIGN KEY ("issued_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "strikes" ADD CONSTRAINT "strikes_removed_by_id_fkey" FOREIGN KEY ("removed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enforcement_actions" ADD CONSTRAINT "enforcement_actions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enforcement_actions" ADD CONSTRAINT "enforcement_actions_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "policies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enforcement_actions" ADD CONSTRAINT "enforcement_actions_strike_id_fkey" FOREIGN KEY ("strike_id") REFERENCES "strikes"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enforcement_actions" ADD CONSTRAINT "enforcement_actions_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "moderation_cases"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enforcement_actions" ADD CONSTRAINT "enforcement_actions_reverses_action_id_fkey" FOREIGN KEY ("reverses_action_id") REFERENCES "enforcement_actions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enforcement_actions" ADD CONSTRAINT "enforcement_actions_lifted_by_id_fkey" FOREIGN KEY ("lifted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enforcement_actions" ADD CONSTRAINT "enforcement_actions_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enforcement_actions" ADD CONSTRAINT "enforcement_actions_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_appellant_id_fkey" FOREIGN KEY ("appellant_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "moderation_cases"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_original_actor_id_fkey" FOREIGN KEY ("original_actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_claimed_by_id_fkey" FOREIGN KEY ("claimed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "media_exposures" ADD CONSTRAINT "media_exposures_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "media_exposures" ADD CONSTRAINT "media_exposures_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "moderation_cases"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_video_id_fkey" FOREIGN KEY ("video_id") REFERENCES "videos"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_livestream_id_fkey" FOREIGN KEY ("livestream_id") REFERENCES "live_streams"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "payments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_settings" ADD CONSTRAINT "notification_settings_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "push_tokens" ADD CONSTRAINT "push_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payments" ADD CONSTRAINT "payments_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payments" ADD CONSTRAINT "payments_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payments" ADD CONSTRAINT "payments_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payments" ADD CONSTRAINT "payments_payout_id_fkey" FOREIGN KEY ("payout_id") REFERENCES "payouts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_held_by_id_fkey" FOREIGN KEY ("held_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_cancelled_by_id_fkey" FOREIGN KEY ("cancelled_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "payments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_payout_id_fkey" FOREIGN KEY ("payout_id") REFERENCES "payouts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_refund_id_fkey" FOREIGN KEY ("refund_id") REFERENCES "refunds"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payout_approvals" ADD CONSTRAINT "payout_approvals_payout_id_fkey" FOREIGN KEY ("payout_id") REFERENCES "payouts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payout_approvals" ADD CONSTRAINT "payout_approvals_approver_id_fkey" FOREIGN KEY ("approver_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "payments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_approved_by_id_fkey" FOREIGN KEY ("approved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_second_approved_by_id_fkey" FOREIGN KEY ("second_approved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posts" ADD CONSTRAINT "posts_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posts" ADD CONSTRAINT "posts_original_post_id_fkey" FOREIGN KEY ("original_post_id") REFERENCES "posts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posts" ADD CONSTRAINT "posts_moderated_by_id_fkey" FOREIGN KEY ("moderated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_video_id_fkey" FOREIGN KEY ("video_id") REFERENCES "videos"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_parent_comment_id_fkey" FOREIGN KEY ("parent_comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_moderated_by_id_fkey" FOREIGN KEY ("moderated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "likes" ADD CONSTRAINT "likes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "likes" ADD CONSTRAINT "likes_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "likes" ADD CONSTRAINT "likes_video_id_fkey" FOREIGN KEY ("video_id") REFERENCES "videos"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "likes" ADD CONSTRAINT "likes_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follows" ADD CONSTRAINT "follows_follower_id_fkey" FOREIGN KEY ("follower_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follows" ADD CONSTRAINT "follows_following_id_fkey" FOREIGN KEY ("following_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saves" ADD CONSTRAINT "saves_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saves" ADD CONSTRAINT "saves_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saves" ADD CONSTRAINT "saves_video_id_fkey" FOREIGN KEY ("video_id") REFERENCES "videos"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_engagement" ADD CONSTRAINT "user_engagement_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_engagement" ADD CONSTRAINT "user_engagement_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feed_items" ADD CONSTRAINT "feed_items_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feed_items" ADD CONSTRAINT "feed_items_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_banned_by_id_fkey" FOREIGN KEY ("banned_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_suspended_by_id_fkey" FOREIGN KEY ("suspended_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email_verification_tokens" ADD CONSTRAINT "email_verification_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "password_reset_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_revoked_by_id_fkey" FOREIGN KEY ("revoked_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_role_id_fkey" FOREIGN KEY ("role_id") REFERENCES "roles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_granted_by_id_fkey" FOREIGN KEY ("granted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "videos" ADD CONSTRAINT "videos_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "videos" ADD CONSTRAINT "videos_moderated_by_id_fkey" FOREIGN KEY ("moderated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "video_views" ADD CONSTRAINT "video_views_video_id_fkey" FOREIGN KEY ("video_id") REFERENCES "videos"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "video_views" ADD CONSTRAINT "video_views_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "media_files" ADD CONSTRAINT "media_files_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "media_files" ADD CONSTRAINT "media_files_moderated_by_id_fkey" FOREIGN KEY ("moderated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
