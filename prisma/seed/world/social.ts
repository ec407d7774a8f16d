// The social graph in closed form, and the counters that need a pre-pass.
//
// Follows: creators are ranked by popularity (a scrambled order) and grouped in tiers of
// 10, 40, 160, … creators; each user follows at most two creators per tier, so a user's
// follows are distinct by construction and the top tiers collect most followers (a heavy tail).
// Likes and engagements of a post come from users (a + r·S) mod U for r < L, distinct for a
// prime S larger than U, so (user, post) pairs are unique without any bookkeeping.
import { DAY } from '../lib/format';
import { coprimeNear, type World } from './world';

const STRIDE = 10_000_019; // a prime above any user count we generate

export interface FollowBuffer {
  targets: Int32Array; // creator indexes
  times: Float64Array;
  count: number;
}

export class Social {
  private readonly rankMul: number;
  private readonly tiers: { start: number; size: number; p1: number }[] = [];
  private followersCache: Int32Array | null = null;
  private videosPerCreatorCache: Int32Array | null = null;
  private postsPerUserCache: Int32Array | null = null;
  private commentsPerPostCache: Int32Array | null = null;
  private commentsPerVideoCache: Int32Array | null = null;
  private creatorViewsCache: Float64Array | null = null;
  private creatorLikesCache: Float64Array | null = null;

  constructor(private readonly w: World) {
    const c = w.sizes.creators;
    this.rankMul = coprimeNear(c, 0.381966);
    const probabilities = (w.profile === 'demo' ? [0.45, 0.4, 0.35, 0.3, 0.25, 0.2, 0.15, 0.12, 0.1, 0.08] : [0.3, 0.25, 0.2, 0.16, 0.12, 0.1, 0.08, 0.06, 0.05, 0.04]);
    let start = 0;
    for (let t = 0; start < c; t++) {
      const size = Math.min(c - start, 10 * 4 ** t);
      this.tiers.push({ start, size, p1: probabilities[Math.min(t, probabilities.length - 1)]! });
      start += size;
    }
  }

  creatorOfRank(rank: number): number {
    return (rank * this.rankMul + 3) % this.w.sizes.creators;
  }

  /** The creators user u follows (and when), into buf. */
  follows(u: number, buf: FollowBuffer): number {
    const w = this.w;
    buf.count = 0;
    const joined = w.userCreatedAt(u);
    for (let t = 0; t < this.tiers.length; t++) {
      const tier = this.tiers[t]!;
      const x = w.u('follow', u, t);
      if (x >= tier.p1) continue;
      const two = tier.size > 1 && t > 0 && w.u('follow-2', u, t) < 0.35;
      const r1 = Math.floor(w.u('follow-r', u, t) * tier.size);
      const ranks = two ? [r1, (r1 + 1 + Math.floor(w.u('follow-r2', u, t) * (tier.size - 1))) % tier.size] : [r1];
      for (const r of ranks) {
        const c = this.creatorOfRank(tier.start + r);
        const cu = w.creatorUser(c);
        if (cu === u) continue;
        const from = Math.max(joined, w.userCreatedAt(cu)) + DAY;
        if (from >= w.now) continue;
        buf.targets[buf.count] = c;
        buf.times[buf.count] = from + w.u('follow-t', u, t * 2 + (r === r1 ? 0 : 1)) * (w.now - from);
        buf.count++;
      }
    }
    return buf.count;
  }

  newFollowBuffer(): FollowBuffer {
    const n = this.tiers.length * 2;
    return { targets: new Int32Array(n), times: new Float64Array(n), count: 0 };
  }

  /** Followers per creator (pre-pass over every user's follows). */
  followers(): Int32Array {
    if (!this.followersCache) {
      const counts = new Int32Array(this.w.sizes.creators);
      const buf = this.newFollowBuffer();
      for (let u = 0; u < this.w.n; u++) {
        this.follows(u, buf);
        for (let k = 0; k < buf.count; k++) counts[buf.targets[k]!]!++;
      }
      this.followersCache = counts;
    }
    return this.followersCache;
  }

  videosPerCreator(): Int32Array {
    if (!this.videosPerCreatorCache) this.countVideos();
    return this.videosPerCreatorCache!;
  }

  creatorViews(): Float64Array {
    if (!this.creatorViewsCache) this.countVideos();
    return this.creatorViewsCache!;
  }

  creatorLikes(): Float64Array {
    if (!this.creatorLikesCache) this.countVideos();
    return this.creatorLikesCache!;
  }

  private countVideos(): void {
    const c = this.w.sizes.creators;
    const count = new Int32Array(c);
    const views = new Float64Array(c);
    const likes = new Float64Array(c);
    for (let v = 0; v < this.w.sizes.videos; v++) {
      const owner = this.w.videoCreator(v);
      count[owner]!++;
      views[owner]! += this.videoLifetimeViews(v);
      likes[owner]! += this.videoLikes(v);
    }
    this.videosPerCreatorCache = count;
    this.creatorViewsCache = views;
    this.creatorLikesCache = likes;
  }

  postsPerUser(): Int32Array {
    if (!this.postsPerUserCache) {
      const counts = new Int32Array(this.w.n);
      for (let p = 0; p < this.w.sizes.posts; p++) counts[this.w.postOwner(p)]!++;
      this.postsPerUserCache = counts;
    }
    return this.postsPerUserCache;
  }

  /** Comments per post / video (a pre-pass over comment blocks). */
  commentsPerPost(): Int32Array {
    if (!this.commentsPerPostCache) this.countComments();
    return this.commentsPerPostCache!;
  }

  commentsPerVideo(): Int32Array {
    if (!this.commentsPerVideoCache) this.countComments();
    return this.commentsPerVideoCache!;
  }

  private countComments(): void {
    const posts = new Int32Array(this.w.sizes.posts);
    const videos = new Int32Array(this.w.sizes.videos);
    for (let b = 0; b < this.w.sizes.commentBlocks; b++) {
      const target = this.w.commentBlockTarget(b);
      const size = this.blockSize(b);
      if (target >= 0) posts[target]! += size;
      else videos[-1 - target]! += size;
    }
    this.commentsPerPostCache = posts;
    this.commentsPerVideoCache = videos;
  }

  /** Comments in block b (1..4): comment 4b + j exists for j < blockSize(b). */
  blockSize(b: number): number {
    const x = this.w.u('cblock-size', b);
    return x < 0.3 ? 1 : x < 0.55 ? 2 : x < 0.8 ? 3 : 4;
  }

  // Likes ------------------------------------------------------------------------------

  postLikes(p: number): number {
    const x = this.w.u('post-likes', p);
    return Math.floor(x * x * x * x * (this.w.profile === 'demo' ? 8 : 4));
  }

  videoLikes(v: number): number {
    const x = this.w.u('video-likes', v);
    return Math.floor(x * x * x * (this.w.profile === 'demo' ? 24 : 12));
  }

  commentLikes(k: number): number {
    const x = this.w.u('comment-likes', k);
    return Math.floor(Math.pow(x, 6) * (this.w.profile === 'demo' ? 8 : 2));
  }

  /** The r-th distinct user among the first `available` users, for the item with seed a. */
  distinctUser(a: number, r: number, available: number): number {
    return (a + r * STRIDE) % available;
  }

  videoLifetimeViews(v: number): number {
    const x = this.w.u('video-lifetime', v);
    const age = Math.max(1, (this.w.now - this.w.videoCreatedAt(v)) / DAY);
    return Math.floor(Math.pow(x, 5) * 2_000_000 + age * 30 * x + 20);
  }
}
