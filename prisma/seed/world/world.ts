// The generated world: how many of everything, and the closed-form facts that tie tables
// together. Every entity is an index in its space (user i, video v, post p, comment k, …); its
// id, owner, time and flags are pure functions of (seed, index), so each table's generator
// derives what it needs from the indexes alone and no table is kept in memory. The few
// derived counters that need a pass over children (followers per user, comments per post,
// videos per creator) are counted into typed arrays by a cheap pre-pass before the parent
// table is written.
import { DAY, HOUR } from '../lib/format';
import { mix32, Rng, UuidSpace, WeightedTable, hashString, stripeStyleId } from '../lib/prng';
import { AUDIENCE_COUNTRIES, DEVICES, DEVICE_WEIGHTS, EMAIL_DOMAINS, REGIONS, type Region } from '../lib/vocab';
import { audienceWeight, PartitionLayout, Timeline } from './timeline';

export type Profile = 'demo' | 'scale';

export interface WorldOptions {
  seed: number;
  /** Platform users (staff come on top). */
  users: number;
  /** The seeding moment (ms); every date is relative to it. */
  now: number;
  profile: Profile;
}

export interface Sizes {
  users: number;
  creatorStride: number;
  creators: number;
  advertiserStride: number;
  advertisers: number;
  campaignsPerAdvertiser: number;
  adsPerCampaign: number;
  videos: number;
  posts: number;
  commentBlocks: number;
  mediaFiles: number;
  videoViews: number;
  adImpressions: number;
  adClicks: number;
  liveStreams: number;
  chatMessages: number;
  streamViewers: number;
  notifications: number;
  userAnalytics: number;
  channels: number;
  catalogVideos: number;
  auditRows: number;
  /** Probability that a target of each kind has an OPEN moderation case. */
  openCaseRate: Record<TargetKind, number>;
  /** Probability that a target of each kind has a RESOLVED case (history). */
  resolvedCaseRate: Record<TargetKind, number>;
}

export type TargetKind = 'VIDEO' | 'POST' | 'COMMENT' | 'LIVE_STREAM' | 'STREAM_CHAT_MESSAGE' | 'MEDIA_FILE' | 'USER_PROFILE';
export const TARGET_KINDS: TargetKind[] = ['VIDEO', 'POST', 'COMMENT', 'LIVE_STREAM', 'STREAM_CHAT_MESSAGE', 'MEDIA_FILE', 'USER_PROFILE'];

function computeSizes(n: number, profile: Profile): Sizes {
  const demo = profile === 'demo';
  const r = (x: number) => Math.max(1, Math.round(x));
  const creatorStride = demo ? 12 : 20;
  const advertiserStride = demo ? 50 : 500;
  return {
    users: n,
    creatorStride,
    creators: Math.ceil(n / creatorStride),
    advertiserStride,
    advertisers: Math.ceil((n - 7) / advertiserStride),
    campaignsPerAdvertiser: demo ? 2 : 2,
    adsPerCampaign: 3,
    videos: r(n * (demo ? 0.75 : 0.2)),
    posts: r(n * (demo ? 2.5 : 0.5)),
    commentBlocks: r(n * (demo ? 4 : 0.42)),
    mediaFiles: r(n * (demo ? 0.2 : 0.1)),
    videoViews: demo ? 100_000 : r(n * 10),
    adImpressions: demo ? 100_000 : r(n * 10),
    adClicks: demo ? 2_500 : r(n * 0.15),
    liveStreams: demo ? 120 : r(n * 0.005),
    chatMessages: demo ? 8_000 : r(n * 0.5),
    streamViewers: demo ? 6_000 : r(n * 0.3),
    notifications: demo ? 8_000 : r(n * 0.6),
    userAnalytics: demo ? 6_000 : r(n * 0.2),
    channels: demo ? 24 : Math.max(24, r(n * 0.0005)),
    catalogVideos: demo ? 400 : Math.max(400, r(n * 0.02)),
    auditRows: demo ? 2_000 : Math.min(100_000, r(n * 0.1)),
    openCaseRate: demo
      ? { VIDEO: 0.04, POST: 0.012, COMMENT: 0.004, LIVE_STREAM: 0.05, STREAM_CHAT_MESSAGE: 0.004, MEDIA_FILE: 0.05, USER_PROFILE: 0.01 }
      : { VIDEO: 0.25, POST: 0.35, COMMENT: 0.46, LIVE_STREAM: 0.2, STREAM_CHAT_MESSAGE: 0.12, MEDIA_FILE: 0.4, USER_PROFILE: 0.33 },
    resolvedCaseRate: demo
      ? { VIDEO: 0.05, POST: 0.02, COMMENT: 0.006, LIVE_STREAM: 0.05, STREAM_CHAT_MESSAGE: 0.004, MEDIA_FILE: 0.05, USER_PROFILE: 0.01 }
      : { VIDEO: 0.04, POST: 0.02, COMMENT: 0.01, LIVE_STREAM: 0.04, STREAM_CHAT_MESSAGE: 0.005, MEDIA_FILE: 0.03, USER_PROFILE: 0.005 },
  };
}

/** Name combinations (region, first, last) whose ASCII slug pairs are globally unique. */
interface Combo {
  region: number;
  first: number;
  last: number;
}

function buildCombos(): Combo[] {
  const seen = new Set<string>();
  const out: Combo[] = [];
  // Interleave regions so that consecutive combo indexes rotate through them.
  const maxF = Math.max(...REGIONS.map((r) => r.first.length));
  const maxL = Math.max(...REGIONS.map((r) => r.last.length));
  for (let l = 0; l < maxL; l++) {
    for (let f = 0; f < maxF; f++) {
      for (let region = 0; region < REGIONS.length; region++) {
        const reg = REGIONS[region]!;
        if (f >= reg.first.length || l >= reg.last.length) continue;
        const key = `${reg.first[f]!.slug}|${reg.last[l]!.slug}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ region, first: f, last: l });
      }
    }
  }
  return out;
}

const COMBOS = buildCombos();

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** A multiplier coprime with n near n × 0.618 (a good scatter for i → (i × m) mod n). */
export function coprimeNear(n: number, fraction = 0.6180339887): number {
  if (n <= 2) return 1;
  let m = Math.max(1, Math.floor(n * fraction)) | 1;
  while (gcd(m, n) !== 1) m += 2;
  return m;
}

export interface StaffIds {
  all: string[];
  moderator: string; // moderator@socialflow.demo (Maya)
  moderator2: string; // moderator2@ (Jonas)
  senior: string;
  finance: string;
  finance2: string;
  ads: string;
  rights: string;
  support: string;
  admin: string;
  security: string;
}

/** Fixed facts the demo imposes on chosen world entities (named people and their situations). */
export interface Scenario {
  /** user index → name */
  names: Map<number, { first: string; last: string; username: string; email: string }>;
  /** creator index → Stripe Connect readiness */
  connect: Map<number, ConnectState>;
  /** creator index → fame (0..1) */
  fame: Map<number, number>;
  /** creators whose last period earnings spike */
  spike: Set<number>;
  /** creators whose pending two-approval payout already has its first approval */
  firstApprovalDone: Set<number>;
  /** creators with open moderation cases added by the demo (a payout risk signal) */
  openCases: Set<number>;
  /** user index → current suspension / ban */
  enforcement: Map<number, { kind: 'SUSPEND' | 'BAN'; at: number; endsAt: number | null; reason: string; by: string }>;
  /** video index → its one claim, in this state (deadlineAt: ms, for states with a clock) */
  claims: Map<number, { status: 'ACTIVE' | 'DISPUTED' | 'REINSTATED' | 'APPEALED' | 'TAKEDOWN_SCHEDULED' | 'REMOVED' | 'COUNTER_NOTIFIED' | 'RESTORED' | 'RELEASED' | 'WITHDRAWN'; deadlineAt?: number }>;
  /** targets the world must leave without a case (the demo adds its own) */
  noCase: Set<string>;
}

export function emptyScenario(): Scenario {
  return { names: new Map(), connect: new Map(), fame: new Map(), spike: new Set(), firstApprovalDone: new Set(), openCases: new Set(), enforcement: new Map(), claims: new Map(), noCase: new Set() };
}

export class World {
  /** Demo overrides (null for benchmark data). */
  scenario: Scenario | null = null;

  readonly seed: number;
  readonly now: number;
  readonly profile: Profile;
  readonly n: number;
  readonly sizes: Sizes;
  /** Start of the 90-day activity window. */
  readonly t0: number;
  /** When the platform opened (the oldest accounts). */
  readonly tu0: number;
  readonly staff: StaffIds;

  private readonly spaces = new Map<string, UuidSpace>();
  private readonly rngs = new Map<string, Rng>();
  private readonly salts = new Map<string, number>();
  private readonly comboMul: number;
  readonly userSpace: UuidSpace;
  readonly videoSpace: UuidSpace;
  readonly postSpace: UuidSpace;
  readonly commentSpace: UuidSpace;

  readonly views: Timeline;
  readonly impressions: Timeline;
  readonly posts: Timeline;
  readonly commentTimes: Timeline;
  readonly devices = new WeightedTable(DEVICES, DEVICE_WEIGHTS);
  /** Physical layout of video_views (monthly partitions) and ad_impressions (daily partitions). */
  readonly viewLayout: PartitionLayout;
  readonly impressionLayout: PartitionLayout;

  constructor(options: WorldOptions) {
    this.seed = options.seed;
    this.now = Math.floor(options.now / 1000) * 1000;
    this.profile = options.profile;
    this.n = options.users;
    this.sizes = computeSizes(options.users, options.profile);
    this.t0 = this.now - 90 * DAY;
    this.tu0 = this.now - 3 * 365 * DAY;
    this.comboMul = coprimeNear(COMBOS.length);
    this.userSpace = this.space('user');
    this.videoSpace = this.space('video');
    this.postSpace = this.space('post');
    this.commentSpace = this.space('comment');
    const staffSpace = this.space('staff');
    const staffIds = Array.from({ length: 10 }, (_, k) => staffSpace.id(k));
    this.staff = {
      all: staffIds,
      moderator: staffIds[0]!,
      moderator2: staffIds[1]!,
      senior: staffIds[2]!,
      finance: staffIds[3]!,
      finance2: staffIds[4]!,
      ads: staffIds[5]!,
      rights: staffIds[6]!,
      support: staffIds[7]!,
      admin: staffIds[8]!,
      security: staffIds[9]!,
    };
    const weight = audienceWeight(Math.ceil((this.now - this.t0) / HOUR), [23, 61]);
    this.views = new Timeline(this.t0, this.now, this.sizes.videoViews, weight);
    this.impressions = new Timeline(this.t0, this.now, this.sizes.adImpressions, weight);
    this.posts = new Timeline(this.t0, this.now, this.sizes.posts, weight);
    this.commentTimes = new Timeline(this.t0, this.now, this.sizes.commentBlocks, weight);
    const codes = AUDIENCE_COUNTRIES.map((c) => c.code);
    const weights = AUDIENCE_COUNTRIES.map((c) => c.weight);
    this.viewLayout = new PartitionLayout(this.views, 'month', codes, weights);
    this.impressionLayout = new PartitionLayout(this.impressions, 'day', codes, weights);
  }

  /** The id space of an entity kind (created on first use). */
  space(name: string): UuidSpace {
    let s = this.spaces.get(name);
    if (!s) this.spaces.set(name, (s = new UuidSpace(this.seed, name)));
    return s;
  }

  /** The row PRNG of a stream (shared instance: position it with `.at(i)` before drawing). */
  rng(name: string): Rng {
    let r = this.rngs.get(name);
    if (!r) this.rngs.set(name, (r = new Rng(this.seed, name)));
    return r;
  }

  /** A fresh PRNG (for nested use where the shared one is busy). */
  freshRng(name: string): Rng {
    return new Rng(this.seed, name);
  }

  salt(name: string): number {
    let s = this.salts.get(name);
    if (s === undefined) this.salts.set(name, (s = mix32(hashString(name) ^ this.seed)));
    return s;
  }

  /** A uniform [0,1) value for (stream, i, j) without touching a shared PRNG. */
  u(name: string, i: number, j = 0): number {
    return mix32(mix32((i >>> 0) ^ this.salt(name)) + Math.imul(j + 1, 0x27d4eb2d)) / 4294967296;
  }

  // ---------------------------------------------------------------------------------------
  // Users
  // ---------------------------------------------------------------------------------------

  userId(i: number): string {
    return this.userSpace.id(i);
  }

  /** Signups grow linearly over three years: user i joined at tu0 + span × √((i + u) / n). */
  userCreatedAt(i: number): number {
    const span = this.now - 2 * DAY - this.tu0;
    return this.tu0 + span * Math.sqrt((i + this.u('user-created', i)) / this.n);
  }

  /** How many users existed at time t (users are indexed in signup order). */
  usersAt(t: number): number {
    const span = this.now - 2 * DAY - this.tu0;
    if (t <= this.tu0) return 1;
    const x = Math.min(1, (t - this.tu0) / span);
    return Math.max(1, Math.min(this.n, Math.floor(this.n * x * x)));
  }

  /** A random user who existed at time t (index), from a uniform value. */
  userAt(t: number, u: number): number {
    return Math.floor(u * this.usersAt(t));
  }

  isCreator(i: number): boolean {
    return i % this.sizes.creatorStride === 0;
  }

  creatorUser(c: number): number {
    return c * this.sizes.creatorStride;
  }

  creatorsAt(t: number): number {
    return Math.max(1, Math.ceil(this.usersAt(t) / this.sizes.creatorStride));
  }

  isAdvertiser(i: number): boolean {
    return i % this.sizes.advertiserStride === 7 && i < this.n;
  }

  advertiserUser(a: number): number {
    return a * this.sizes.advertiserStride + 7;
  }

  /** The name of user i: a unique (first, last, number) combination from one region. */
  userName(i: number): { region: Region; regionIndex: number; first: string; last: string; firstSlug: string; lastSlug: string; username: string; native: string | null } {
    const fixed = this.scenario?.names.get(i);
    if (fixed) {
      const region = this.userRegion(i);
      return { region, regionIndex: REGIONS.indexOf(region), first: fixed.first, last: fixed.last, firstSlug: fixed.first.toLowerCase(), lastSlug: fixed.last.toLowerCase(), username: fixed.username, native: null };
    }
    const combo = COMBOS[(i * this.comboMul) % COMBOS.length]!;
    const block = Math.floor(i / COMBOS.length);
    const region = REGIONS[combo.region]!;
    const f = region.first[combo.first]!;
    const l = region.last[combo.last]!;
    const sep = this.u('user-sep', i) < 0.55 ? '.' : '_';
    const suffix = block === 0 ? '' : String((block * 37 + 11) % 1000);
    const native = f.native && l.native ? (region.familyFirst ? `${l.native}${f.native}` : `${f.native} ${l.native}`) : null;
    return {
      region,
      regionIndex: combo.region,
      first: f.display,
      last: l.display,
      firstSlug: f.slug,
      lastSlug: l.slug,
      username: `${f.slug}${sep}${l.slug}${suffix}`,
      native,
    };
  }

  /** The region of user i (cheap: no strings built). */
  userRegion(i: number): Region {
    return REGIONS[COMBOS[(i * this.comboMul) % COMBOS.length]!.region]!;
  }

  userEmail(i: number, username: string): string {
    const fixed = this.scenario?.names.get(i);
    if (fixed) return fixed.email;
    return `${username}@${EMAIL_DOMAINS[Math.floor(this.u('user-mail', i) * EMAIL_DOMAINS.length)]}`;
  }

  /** E.164 phone of user i (its last 7 digits are i, so numbers are unique), or null. */
  userPhone(i: number, region: Region): string | null {
    if (this.u('user-phone', i) >= 0.62) return null;
    const mid = 100 + Math.floor(this.u('user-phone', i, 1) * 900);
    return `${region.phone}${mid}${String(i).padStart(7, '0')}`;
  }

  hasStripeCustomer(i: number): boolean {
    return this.u('user-cus', i) < (this.profile === 'demo' ? 0.42 : 0.3) || this.isCreator(i) || this.isAdvertiser(i);
  }

  stripeCustomerId(i: number): string {
    return stripeStyleId('cus_', this.salt('cus'), i, 14);
  }

  /** Connect account of creator c, or null when it never onboarded. */
  connectAccountId(c: number): string | null {
    return this.connectState(c) === 'NONE' ? null : stripeStyleId('acct_1', this.salt('acct'), c, 15);
  }

  /** Readiness of creator c's Stripe Connect account. */
  connectState(c: number): ConnectState {
    const fixed = this.scenario?.connect.get(c);
    if (fixed) return fixed;
    const x = this.u('connect-state', c);
    if (x < 0.3) return 'NONE';
    if (x < 0.88) return 'READY';
    if (x < 0.925) return 'CURRENTLY_DUE';
    if (x < 0.96) return 'PAST_DUE';
    if (x < 0.985) return 'PAYOUTS_DISABLED';
    return 'REJECTED';
  }

  userStatus(i: number): 'ACTIVE' | 'INACTIVE' | 'SUSPENDED' | 'BANNED' | 'PENDING_VERIFICATION' {
    if (this.scenario) {
      const fixed = this.scenario.enforcement.get(i);
      if (fixed) return fixed.kind === 'BAN' ? 'BANNED' : 'SUSPENDED';
      if (this.scenario.names.has(i)) return 'ACTIVE';
    }
    const x = this.u('user-status', i);
    if (this.userCreatedAt(i) > this.now - 3 * DAY && x < 0.3) return 'PENDING_VERIFICATION';
    if (x < 0.955) return 'ACTIVE';
    if (x < 0.975) return 'INACTIVE';
    if (x < 0.99) return 'PENDING_VERIFICATION';
    if (x < 0.996) return 'SUSPENDED';
    return 'BANNED';
  }

  // ---------------------------------------------------------------------------------------
  // Videos (indexed by upload time; owners are creators)
  // ---------------------------------------------------------------------------------------

  videoId(v: number): string {
    return this.videoSpace.id(v);
  }

  /** Videos span the last 400 days, in index order. */
  videoCreatedAt(v: number): number {
    const from = this.now - 400 * DAY;
    const span = this.now - HOUR - from;
    return from + (span * (v + this.u('video-created', v))) / this.sizes.videos;
  }

  /** Videos uploaded before time t. */
  videosAt(t: number): number {
    const from = this.now - 400 * DAY;
    const span = this.now - HOUR - from;
    return Math.max(1, Math.min(this.sizes.videos, Math.floor(((t - from) / span) * this.sizes.videos)));
  }

  /** The creator (index) who uploaded video v: someone who had joined by then. */
  videoCreator(v: number): number {
    const t = this.videoCreatedAt(v);
    const available = this.creatorsAt(t - DAY);
    return Math.floor(Math.pow(this.u('video-owner', v), 1.4) * available);
  }

  // ---------------------------------------------------------------------------------------
  // Posts (indexed by time over the window)
  // ---------------------------------------------------------------------------------------

  postId(p: number): string {
    return this.postSpace.id(p);
  }

  postCreatedAt(p: number): number {
    return this.posts.timeOf(p, this.u('post-created', p));
  }

  postOwner(p: number): number {
    const t = this.postCreatedAt(p);
    if (this.u('post-owner', p) < 0.45) return this.creatorUser(Math.floor(this.u('post-owner', p, 1) * this.creatorsAt(t)));
    return this.userAt(t, this.u('post-owner', p, 2));
  }

  // ---------------------------------------------------------------------------------------
  // Comments: blocks of four (k = 4b + j). j = 0 is top-level; j = 1..3 reply to it or stand alone.
  // ---------------------------------------------------------------------------------------

  commentId(k: number): string {
    return this.commentSpace.id(k);
  }

  /** The block's target: a post (p ≥ 0) or a video (-1 - v). */
  commentBlockTarget(b: number): number {
    const t = this.commentTimes.timeOf(b, this.u('cblock-time', b));
    const recent = this.u('cblock-target', b, 1);
    if (this.u('cblock-target', b) < 0.62) {
      const available = Math.max(1, this.posts.indexAt(t - 10 * 60_000));
      const p = available - 1 - Math.floor(Math.pow(recent, 2.5) * available);
      return Math.max(0, p);
    }
    const available = this.videosAt(t - HOUR);
    const v = recent < 0.5 ? available - 1 - Math.floor(Math.pow(recent * 2, 3) * Math.min(available, 2000)) : Math.floor(Math.pow((recent - 0.5) * 2, 0.7) * available);
    return -1 - Math.max(0, Math.min(this.sizes.videos - 1, v));
  }

  commentBlockTime(b: number): number {
    return this.commentTimes.timeOf(b, this.u('cblock-time', b));
  }

  /** Whether comment j (1..3) of block b replies to the block's first comment. */
  commentIsReply(b: number, j: number): boolean {
    return j > 0 && this.u('creply', b, j) < 0.55;
  }

  // ---------------------------------------------------------------------------------------
  // Media, live streams, ads
  // ---------------------------------------------------------------------------------------

  mediaId(m: number): string {
    return this.space('media').id(m);
  }

  mediaOwner(m: number): number {
    return this.userAt(this.mediaCreatedAt(m), this.u('media-owner', m));
  }

  mediaCreatedAt(m: number): number {
    return this.t0 + ((this.now - this.t0 - HOUR) * (m + this.u('media-created', m))) / this.sizes.mediaFiles;
  }

  streamId(s: number): string {
    return this.space('stream').id(s);
  }

  /** Streams are spread over the window in index order; the last few are live now. */
  streamStartedAt(s: number): number {
    const live = this.liveNowStreams();
    if (s >= this.sizes.liveStreams - live) return this.now - (20 + Math.floor(this.u('stream-live', s) * 100)) * 60_000;
    return this.t0 + ((this.now - 3 * HOUR - this.t0) * (s + this.u('stream-start', s))) / (this.sizes.liveStreams - live);
  }

  liveNowStreams(): number {
    return this.profile === 'demo' ? 4 : Math.max(4, Math.round(this.sizes.liveStreams * 0.01));
  }

  streamCreator(s: number): number {
    return Math.floor(Math.pow(this.u('stream-owner', s), 1.6) * this.creatorsAt(this.streamStartedAt(s) - DAY));
  }

  streamDurationMs(s: number): number {
    return (25 + Math.floor(this.u('stream-dur', s) * 200)) * 60_000;
  }

  campaignCount(): number {
    return this.sizes.advertisers * this.sizes.campaignsPerAdvertiser;
  }

  adCount(): number {
    return this.campaignCount() * this.sizes.adsPerCampaign;
  }

  campaignId(c: number): string {
    return this.space('campaign').id(c);
  }

  adId(a: number): string {
    return this.space('ad').id(a);
  }

  /** Campaign c runs from start to end (some finished, most running, a few scheduled). */
  campaignWindow(c: number): { start: number; end: number } {
    const start = this.now - (5 + Math.floor(this.u('campaign-window', c) * 110)) * DAY;
    const end = start + (14 + Math.floor(this.u('campaign-window', c, 1) * 90)) * DAY;
    return { start, end };
  }

  /** Whether the ad is serving (approved and in an active campaign): only these get impressions. */
  adIsServing(a: number): boolean {
    return this.adReviewState(a).serving;
  }

  /** Review state of ad a (closed form; the ads table and the review history agree). */
  adReviewState(a: number): { status: 'PENDING_REVIEW' | 'APPROVED' | 'APPROVED_WITH_LIMITS' | 'REJECTED' | 'CHANGES_REQUESTED'; revision: number; editedAfterApproval: boolean; serving: boolean } {
    const x = this.u('ad-review', a);
    const pending = this.profile === 'demo' ? 0.12 : 0.05;
    if (x < pending * 0.6) return { status: 'PENDING_REVIEW', revision: 1, editedAfterApproval: false, serving: false };
    if (x < pending) return { status: 'PENDING_REVIEW', revision: 2, editedAfterApproval: true, serving: false };
    if (x < pending + 0.06) return { status: 'REJECTED', revision: 1, editedAfterApproval: false, serving: false };
    if (x < pending + 0.09) return { status: 'CHANGES_REQUESTED', revision: 1, editedAfterApproval: false, serving: false };
    if (x < pending + 0.17) return { status: 'APPROVED_WITH_LIMITS', revision: 1, editedAfterApproval: false, serving: true };
    return { status: 'APPROVED', revision: 1, editedAfterApproval: false, serving: true };
  }

  // ---------------------------------------------------------------------------------------
  // Moderation flags (closed form, shared by the targets' tables and the cases' tables)
  // ---------------------------------------------------------------------------------------

  /** 0 = no case, 1 = an OPEN (or escalated) case, 2 = a RESOLVED case. */
  caseState(kind: TargetKind, index: number): 0 | 1 | 2 {
    if (this.scenario?.noCase.has(`${kind}:${index}`)) return 0;
    const x = this.u(`case-${kind}`, index);
    const open = this.sizes.openCaseRate[kind];
    if (x < open) return 1;
    if (x < open + this.sizes.resolvedCaseRate[kind]) return 2;
    return 0;
  }

  caseId(kind: TargetKind, index: number, state: 1 | 2): string {
    return this.space(`case-${kind}-${state}`).id(index);
  }

  /** Comment flavour: spam and abuse drive keyword-rule and report cases. */
  commentFlavor(k: number): 'normal' | 'spam' | 'abuse' {
    const x = this.u('comment-flavor', k);
    const spam = this.profile === 'demo' ? 0.004 : 0.018;
    const abuse = this.profile === 'demo' ? 0.007 : 0.03;
    if (x < spam) return 'spam';
    if (x < abuse) return 'abuse';
    return 'normal';
  }

  /** Random device profile for a request-like row. */
  device(rng: Rng): (typeof DEVICES)[number] {
    return this.devices.pick(rng);
  }
}

export type ConnectState = 'NONE' | 'READY' | 'CURRENTLY_DUE' | 'PAST_DUE' | 'PAYOUTS_DISABLED' | 'REJECTED';

/** An IPv4 address of a documentation / private-looking range, derived from two numbers. */
export function ipFor(a: number, b: number): string {
  const h = mix32(a * 7919 + b);
  const ranges = [
    [203, 0, 113],
    [198, 51, 100],
    [192, 0, 2],
  ] as const;
  if ((h & 7) < 5) return `${10 + ((h >>> 3) & 127)}.${(h >>> 10) & 255}.${(h >>> 18) & 255}.${1 + ((h >>> 26) & 63)}`;
  const r = ranges[(h >>> 3) % 3]!;
  return `${r[0]}.${r[1]}.${r[2]}.${1 + ((h >>> 8) & 253)}`;
}
