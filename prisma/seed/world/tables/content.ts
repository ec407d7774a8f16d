// videos, media_files, posts, comments, likes, follows, saves, user_engagement, feed_items,
// video_views.
import { DAY, HOUR, MINUTE, ts } from '../../lib/format';
import { AUDIENCE_COUNTRIES, COMMENTS, CREATOR_NICHES, HASHTAGS, POST_TEMPLATES, QUALITIES, REFERRERS, REPLIES, SPAM_TEMPLATES, ABUSIVE_COMMENTS, USER_AGENTS, VIDEO_CATEGORIES, VIEW_SOURCES, VIDEO_TITLE_TEMPLATES } from '../../lib/vocab';
import { DEMO_CLIPS, DEMO_IMAGES, DEMO_MEDIA_BUCKET, s3Url } from '../../media';
import { commentAuthor, commentTime } from '../content';
import type { Ctx } from '../ctx';
import { targetModeration } from '../moderation';
import { videoCopyrightStatus } from '../rights';
import type { TableGen } from '../table';
import { arr, bool, fill, idOr, json, nul, text } from '../text';
import { ipFor } from '../world';
import { uuid7Bytes, uuidText } from '../../lib/prng';
import { BinaryRows } from '../../lib/binary-copy';

const TIMESTAMPS = ['created_at', 'updated_at'] as const;

/** The clip a video plays: the flagged-violence clip for videos a scan flagged for violence. */
export function clipFor(ctx: Ctx, v: number, labelCategory: string | null) {
  if (labelCategory === 'Violence') return DEMO_CLIPS[3]!;
  return DEMO_CLIPS[Math.floor(ctx.w.u('video-clip', v) * 3)]!;
}

/** The image a media file / image post shows, matching what its scan flagged. */
export function imageFor(ctx: Ctx, key: number, labelCategory: string | null) {
  if (labelCategory === 'Violence') return DEMO_IMAGES[4]!;
  if (labelCategory && labelCategory !== 'Drugs & Tobacco') return DEMO_IMAGES[3]!;
  return DEMO_IMAGES[Math.floor(ctx.w.u('image', key) * 3)]!;
}

export const videos: TableGen = {
  table: 'videos',
  columns: [
    'id', 'owner_id', 'title', 'description', 'tags', 'category', 'language', 'filename', 'file_size', 'duration', 'fps', 'width', 'height', 'bitrate', 'codec', 'aspect_ratio',
    's3_bucket', 's3_key', 's3_region', 'mediaconvert_job_id', 'mediaconvert_status', 'mediaconvert_progress', 'mediaconvert_error', 'hls_master_url', 'available_qualities',
    'thumbnail_url', 'status', 'visibility', 'published_at', 'moderation_status', 'moderation_score', 'moderation_labels', 'moderated_at', 'moderated_by_id', 'moderation_notes',
    'is_recommendable', 'view_count', 'unique_view_count', 'like_count', 'comment_count', 'share_count', 'save_count', 'total_watch_time', 'average_watch_time',
    'average_watch_percentage', 'completion_rate', 'engagement_rate', 'is_monetized', 'total_revenue', 'estimated_revenue', 'copyright_status', 'age_restricted', 'min_age', ...TIMESTAMPS,
  ],
  estimate: (ctx) => ctx.w.sizes.videos,
  *rows(ctx) {
    const { w, social } = ctx;
    const comments = social.commentsPerVideo();
    const rng = w.rng('video');
    for (let v = 0; v < w.sizes.videos; v++) {
      rng.at(v);
      const c = w.videoCreator(v);
      const owner = w.creatorUser(c);
      const name = w.userName(owner);
      const created = w.videoCreatedAt(v);
      const mod = targetModeration(ctx, 'VIDEO', v, created);
      const clip = clipFor(ctx, v, mod.labelCategory);
      const statusX = rng.float();
      const status = created > w.now - 2 * HOUR && statusX < 0.5 ? 'PROCESSING' : statusX < 0.015 ? 'FAILED' : statusX < 0.02 ? 'UPLOADING' : 'READY';
      const visibility = rng.weighted(['PUBLIC', 'UNLISTED', 'PRIVATE'], [88, 7, 5]);
      const views = status === 'READY' ? social.videoLifetimeViews(v) : 0;
      const likes = social.videoLikes(v);
      const niche = rng.pick(CREATOR_NICHES);
      const title = fill(rng.pick(VIDEO_TITLE_TEMPLATES), rng, name.region, { niche }).slice(0, 250);
      const job = `${String(1_700_000_000_000 + v * 7919)}-${(v % 1e6).toString(36)}`;
      const published = status === 'READY' ? created + (5 + rng.int(120)) * MINUTE : null;
      const watch = Math.round(views * clip.seconds * (0.4 + rng.float() * 0.5));
      yield [
        w.videoId(v), w.userId(owner), text(title), text(w.profile === 'demo' ? `${title}. ${rng.chance(0.5) ? `Gear and music in the description below. ` : ''}Follow for more ${niche} — new uploads every week.` : `More ${niche} every week.`),
        arr([niche.replace(/\s+/g, ''), rng.pick(HASHTAGS), rng.pick(HASHTAGS)]), rng.pick(VIDEO_CATEGORIES), name.region.languages[0]!,
        `${clip.file.replace('.mp4', '')}-${v}.mp4`, String(clip.bytes), String(clip.seconds), '15', String(clip.width), String(clip.height), '120000', 'h264', '16:9',
        DEMO_MEDIA_BUCKET, clip.key, 'us-east-1', job, status === 'READY' ? 'COMPLETE' : status === 'FAILED' ? 'ERROR' : status === 'PROCESSING' ? 'IN_PROGRESS' : 'SUBMITTED',
        String(status === 'READY' ? 100 : status === 'PROCESSING' ? 20 + rng.int(70) : 0),
        status === 'FAILED' ? json({ code: 1010, message: 'Unsupported codec in source: the input file is not a valid video.', phase: 'PROBING' }) : nul,
        status === 'READY' ? `https://cdn.socialflow.demo/hls/${w.videoId(v)}/master.m3u8` : nul,
        status === 'READY' ? arr(QUALITIES.slice(0, 3 + (v % 3))) : '{}',
        s3Url(clip.thumbKey), status, visibility, published === null ? nul : ts(published),
        mod.status, mod.score === null ? nul : String(mod.score), mod.labels ? json(mod.labels) : nul, mod.moderatedAt === null ? nul : ts(mod.moderatedAt), idOr(mod.moderatedBy), text(mod.notes),
        bool(mod.recommendable), String(views), String(Math.round(views * 0.71)), String(likes), String(comments[v]), String(Math.round(views * 0.004)), String(Math.round(views * 0.002)),
        String(watch), String(clip.seconds * 0.62), String(61 + rng.int(30)), String(Math.round((0.3 + rng.float() * 0.5) * 100) / 100), String(Math.round(((likes + comments[v]!) / Math.max(1, views)) * 10000) / 10000),
        bool(w.connectState(c) !== 'NONE'), (views * 0.0008).toFixed(2), (views * 0.0011).toFixed(2),
        videoCopyrightStatus(ctx, v), bool(mod.ageRestricted), mod.ageRestricted ? '18' : nul,
        ts(created), ts(Math.max(created, mod.moderatedAt ?? created)),
      ].join('\t') + '\n';
    }
  },
};

export const mediaFiles: TableGen = {
  table: 'media_files',
  columns: ['id', 'user_id', 'filename', 'original_name', 'mime_type', 'file_size', 'width', 'height', 's3_bucket', 'storage_path', 'cdn_url', 'processing_status', 'moderation_status', 'moderation_score', 'moderation_labels', 'moderated_at', 'moderated_by_id', 'metadata', ...TIMESTAMPS],
  estimate: (ctx) => ctx.w.sizes.mediaFiles,
  *rows(ctx) {
    const { w } = ctx;
    const rng = w.rng('media');
    for (let m = 0; m < w.sizes.mediaFiles; m++) {
      rng.at(m);
      const created = w.mediaCreatedAt(m);
      const mod = targetModeration(ctx, 'MEDIA_FILE', m, created);
      const image = imageFor(ctx, m, mod.labelCategory);
      const processing = created > w.now - 10 * MINUTE ? 'PROCESSING' : rng.chance(0.01) ? 'FAILED' : 'COMPLETED';
      yield [
        w.mediaId(m), w.userId(w.mediaOwner(m)), `${w.mediaId(m)}.jpg`, text(rng.pick(['IMG_', 'PXL_', 'DSC', 'photo_']) + String(1000 + rng.int(9000)) + '.jpg'), 'image/jpeg',
        String(image.bytes), String(image.width), String(image.height), DEMO_MEDIA_BUCKET, image.key, s3Url(image.key), processing,
        mod.status, mod.score === null ? nul : String(mod.score), mod.labels ? json(mod.labels) : nul, mod.moderatedAt === null ? nul : ts(mod.moderatedAt), idOr(mod.moderatedBy),
        json({ exif_stripped: true, source: rng.pick(['camera', 'gallery', 'screenshot']) }), ts(created), ts(Math.max(created, mod.moderatedAt ?? created)),
      ].join('\t') + '\n';
    }
  },
};

export const posts: TableGen = {
  table: 'posts',
  columns: [
    'id', 'owner_id', 'content', 'hashtags', 'media_type', 'media_urls', 'location', 'visibility', 'is_featured', 'view_count', 'like_count', 'comment_count', 'share_count',
    'save_count', 'engagement_rate', 'engagement_score', 'moderation_status', 'moderation_score', 'moderation_labels', 'moderated_at', 'moderated_by_id', 'moderation_notes',
    'age_restricted', 'is_recommendable', ...TIMESTAMPS,
  ],
  estimate: (ctx) => ctx.w.sizes.posts,
  *rows(ctx) {
    const { w, social } = ctx;
    const comments = social.commentsPerPost();
    const rng = w.rng('post');
    for (let p = 0; p < w.sizes.posts; p++) {
      rng.at(p);
      const owner = w.postOwner(p);
      const name = w.userName(owner);
      const created = w.postCreatedAt(p);
      const mod = targetModeration(ctx, 'POST', p, created);
      const tags = rng.chance(0.6) ? [rng.pick(HASHTAGS), rng.pick(HASHTAGS)].filter((t, i, a) => a.indexOf(t) === i) : [];
      let content = fill(rng.pick(POST_TEMPLATES), rng, name.region, { tag: tags[0] ?? 'creatorlife' });
      if (w.u('post-spam', p) < 0.02 && mod.status !== 'APPROVED') content = fill(rng.pick(SPAM_TEMPLATES), rng, name.region, { n: String(p % 97) });
      if (tags.length) content += ' ' + tags.map((t) => `#${t}`).join(' ');
      const withImage = mod.labelCategory !== null || rng.chance(0.35);
      const image = withImage ? imageFor(ctx, p + 7_000_000, mod.labelCategory) : null;
      const likes = social.postLikes(p);
      const views = likes * 12 + comments[p]! * 20 + rng.int(400);
      const score = likes * 1.0 + comments[p]! * 2.0 + rng.float() * 5;
      yield [
        w.postId(p), w.userId(owner), text(content), arr(tags), image ? 'IMAGE' : nul, image ? arr([s3Url(image.key)]) : '{}',
        rng.chance(0.15) ? text(rng.pick(name.region.cities)) : nul, rng.weighted(['PUBLIC', 'FOLLOWERS', 'PRIVATE', 'UNLISTED'], [86, 9, 2, 3]), bool(rng.chance(0.01)),
        String(views), String(likes), String(comments[p]), String(Math.round(likes / 7)), String(Math.round(likes / 9)),
        String(Math.round(((likes + comments[p]!) / Math.max(1, views)) * 10000) / 10000), score.toFixed(2),
        mod.status, mod.score === null ? nul : String(mod.score), mod.labels ? json(mod.labels) : nul, mod.moderatedAt === null ? nul : ts(mod.moderatedAt), idOr(mod.moderatedBy), text(mod.notes),
        bool(mod.ageRestricted), bool(mod.recommendable), ts(created), ts(Math.max(created, mod.moderatedAt ?? created)),
      ].join('\t') + '\n';
    }
  },
};

/** Text of comment 4b + j. */
export function commentText(ctx: Ctx, b: number, j: number, reply: boolean): string {
  const { w } = ctx;
  const k = b * 4 + j;
  const rng = w.rng('comment-text').at(k);
  const flavor = w.commentFlavor(k);
  const region = w.userRegion(commentAuthor(w, b, j));
  if (flavor === 'spam') return fill(SPAM_TEMPLATES[Math.floor(w.u('spam-wave', k) * SPAM_TEMPLATES.length)]!, rng, region, { n: String(100 + (k % 900)) });
  if (flavor === 'abuse') return rng.pick(ABUSIVE_COMMENTS);
  return fill(reply ? rng.pick(REPLIES) : rng.pick(COMMENTS), rng, region);
}

export const comments: TableGen = {
  table: 'comments',
  columns: ['id', 'user_id', 'post_id', 'video_id', 'parent_comment_id', 'content', 'like_count', 'reply_count', 'is_edited', 'edited_at', 'is_pinned', 'moderation_status', 'moderation_score', 'moderated_at', 'moderated_by_id', 'moderation_notes', ...TIMESTAMPS],
  estimate: (ctx) => Math.round(ctx.w.sizes.commentBlocks * 2.45),
  *rows(ctx) {
    const { w, social } = ctx;
    for (let b = 0; b < w.sizes.commentBlocks; b++) {
      const size = social.blockSize(b);
      const target = w.commentBlockTarget(b);
      const postId = target >= 0 ? w.postId(target) : nul;
      const videoId = target < 0 ? w.videoId(-1 - target) : nul;
      let replies = 0;
      for (let j = 1; j < size; j++) if (w.commentIsReply(b, j)) replies++;
      for (let j = 0; j < size; j++) {
        const k = b * 4 + j;
        const reply = w.commentIsReply(b, j);
        const created = commentTime(w, b, j);
        const mod = targetModeration(ctx, 'COMMENT', k, created);
        const edited = w.u('c-edit', k) < 0.04;
        yield [
          w.commentId(k), w.userId(commentAuthor(w, b, j)), postId, videoId, reply ? w.commentId(b * 4) : nul, text(commentText(ctx, b, j, reply)),
          String(social.commentLikes(k)), String(j === 0 ? replies : 0), bool(edited), edited ? ts(Math.min(w.now - MINUTE, created + 5 * MINUTE)) : nul, bool(j === 0 && w.u('c-pin', b) < 0.01),
          mod.status, mod.score === null ? nul : String(mod.score), mod.moderatedAt === null ? nul : ts(mod.moderatedAt), idOr(mod.moderatedBy), text(mod.notes),
          ts(created), ts(Math.max(created, mod.moderatedAt ?? created)),
        ].join('\t') + '\n';
      }
    }
  },
};

export const likes: TableGen = {
  table: 'likes',
  columns: ['id', 'user_id', 'post_id', 'video_id', 'comment_id', ...TIMESTAMPS],
  estimate: (ctx) => ctx.w.sizes.posts * 2 + ctx.w.sizes.videos * 6,
  *rows(ctx) {
    const { w, social } = ctx;
    const space = w.space('like');
    let n = 0;
    for (let p = 0; p < w.sizes.posts; p++) {
      const count = social.postLikes(p);
      if (!count) continue;
      const t = w.postCreatedAt(p);
      const available = w.usersAt(t);
      const a = Math.floor(w.u('like-a', p) * available);
      const pid = w.postId(p);
      for (let r = 0; r < count && r < available; r++) {
        const at = t + w.u('like-t', p, r) * (w.now - t);
        const tsv = ts(at);
        yield `${space.id(n++)}\t${w.userId(social.distinctUser(a, r, available))}\t${pid}\t\\N\t\\N\t${tsv}\t${tsv}\n`;
      }
    }
    for (let v = 0; v < w.sizes.videos; v++) {
      const count = social.videoLikes(v);
      if (!count) continue;
      const t = w.videoCreatedAt(v);
      const available = w.usersAt(t);
      const a = Math.floor(w.u('vlike-a', v) * available);
      const vid = w.videoId(v);
      for (let r = 0; r < count && r < available; r++) {
        const at = t + w.u('vlike-t', v, r) * (w.now - t);
        const tsv = ts(at);
        yield `${space.id(n++)}\t${w.userId(social.distinctUser(a, r, available))}\t\\N\t${vid}\t\\N\t${tsv}\t${tsv}\n`;
      }
    }
    for (let b = 0; b < w.sizes.commentBlocks; b++) {
      const size = social.blockSize(b);
      for (let j = 0; j < size; j++) {
        const k = b * 4 + j;
        const count = social.commentLikes(k);
        if (!count) continue;
        const t = commentTime(w, b, j);
        const available = w.usersAt(t);
        const a = Math.floor(w.u('clike-a', k) * available);
        const cid = w.commentId(k);
        for (let r = 0; r < count && r < available; r++) {
          const tsv = ts(t + w.u('clike-t', k, r) * (w.now - t));
          yield `${space.id(n++)}\t${w.userId(social.distinctUser(a, r, available))}\t\\N\t\\N\t${cid}\t${tsv}\t${tsv}\n`;
        }
      }
    }
  },
};

export const follows: TableGen = {
  table: 'follows',
  columns: ['id', 'follower_id', 'following_id', 'notified', ...TIMESTAMPS],
  estimate: (ctx) => Math.round(ctx.w.n * 2.9),
  *rows(ctx) {
    const { w, social } = ctx;
    const buf = social.newFollowBuffer();
    const space = w.space('follow');
    let n = 0;
    for (let u = 0; u < w.n; u++) {
      social.follows(u, buf);
      if (!buf.count) continue;
      const uid = w.userId(u);
      for (let k = 0; k < buf.count; k++) {
        const tsv = ts(buf.times[k]!);
        yield `${space.id(n++)}\t${uid}\t${w.userId(w.creatorUser(buf.targets[k]!))}\tt\t${tsv}\t${tsv}\n`;
      }
    }
  },
};

export const saves: TableGen = {
  table: 'saves',
  columns: ['id', 'user_id', 'post_id', 'video_id', 'collection_name', ...TIMESTAMPS],
  estimate: (ctx) => Math.round(ctx.w.n * 0.25),
  *rows(ctx) {
    const { w, social } = ctx;
    const space = w.space('save');
    const collections = ['Watch later', 'Recipes', 'Workout', 'Inspiration', 'Tutorials', 'Music'];
    let n = 0;
    for (let u = 0; u < w.n; u++) {
      const x = w.u('saves', u);
      if (x >= 0.15) continue;
      const count = 1 + Math.floor((x / 0.15) * 3);
      const joined = w.userCreatedAt(u);
      const a = Math.floor(w.u('saves-a', u) * w.sizes.videos);
      for (let r = 0; r < count; r++) {
        const video = r % 2 === 0;
        const index = video ? social.distinctUser(a, r, w.sizes.videos) : social.distinctUser(a, r, w.sizes.posts);
        const t0 = Math.max(joined, video ? w.videoCreatedAt(index) : w.postCreatedAt(index));
        if (t0 >= w.now) continue;
        const tsv = ts(t0 + w.u('saves-t', u, r) * (w.now - t0));
        yield `${space.id(n++)}\t${w.userId(u)}\t${video ? nul : w.postId(index)}\t${video ? w.videoId(index) : nul}\t${w.u('save-col', u, r) < 0.4 ? collections[r % collections.length] : nul}\t${tsv}\t${tsv}\n`;
      }
    }
  },
};

const ENGAGEMENT_TYPES = ['VIEW', 'LIKE', 'SHARE', 'CLICK', 'SAVE', 'COMMENT'];
const ENGAGEMENT_WEIGHTS = [0.55, 0.2, 0.06, 0.1, 0.04, 0.05];

export const userEngagement: TableGen = {
  table: 'user_engagement',
  columns: ['id', 'user_id', 'post_id', 'engagement_type', 'value', 'metadata', 'created_at'],
  estimate: (ctx) => ctx.w.sizes.posts,
  *rows(ctx) {
    const { w, social } = ctx;
    const space = w.space('engagement');
    const rng = w.rng('engagement');
    let n = 0;
    for (let p = 0; p < w.sizes.posts; p++) {
      const count = Math.floor(Math.pow(w.u('eng', p), 3) * (w.profile === 'demo' ? 8 : 4));
      if (!count) continue;
      const t = w.postCreatedAt(p);
      const available = w.usersAt(t);
      const a = Math.floor(w.u('eng-a', p) * available);
      for (let r = 0; r < count && r < available; r++) {
        rng.at(p, r);
        const type = rng.weighted(ENGAGEMENT_TYPES, ENGAGEMENT_WEIGHTS);
        yield `${space.id(n++)}\t${w.userId(social.distinctUser(a, r, available))}\t${w.postId(p)}\t${type}\t${type === 'VIEW' ? (0.2 + rng.float() * 0.8).toFixed(2) : '1.00'}\t${rng.chance(0.3) ? json({ surface: rng.pick(['feed', 'profile', 'search', 'share_sheet']) }) : nul}\t${ts(t + rng.float() * (w.now - t))}\n`;
      }
    }
  },
};

export const feedItems: TableGen = {
  table: 'feed_items',
  columns: ['id', 'user_id', 'post_id', 'score', 'reason', 'created_at', 'expires_at'],
  estimate: (ctx) => Math.round(ctx.w.n * 0.5),
  *rows(ctx) {
    const { w, social } = ctx;
    const space = w.space('feed');
    const reasons = ['following', 'trending', 'recommended', 'similar_to_liked', 'popular_in_region'];
    let n = 0;
    const recentPosts = w.posts.indexAt(w.now - 3 * DAY);
    const window = Math.max(1, w.sizes.posts - recentPosts);
    for (let u = 0; u < w.n; u++) {
      const rate = w.profile === 'demo' ? 0.1 : 0.06;
      const x = w.u('feed', u);
      if (x >= rate) continue;
      const count = 3 + Math.floor((x / rate) * 6);
      const a = Math.floor(w.u('feed-a', u) * window);
      for (let r = 0; r < count && r < window; r++) {
        const p = recentPosts + social.distinctUser(a, r, window);
        const t = Math.max(w.postCreatedAt(p), w.userCreatedAt(u)) + MINUTE;
        if (t >= w.now) continue;
        yield `${space.id(n++)}\t${w.userId(u)}\t${w.postId(p)}\t${(w.u('feed-score', u, r) * 100).toFixed(4)}\t${reasons[(u + r) % reasons.length]}\t${ts(t)}\t${ts(t + 2 * DAY)}\n`;
      }
    }
  },
};

const REGIONS_BY_COUNTRY: Record<string, string> = { US: 'California', GB: 'England', DE: 'Bavaria', BR: 'São Paulo', IN: 'Maharashtra', NG: 'Lagos', JP: 'Kanto', MX: 'CDMX', FR: 'Île-de-France', KR: 'Seoul' };

export const videoViews: TableGen = {
  table: 'video_views',
  columns: ['id', 'video_id', 'user_id', 'session_id', 'watch_duration', 'watch_percentage', 'completed', 'quality', 'ip_address', 'country_code', 'region', 'city', 'user_agent', 'device_type', 'browser', 'os', 'referrer', 'source', 'created_at', 'updated_at'],
  estimate: (ctx) => ctx.w.sizes.videoViews,
  *rows(ctx) {
    for (const r of ctx.w.viewLayout.ranges) yield* viewRows(ctx, r.kFrom, r.kTo);
  },
  partitioned: {
    interval: 'month',
    ranges: (ctx) => ctx.w.viewLayout.ranges,
    rowsIn: (ctx, r) => viewRows(ctx, r.kFrom, r.kTo),
    binaryIn: (ctx, r) => viewBinary(ctx, r.kFrom, r.kTo),
  },
};

interface ViewFacts {
  id: Uint8Array;
  range: number;
  r: number;
  country: number;
  t: number;
  video: number;
  user: number;
  session: string;
  duration: number;
  pct: number;
  quality: string;
  device: number;
  city: string;
  referrer: string | null;
  source: string;
}

/** Everything about view k (shared by the text and binary writers, so they agree). */
function viewFacts(ctx: Ctx, k: number, f: ViewFacts): ViewFacts {
  const { w } = ctx;
  const rng = w.rng('view').at(k);
  w.viewLayout.locate(k, rng.float(), f);
  const range = w.viewLayout.ranges[f.range]!;
  uuid7Bytes(range.from + f.r, rng.next(), rng.next(), f.id);
  const available = w.videosAt(f.t - HOUR);
  const x = rng.float();
  f.video = Math.max(0, x < 0.45 ? available - 1 - Math.floor(Math.pow(rng.float(), 3) * Math.min(available, 400)) : Math.floor(Math.pow(rng.float(), 0.6) * available));
  f.user = rng.chance(0.22) ? -1 : w.userAt(f.t, rng.float());
  f.device = w.devices.pickIndex(rng);
  f.duration = 3 + rng.int(16);
  f.pct = Math.min(100, Math.round((f.duration / 16) * 1000) / 10);
  f.quality = QUALITIES[rng.int(4)]!;
  const cities = AUDIENCE_COUNTRIES[f.country]!.cities;
  f.city = cities[rng.int(cities.length)]!;
  f.referrer = rng.chance(0.08) ? REFERRERS[rng.int(REFERRERS.length)]! : null;
  f.source = VIEW_SOURCES[rng.int(VIEW_SOURCES.length)]!;
  f.session = `s_${String(Math.floor(range.from / DAY)).padStart(5, '0')}_${String(f.r).padStart(8, '0')}`;
  return f;
}

const newViewFacts = (): ViewFacts => ({ id: new Uint8Array(16), range: 0, r: 0, country: 0, t: 0, video: 0, user: 0, session: '', duration: 0, pct: 0, quality: '', device: 0, city: '', referrer: null, source: '' });

/** The same rows as viewRows, as binary COPY chunks. */
function* viewBinary(ctx: Ctx, from: number, to: number): Generator<Buffer> {
  const { w } = ctx;
  const out = new BinaryRows();
  const words = new Uint32Array(4);
  const f = newViewFacts();
  for (let k = from; k < to; k++) {
    viewFacts(ctx, k, f);
    const device = w.devices.items[f.device]!;
    const country = AUDIENCE_COUNTRIES[f.country]!.code;
    out.tuple(20).uuidBytes(f.id).uuidWords(w.videoSpace.words(f.video, words));
    if (f.user < 0) out.null();
    else out.uuidWords(w.userSpace.words(f.user, words));
    out.text(f.session).int4(f.duration).float8(f.pct).bool(f.pct >= 90).text(f.quality).text(ipFor(k, 3)).text(country);
    const reg = REGIONS_BY_COUNTRY[country];
    if (reg) out.text(reg);
    else out.null();
    out.text(f.city).text(USER_AGENTS[f.device]!).text(device.type).text(device.browser).text(device.os);
    if (f.referrer) out.text(f.referrer);
    else out.null();
    out.text(f.source).ts(f.t).ts(f.t);
    if (out.full) yield out.take();
  }
  if (out.length) yield out.take();
}

function* viewRows(ctx: Ctx, from: number, to: number): Generator<string> {
  const { w } = ctx;
  const f = newViewFacts();
  for (let k = from; k < to; k++) {
    viewFacts(ctx, k, f);
    const device = w.devices.items[f.device]!;
    const country = AUDIENCE_COUNTRIES[f.country]!.code;
    const tsv = ts(f.t);
    yield `${uuidText(f.id)}\t${w.videoId(f.video)}\t${f.user < 0 ? nul : w.userId(f.user)}\t${f.session}\t${f.duration}\t${f.pct}\t${f.pct >= 90 ? 't' : 'f'}\t${f.quality}\t${ipFor(k, 3)}\t${country}\t${REGIONS_BY_COUNTRY[country] ?? nul}\t${f.city}\t${USER_AGENTS[f.device]}\t${device.type}\t${device.browser}\t${device.os}\t${f.referrer ?? nul}\t${f.source}\t${tsv}\t${tsv}\n`;
  }
}
