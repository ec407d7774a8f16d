-- Database features Prisma's schema language cannot express (see prisma/README.md):
--   1. pg_trgm
--   2. partition maintenance for the six range-partitioned tables
--   3. updated_at and counter triggers
--   4. trigram and prefix search indexes
--   5. partial indexes on open queue items (and one partial UNIQUE index), CHECK constraints
--   6. the popular_posts materialized view
--   7. the append-only, hash-chained audit log
--   8. the console roles (reference data)
-- Written to be re-runnable: CREATE OR REPLACE / IF NOT EXISTS / ON CONFLICT throughout.

-- ---------------------------------------------------------------------------------------
-- 1. Extensions
-- ---------------------------------------------------------------------------------------
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- ---------------------------------------------------------------------------------------
-- 2. Partition maintenance
-- ---------------------------------------------------------------------------------------
-- Range partitions are named <table>_pYYYYMM (month) or <table>_pYYYYMMDD (day); their bounds
-- are UTC midnights / month starts whatever the session's TimeZone. There is no DEFAULT
-- partition: a row outside every partition is an error, so keep ensure_upcoming_partitions()
-- running (the console calls it on start-up and daily).
CREATE OR REPLACE FUNCTION ensure_partitions(p_table text, p_interval text, p_from timestamptz, p_to timestamptz)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
  v_step    interval;
  v_start   timestamp; -- UTC wall-clock time
  v_end     timestamp;
  v_stop    timestamp;
  v_name    text;
  v_created integer := 0;
BEGIN
  IF p_interval NOT IN ('day', 'month') THEN
    RAISE EXCEPTION 'ensure_partitions: interval must be ''day'' or ''month'', not %', p_interval;
  END IF;
  IF NOT EXISTS (
    SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relname = p_table AND c.relkind = 'p'
  ) THEN
    RAISE EXCEPTION 'ensure_partitions: % is not a partitioned table', p_table;
  END IF;
  v_step  := ('1 ' || p_interval)::interval;
  v_start := date_trunc(p_interval, p_from AT TIME ZONE 'UTC');
  v_stop  := p_to AT TIME ZONE 'UTC';
  WHILE v_start < v_stop LOOP
    v_end  := v_start + v_step;
    v_name := p_table || '_p' || to_char(v_start, CASE p_interval WHEN 'month' THEN 'YYYYMM' ELSE 'YYYYMMDD' END);
    IF to_regclass(quote_ident(current_schema()) || '.' || quote_ident(v_name)) IS NULL THEN
      EXECUTE format(
        'CREATE TABLE %I.%I PARTITION OF %I.%I FOR VALUES FROM (%L) TO (%L)',
        current_schema(), v_name, current_schema(), p_table,
        to_char(v_start, 'YYYY-MM-DD HH24:MI:SS') || '+00',
        to_char(v_end, 'YYYY-MM-DD HH24:MI:SS') || '+00'
      );
      v_created := v_created + 1;
    END IF;
    v_start := v_end;
  END LOOP;
  RETURN v_created;
END;
$$;

COMMENT ON FUNCTION ensure_partitions(text, text, timestamptz, timestamptz) IS
  'Creates the missing range partitions <table>_pYYYYMM / <table>_pYYYYMMDD covering [p_from, p_to) (UTC bounds). Returns how many it created.';

CREATE OR REPLACE FUNCTION ensure_upcoming_partitions()
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
  v_created integer := 0;
  r record;
BEGIN
  FOR r IN
    SELECT * FROM (VALUES
      ('video_views', 'month'),
      ('transactions', 'month'),
      ('stream_chat', 'day'),
      ('stream_viewers', 'day'),
      ('ad_impressions', 'day'),
      ('ad_clicks', 'day')
    ) AS t(table_name, step)
  LOOP
    v_created := v_created + ensure_partitions(r.table_name, r.step, now() - interval '100 days', now() + interval '60 days');
  END LOOP;
  RETURN v_created;
END;
$$;

COMMENT ON FUNCTION ensure_upcoming_partitions() IS
  'Covers the six partitioned tables from 100 days ago to 60 days ahead. Idempotent; call on start-up and daily.';

-- ---------------------------------------------------------------------------------------
-- 3a. updated_at
-- ---------------------------------------------------------------------------------------
-- Sets updated_at on every UPDATE issued by a client. Updates made by other triggers (the
-- counter triggers below, ON DELETE SET NULL actions) are bookkeeping, not edits: they leave
-- updated_at alone (pg_trigger_depth() > 1).
CREATE OR REPLACE FUNCTION set_updated_at()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF pg_trigger_depth() > 1 THEN
    RETURN NEW;
  END IF;
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;

-- Attaches set_updated_at to every table of the schema that has an updated_at column and lacks
-- the trigger (partitioned parents included; partitions inherit it). Later migrations that add
-- tables call it again.
CREATE OR REPLACE FUNCTION attach_updated_at_triggers()
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
  v_count integer := 0;
  r record;
BEGIN
  FOR r IN
    SELECT c.relname
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'updated_at' AND NOT a.attisdropped
    WHERE n.nspname = current_schema()
      AND c.relkind IN ('r', 'p')
      AND NOT c.relispartition
      AND NOT EXISTS (
        SELECT 1 FROM pg_trigger t
        WHERE t.tgrelid = c.oid AND t.tgname = c.relname || '_set_updated_at'
      )
    ORDER BY c.relname
  LOOP
    EXECUTE format(
      'CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION set_updated_at()',
      r.relname || '_set_updated_at', r.relname
    );
    v_count := v_count + 1;
  END LOOP;
  RETURN v_count;
END;
$$;

SELECT attach_updated_at_triggers();

-- ---------------------------------------------------------------------------------------
-- 3b. Counter triggers (seed 003, adapted to the merged tables)
-- ---------------------------------------------------------------------------------------
-- A row counts while it is not soft-deleted: INSERT / DELETE and a change of is_deleted (or of
-- the parent key) move the counter. Counters never go below zero.

-- posts → users.post_count
CREATE OR REPLACE FUNCTION posts_count_for_owner()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') AND NOT OLD.is_deleted THEN
    UPDATE users SET post_count = GREATEST(post_count - 1, 0) WHERE id = OLD.owner_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NOT NEW.is_deleted THEN
    UPDATE users SET post_count = post_count + 1 WHERE id = NEW.owner_id;
  END IF;
  RETURN NULL;
END;
$$;

CREATE OR REPLACE TRIGGER posts_count_trigger
  AFTER INSERT OR DELETE OR UPDATE OF is_deleted, owner_id ON posts
  FOR EACH ROW EXECUTE FUNCTION posts_count_for_owner();

-- videos → users.video_count
CREATE OR REPLACE FUNCTION videos_count_for_owner()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') AND NOT OLD.is_deleted THEN
    UPDATE users SET video_count = GREATEST(video_count - 1, 0) WHERE id = OLD.owner_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NOT NEW.is_deleted THEN
    UPDATE users SET video_count = video_count + 1 WHERE id = NEW.owner_id;
  END IF;
  RETURN NULL;
END;
$$;

CREATE OR REPLACE TRIGGER videos_count_trigger
  AFTER INSERT OR DELETE OR UPDATE OF is_deleted, owner_id ON videos
  FOR EACH ROW EXECUTE FUNCTION videos_count_for_owner();

-- follows → users.follower_count (the followed) and users.following_count (the follower)
CREATE OR REPLACE FUNCTION follows_counts()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') AND NOT OLD.is_deleted THEN
    UPDATE users SET follower_count = GREATEST(follower_count - 1, 0) WHERE id = OLD.following_id;
    UPDATE users SET following_count = GREATEST(following_count - 1, 0) WHERE id = OLD.follower_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NOT NEW.is_deleted THEN
    UPDATE users SET follower_count = follower_count + 1 WHERE id = NEW.following_id;
    UPDATE users SET following_count = following_count + 1 WHERE id = NEW.follower_id;
  END IF;
  RETURN NULL;
END;
$$;

CREATE OR REPLACE TRIGGER follower_count_trigger
  AFTER INSERT OR DELETE OR UPDATE OF is_deleted, follower_id, following_id ON follows
  FOR EACH ROW EXECUTE FUNCTION follows_counts();

-- comments → posts.comment_count, videos.comment_count, comments.reply_count (of the parent)
CREATE OR REPLACE FUNCTION comments_counts()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') AND NOT OLD.is_deleted THEN
    IF OLD.post_id IS NOT NULL THEN
      UPDATE posts SET comment_count = GREATEST(comment_count - 1, 0) WHERE id = OLD.post_id;
    END IF;
    IF OLD.video_id IS NOT NULL THEN
      UPDATE videos SET comment_count = GREATEST(comment_count - 1, 0) WHERE id = OLD.video_id;
    END IF;
    IF OLD.parent_comment_id IS NOT NULL THEN
      UPDATE comments SET reply_count = GREATEST(reply_count - 1, 0) WHERE id = OLD.parent_comment_id;
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NOT NEW.is_deleted THEN
    IF NEW.post_id IS NOT NULL THEN
      UPDATE posts SET comment_count = comment_count + 1 WHERE id = NEW.post_id;
    END IF;
    IF NEW.video_id IS NOT NULL THEN
      UPDATE videos SET comment_count = comment_count + 1 WHERE id = NEW.video_id;
    END IF;
    IF NEW.parent_comment_id IS NOT NULL THEN
      UPDATE comments SET reply_count = reply_count + 1 WHERE id = NEW.parent_comment_id;
    END IF;
  END IF;
  RETURN NULL;
END;
$$;

CREATE OR REPLACE TRIGGER comments_count_trigger
  AFTER INSERT OR DELETE OR UPDATE OF is_deleted, post_id, video_id, parent_comment_id ON comments
  FOR EACH ROW EXECUTE FUNCTION comments_counts();

-- likes → posts.like_count, videos.like_count, comments.like_count
CREATE OR REPLACE FUNCTION likes_counts()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') AND NOT OLD.is_deleted THEN
    IF OLD.post_id IS NOT NULL THEN
      UPDATE posts SET like_count = GREATEST(like_count - 1, 0) WHERE id = OLD.post_id;
    END IF;
    IF OLD.video_id IS NOT NULL THEN
      UPDATE videos SET like_count = GREATEST(like_count - 1, 0) WHERE id = OLD.video_id;
    END IF;
    IF OLD.comment_id IS NOT NULL THEN
      UPDATE comments SET like_count = GREATEST(like_count - 1, 0) WHERE id = OLD.comment_id;
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NOT NEW.is_deleted THEN
    IF NEW.post_id IS NOT NULL THEN
      UPDATE posts SET like_count = like_count + 1 WHERE id = NEW.post_id;
    END IF;
    IF NEW.video_id IS NOT NULL THEN
      UPDATE videos SET like_count = like_count + 1 WHERE id = NEW.video_id;
    END IF;
    IF NEW.comment_id IS NOT NULL THEN
      UPDATE comments SET like_count = like_count + 1 WHERE id = NEW.comment_id;
    END IF;
  END IF;
  RETURN NULL;
END;
$$;

CREATE OR REPLACE TRIGGER likes_count_trigger
  AFTER INSERT OR DELETE OR UPDATE OF is_deleted, post_id, video_id, comment_id ON likes
  FOR EACH ROW EXECUTE FUNCTION likes_counts();

-- ---------------------------------------------------------------------------------------
-- 4. Search indexes: trigram (fuzzy, infix) and lower() prefix
-- ---------------------------------------------------------------------------------------
CREATE INDEX IF NOT EXISTS users_username_trgm_idx ON users USING gin (username gin_trgm_ops);
CREATE INDEX IF NOT EXISTS users_email_trgm_idx ON users USING gin (email gin_trgm_ops);
CREATE INDEX IF NOT EXISTS users_display_name_trgm_idx ON users USING gin (display_name gin_trgm_ops);
CREATE INDEX IF NOT EXISTS users_phone_number_trgm_idx ON users USING gin (phone_number gin_trgm_ops);
CREATE INDEX IF NOT EXISTS users_stripe_customer_id_trgm_idx ON users USING gin (stripe_customer_id gin_trgm_ops);
CREATE INDEX IF NOT EXISTS users_stripe_connect_account_id_trgm_idx ON users USING gin (stripe_connect_account_id gin_trgm_ops);
CREATE INDEX IF NOT EXISTS users_lower_email_prefix_idx ON users (lower(email) text_pattern_ops);
CREATE INDEX IF NOT EXISTS users_lower_username_prefix_idx ON users (lower(username) text_pattern_ops);
CREATE INDEX IF NOT EXISTS videos_title_trgm_idx ON videos USING gin (title gin_trgm_ops);
CREATE INDEX IF NOT EXISTS videos_description_trgm_idx ON videos USING gin (description gin_trgm_ops);
CREATE INDEX IF NOT EXISTS posts_content_trgm_idx ON posts USING gin (content gin_trgm_ops);
CREATE INDEX IF NOT EXISTS catalog_videos_title_trgm_idx ON catalog_videos USING gin (title gin_trgm_ops);

-- ---------------------------------------------------------------------------------------
-- 5a. Open queue items
-- ---------------------------------------------------------------------------------------
-- One case per target while it is not RESOLVED.
CREATE UNIQUE INDEX IF NOT EXISTS moderation_cases_one_open_per_target_key
  ON moderation_cases (target_type, target_id) WHERE status <> 'RESOLVED';
-- The queue: next item by priority, overall and per target type; SLA timers; expired leases.
CREATE INDEX IF NOT EXISTS moderation_cases_open_queue_idx
  ON moderation_cases (status, priority DESC, id) WHERE status <> 'RESOLVED';
CREATE INDEX IF NOT EXISTS moderation_cases_open_by_type_idx
  ON moderation_cases (target_type, status, priority DESC, id) WHERE status <> 'RESOLVED';
CREATE INDEX IF NOT EXISTS moderation_cases_open_sla_idx
  ON moderation_cases (sla_due_at) WHERE status <> 'RESOLVED';
CREATE INDEX IF NOT EXISTS moderation_cases_open_leases_idx
  ON moderation_cases (lease_expires_at) WHERE status <> 'RESOLVED' AND claimed_by_id IS NOT NULL;

CREATE INDEX IF NOT EXISTS user_reports_open_idx
  ON user_reports (target_type, target_id) WHERE status = 'OPEN';

-- Appeals: the queue, and one pending appeal per subject.
CREATE INDEX IF NOT EXISTS appeals_pending_idx
  ON appeals (created_at, id) WHERE status = 'PENDING';
CREATE UNIQUE INDEX IF NOT EXISTS appeals_one_pending_per_subject_key
  ON appeals (subject_type, subject_id) WHERE status = 'PENDING';

-- Payouts and refunds awaiting finance.
CREATE INDEX IF NOT EXISTS payouts_pending_idx
  ON payouts (created_at, id) WHERE status = 'PENDING';
CREATE INDEX IF NOT EXISTS payouts_pending_amount_idx
  ON payouts (amount DESC, id) WHERE status = 'PENDING';
CREATE INDEX IF NOT EXISTS payouts_processing_idx
  ON payouts (updated_at) WHERE status = 'PROCESSING';
CREATE INDEX IF NOT EXISTS refunds_open_idx
  ON refunds (created_at, id) WHERE status IN ('PENDING_APPROVAL', 'PENDING', 'PROCESSING');

-- Ads awaiting review.
CREATE INDEX IF NOT EXISTS ads_awaiting_review_idx
  ON ads (submitted_for_review_at, id) WHERE review_status = 'PENDING_REVIEW' AND NOT is_deleted;

-- Copyright claims that are not final, by deadline.
CREATE INDEX IF NOT EXISTS copyright_claims_open_deadline_idx
  ON copyright_claims (deadline_at, id) WHERE status NOT IN ('RELEASED', 'WITHDRAWN', 'RESTORED');

-- The catalog's processing queue.
CREATE INDEX IF NOT EXISTS processing_queue_tasks_pending_idx
  ON processing_queue_tasks (priority DESC, created_at, id) WHERE status = 'PENDING';

-- Enforcement: suspensions to lift when they end, active strikes.
CREATE INDEX IF NOT EXISTS users_suspension_to_lift_idx
  ON users (suspension_ends_at) WHERE status = 'SUSPENDED';
CREATE INDEX IF NOT EXISTS enforcement_actions_suspension_to_lift_idx
  ON enforcement_actions (ends_at) WHERE action = 'SUSPEND' AND status = 'APPLIED' AND lifted_at IS NULL;
CREATE INDEX IF NOT EXISTS strikes_active_idx
  ON strikes (user_id, expires_at) WHERE removed_at IS NULL;

-- Seed 003's partial indexes, adapted.
CREATE INDEX IF NOT EXISTS user_sessions_active_idx
  ON user_sessions (user_id) WHERE is_active;
CREATE INDEX IF NOT EXISTS posts_featured_idx
  ON posts (created_at DESC) WHERE is_featured;

-- ---------------------------------------------------------------------------------------
-- 5b. CHECK constraints
-- ---------------------------------------------------------------------------------------
ALTER TABLE follows DROP CONSTRAINT IF EXISTS follows_no_self_follow_check,
  ADD CONSTRAINT follows_no_self_follow_check CHECK (follower_id <> following_id);
ALTER TABLE comments DROP CONSTRAINT IF EXISTS comments_target_check,
  ADD CONSTRAINT comments_target_check CHECK (post_id IS NOT NULL OR video_id IS NOT NULL);
ALTER TABLE likes DROP CONSTRAINT IF EXISTS likes_one_target_check,
  ADD CONSTRAINT likes_one_target_check CHECK (num_nonnulls(post_id, video_id, comment_id) = 1);
ALTER TABLE saves DROP CONSTRAINT IF EXISTS saves_one_target_check,
  ADD CONSTRAINT saves_one_target_check CHECK (num_nonnulls(post_id, video_id) = 1);
ALTER TABLE payments DROP CONSTRAINT IF EXISTS payments_amounts_check,
  ADD CONSTRAINT payments_amounts_check CHECK (amount >= 0 AND refunded_amount >= 0 AND refunded_amount <= amount);
ALTER TABLE payouts DROP CONSTRAINT IF EXISTS payouts_amount_check,
  ADD CONSTRAINT payouts_amount_check CHECK (amount >= 0 AND required_approvals >= 1);
ALTER TABLE refunds DROP CONSTRAINT IF EXISTS refunds_amount_check,
  ADD CONSTRAINT refunds_amount_check CHECK (amount > 0 AND required_approvals >= 1);
ALTER TABLE catalog_videos DROP CONSTRAINT IF EXISTS catalog_videos_counts_check,
  ADD CONSTRAINT catalog_videos_counts_check CHECK ((video_length IS NULL OR video_length >= 0) AND views >= 0);
ALTER TABLE processing_queue_tasks DROP CONSTRAINT IF EXISTS processing_queue_tasks_counts_check,
  ADD CONSTRAINT processing_queue_tasks_counts_check CHECK (retry_count >= 0 AND max_retries >= 0 AND priority >= 0);
ALTER TABLE ad_prescreen_thresholds DROP CONSTRAINT IF EXISTS ad_prescreen_thresholds_range_check,
  ADD CONSTRAINT ad_prescreen_thresholds_range_check CHECK (0 <= auto_clear_below AND auto_clear_below <= auto_flag_above AND auto_flag_above <= 100);
ALTER TABLE audit_log DROP CONSTRAINT IF EXISTS audit_log_operation_check,
  ADD CONSTRAINT audit_log_operation_check CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE', 'ACTION'));
ALTER TABLE audit_log DROP CONSTRAINT IF EXISTS audit_log_origin_check,
  ADD CONSTRAINT audit_log_origin_check CHECK (origin IS NULL OR origin IN ('desktop', 'web', 'system'));

-- ---------------------------------------------------------------------------------------
-- 6. popular_posts (seed 003), on the merged column names
-- ---------------------------------------------------------------------------------------
CREATE MATERIALIZED VIEW IF NOT EXISTS popular_posts AS
SELECT
  p.id,
  p.owner_id,
  p.content,
  p.like_count,
  p.comment_count,
  p.engagement_score,
  p.created_at,
  u.username,
  u.avatar_url
FROM posts p
JOIN users u ON u.id = p.owner_id
WHERE p.created_at > CURRENT_DATE - INTERVAL '7 days'
  AND p.visibility = 'PUBLIC'
  AND NOT p.is_deleted
  AND p.deleted_at IS NULL
  AND p.moderation_status <> 'REJECTED'
  AND NOT u.is_deleted
ORDER BY p.engagement_score DESC
LIMIT 1000;

-- The unique index lets REFRESH MATERIALIZED VIEW CONCURRENTLY popular_posts run without
-- blocking readers.
CREATE UNIQUE INDEX IF NOT EXISTS popular_posts_id_key ON popular_posts (id);
CREATE INDEX IF NOT EXISTS idx_popular_posts_score ON popular_posts (engagement_score DESC);

-- ---------------------------------------------------------------------------------------
-- 7. The audit log: hash chain, verification, append-only
-- ---------------------------------------------------------------------------------------
-- Canonical text of a row: every column except hash, in a fixed order, each as
-- <length>:<text> (or ~ for NULL) so that no two rows share a canonical text. Timestamps are
-- epoch microseconds (independent of TimeZone); JSONB's text form is canonical (sorted keys,
-- fixed spacing). A column added to audit_log later must be added here, at the end, under a
-- new version prefix.
CREATE OR REPLACE FUNCTION audit_log_field(v text)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$ SELECT CASE WHEN v IS NULL THEN '~' ELSE length(v)::text || ':' || v END $$;

CREATE OR REPLACE FUNCTION audit_log_canonical(r audit_log)
RETURNS text
LANGUAGE sql
STABLE
AS $$
  SELECT 'v1|'
    || audit_log_field(r.id::text) || '|'
    || audit_log_field(r.seq::text) || '|'
    || audit_log_field(r.table_name::text) || '|'
    || audit_log_field(r.operation::text) || '|'
    || audit_log_field(r.old_values::text) || '|'
    || audit_log_field(r.new_values::text) || '|'
    || audit_log_field(r.user_id::text) || '|'
    || audit_log_field(((extract(epoch FROM r."timestamp") * 1000000)::bigint)::text) || '|'
    || audit_log_field(r.action::text) || '|'
    || audit_log_field(r.target_id) || '|'
    || audit_log_field(r.reason) || '|'
    || audit_log_field(r.actor_roles::text) || '|'
    || audit_log_field(r.origin::text) || '|'
    || audit_log_field(r.prev_hash::text)
$$;

COMMENT ON FUNCTION audit_log_canonical(audit_log) IS
  'The text that audit_log.hash is the SHA-256 of: every column but hash, length-prefixed, in a fixed order.';

-- BEFORE INSERT: serialise writers with a transaction-scoped advisory lock, take the next seq
-- under the lock (so seq order is commit order), link to the previous row's hash and hash the
-- row. The client's seq / prev_hash / hash are ignored. Writers must use READ COMMITTED (the
-- default): a REPEATABLE READ or SERIALIZABLE snapshot could miss the latest committed row and
-- fork the chain, so such inserts are refused.
CREATE OR REPLACE FUNCTION audit_log_chain()
RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  v_prev text;
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'audit_log rows must be written in a READ COMMITTED transaction (this one is %)',
      current_setting('transaction_isolation')
      USING HINT = 'The hash chain links each row to the latest committed row, which an older snapshot may not see.';
  END IF;
  PERFORM pg_advisory_xact_lock(7263947561);
  NEW.seq := nextval(pg_get_serial_sequence('audit_log', 'seq'));
  SELECT a.hash INTO v_prev FROM audit_log a ORDER BY a.seq DESC LIMIT 1;
  NEW.prev_hash := coalesce(v_prev, repeat('0', 64));
  NEW.hash := encode(sha256(convert_to(audit_log_canonical(NEW), 'UTF8')), 'hex');
  RETURN NEW;
END;
$$;

CREATE OR REPLACE TRIGGER audit_log_hash_chain
  BEFORE INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_chain();

-- Recomputes every hash and every link in seq order. ok is true when the chain is intact;
-- otherwise first_bad_seq is the first row whose hash does not match its content (edited) or
-- whose prev_hash does not match the row before it (a row before it was deleted or inserted).
CREATE OR REPLACE FUNCTION audit_log_verify()
RETURNS TABLE (ok boolean, checked bigint, first_bad_seq bigint, problem text)
LANGUAGE sql
STABLE
AS $$
  WITH chain AS (
    SELECT
      a.seq,
      a.hash,
      a.prev_hash,
      encode(sha256(convert_to(audit_log_canonical(a), 'UTF8')), 'hex') AS expected_hash,
      coalesce(lag(a.hash) OVER (ORDER BY a.seq), repeat('0', 64)) AS expected_prev
    FROM audit_log a
  ),
  bad AS (
    SELECT
      seq,
      CASE
        WHEN hash IS DISTINCT FROM expected_hash THEN 'hash does not match the row''s content (row altered)'
        ELSE 'prev_hash does not match the previous row''s hash (a row was removed or inserted before this one)'
      END AS problem
    FROM chain
    WHERE hash IS DISTINCT FROM expected_hash OR prev_hash IS DISTINCT FROM expected_prev
    ORDER BY seq
    LIMIT 1
  )
  SELECT
    NOT EXISTS (SELECT 1 FROM bad),
    (SELECT count(*) FROM chain),
    (SELECT seq FROM bad),
    (SELECT problem FROM bad)
$$;

COMMENT ON FUNCTION audit_log_verify() IS
  'Recomputes the audit_log hash chain: ok, rows checked, the first bad seq and why.';

-- Append-only: the database refuses UPDATE, DELETE and TRUNCATE, whoever asks.
CREATE OR REPLACE FUNCTION audit_log_refuse_change()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'Record a correction as a new audit row instead.';
END;
$$;

CREATE OR REPLACE TRIGGER audit_log_append_only
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();

CREATE OR REPLACE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;

-- ---------------------------------------------------------------------------------------
-- 8. Console roles (reference data the code relies on)
-- ---------------------------------------------------------------------------------------
INSERT INTO roles (name, description) VALUES
  ('moderator', 'Triage the moderation queues, decide cases, warn and suspend accounts'),
  ('senior_moderator', 'Everything a moderator does, plus escalations, bans, appeals and termination proposals'),
  ('finance', 'Approve and hold creator payouts, refund payments, reconcile the ledger with Stripe'),
  ('ad_reviewer', 'Review ad creatives: approve, approve with limits, reject or request changes'),
  ('rights', 'Handle copyright claims, disputes and appeals; keep the rights catalog healthy'),
  ('support', 'Find users, see their 360 view and take safe support actions'),
  ('admin', 'Manage staff roles, connections and settings; read and verify the audit log')
ON CONFLICT (name) DO NOTHING;

-- ---------------------------------------------------------------------------------------
-- 2 (cont.). Partitions from 100 days ago to 60 days ahead.
-- ---------------------------------------------------------------------------------------
SELECT ensure_upcoming_partitions();
