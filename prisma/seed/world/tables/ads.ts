// ad_campaigns, ads, ad_impressions, ad_clicks, ad_reviews, ad_prescreen_thresholds.
import { DAY, HOUR, MINUTE, money, ts } from '../../lib/format';
import { AD_BRANDS, AUDIENCE_COUNTRIES, INTERESTS, USER_AGENTS, REKOGNITION_MODEL_VERSIONS } from '../../lib/vocab';
import { DEMO_AD_BANNERS, DEMO_CLIPS, DEMO_IMAGES, DEMO_MEDIA_BUCKET, s3Url } from '../../media';
import type { Ctx } from '../ctx';
import { POLICIES, PRESCREEN_THRESHOLDS } from '../policies';
import type { TableGen } from '../table';
import { arr, bool, json, nul, text } from '../text';
import { ipFor, type World } from '../world';
import { uuid7Bytes, uuidText } from '../../lib/prng';
import { BinaryRows } from '../../lib/binary-copy';

const OBJECTIVES = ['BRAND_AWARENESS', 'REACH', 'TRAFFIC', 'ENGAGEMENT', 'APP_INSTALLS', 'VIDEO_VIEWS', 'CONVERSIONS', 'LEAD_GENERATION'];
const PLACEMENTS = ['PRE_ROLL', 'MID_ROLL', 'FEED', 'FEED', 'SIDEBAR', 'OVERLAY', 'POST_ROLL'];
const COUNTRY_SETS = [['US', 'CA'], ['GB', 'IE'], ['DE', 'AT', 'CH'], ['BR', 'PT'], ['MX', 'CO', 'AR'], ['NG', 'GH', 'KE'], ['IN'], ['JP'], ['KR'], ['FR', 'BE'], ['US', 'GB', 'AU', 'NZ']];

export function brandOf(w: World, advertiser: number) {
  return AD_BRANDS[advertiser % AD_BRANDS.length]!;
}

const isScam = (brand: (typeof AD_BRANDS)[number]) => brand.name.startsWith('QuickProfit') || brand.name.startsWith('SlimFast');

export function campaignFacts(w: World, c: number) {
  const a = Math.floor(c / w.sizes.campaignsPerAdvertiser);
  const brand = brandOf(w, a);
  const rng = w.rng('campaign').at(c);
  const evergreen = c === 0 || w.u('campaign-evergreen', c) < 0.15;
  const window = evergreen ? { start: w.t0 - 10 * DAY, end: w.now + 45 * DAY } : w.campaignWindow(c);
  const x = rng.float();
  let status: string;
  if (window.start > w.now) status = 'SCHEDULED';
  else if (window.end < w.now) status = 'COMPLETED';
  else if (c !== 0 && x < 0.08) status = 'PAUSED';
  else status = 'ACTIVE';
  if (c !== 0 && x > 0.97) status = rng.chance(0.5) ? 'DRAFT' : 'CANCELLED';
  const daily = [2_000, 5_000, 10_000, 25_000, 50_000, 100_000][rng.int(6)]!;
  return {
    id: w.campaignId(c),
    advertiser: w.advertiserUser(a),
    brand,
    name: `${brand.name} — ${['Autumn launch', 'Always on', 'Retargeting', 'Creator collab', 'Holiday push', 'App installs'][c % 6]}`,
    objective: OBJECTIVES[(c * 3 + a) % OBJECTIVES.length]!,
    status,
    window,
    daily,
    total: daily * Math.max(7, Math.round((window.end - window.start) / DAY)),
    bid: rng.pick([150, 250, 400, 80, 35]),
    bidStrategy: rng.pick(['CPM', 'CPM', 'CPC', 'CPV', 'CPA']),
    countries: COUNTRY_SETS[(c + a) % COUNTRY_SETS.length]!,
    ageMin: rng.pick([13, 18, 18, 21, 25]),
    ageMax: rng.pick([34, 44, 54, 65]),
    genders: rng.chance(0.7) ? [] : [rng.pick(['female', 'male'])],
    interests: [...brand.interests, rng.pick(INTERESTS)],
    languages: rng.chance(0.5) ? ['en'] : ['en', rng.pick(['es', 'pt', 'de', 'fr', 'ja'])],
    createdAt: Math.min(window.start - 2 * DAY, w.now - 3 * DAY),
  };
}

export function adFacts(ctx: Ctx, a: number) {
  const { w } = ctx;
  const c = Math.floor(a / w.sizes.adsPerCampaign);
  const campaign = campaignFacts(w, c);
  const rng = w.rng('ad').at(a);
  const review = a === 0 ? { status: 'APPROVED' as const, revision: 1, editedAfterApproval: false, serving: true } : w.adReviewState(a);
  const scam = isScam(campaign.brand);
  const status = scam && review.status !== 'PENDING_REVIEW' ? ('REJECTED' as const) : review.status;
  const kind = a % 3 === 1 ? 'VIDEO' : rng.chance(0.15) ? 'NATIVE' : 'IMAGE';
  const banner = DEMO_AD_BANNERS[(Math.floor(a / 3) + a) % DEMO_AD_BANNERS.length]!;
  const image = scam && rng.chance(0.5) ? DEMO_IMAGES[3]! : banner;
  const clip = DEMO_CLIPS[a % 3]!;
  const submittedAt = status === 'PENDING_REVIEW' ? w.now - (10 + rng.int(60 * 30)) * MINUTE : Math.max(campaign.createdAt, w.now - 100 * DAY) + HOUR;
  const reviewedAt = status === 'PENDING_REVIEW' ? (review.editedAfterApproval ? submittedAt - (2 + rng.int(20)) * DAY : null) : submittedAt + (20 + rng.int(600)) * MINUTE;
  const flagged = scam || image.flagged !== null;
  const confidence = flagged ? 72 + rng.float() * 26 : 2 + rng.float() * 20;
  const category = image.flagged === 'suggestive' ? 'Swimwear or Underwear' : scam ? 'Gambling' : 'Alcohol';
  const prescreen = {
    outcome: confidence > 70 ? 'AUTO_FLAGGED' : confidence > 40 ? 'NEEDS_REVIEW' : 'AUTO_CLEARED',
    labels: { ModerationModelVersion: REKOGNITION_MODEL_VERSIONS[0], ModerationLabels: confidence > 10 ? [{ Name: category, ParentName: '', Confidence: Math.round(confidence * 10) / 10, TaxonomyLevel: 1 }] : [] },
    score: Math.round(confidence * 10) / 10,
  };
  return { a, c, campaign, review: { ...review, status }, kind, image, clip, submittedAt, reviewedAt, prescreen, serving: review.serving && !scam && campaign.status === 'ACTIVE', scam };
}

export const adCampaigns: TableGen = {
  table: 'ad_campaigns',
  columns: [
    'id', 'advertiser_id', 'name', 'description', 'status', 'objective', 'daily_budget', 'total_budget', 'total_spent', 'bid_strategy', 'bid_amount', 'start_date', 'end_date',
    'target_countries', 'target_age_min', 'target_age_max', 'target_genders', 'target_interests', 'target_languages', 'custom_targeting', 'impressions', 'clicks', 'views',
    'conversions', 'ctr', 'cpm', 'cpc', 'cpa', 'created_at', 'updated_at',
  ],
  estimate: (ctx) => ctx.w.campaignCount(),
  *rows(ctx) {
    const { w } = ctx;
    const totalServing = Math.max(1, countServing(ctx));
    for (let c = 0; c < w.campaignCount(); c++) {
      const f = campaignFacts(w, c);
      let serving = 0;
      for (let k = 0; k < w.sizes.adsPerCampaign; k++) if (adFacts(ctx, c * w.sizes.adsPerCampaign + k).serving) serving++;
      const impressions = Math.round((w.sizes.adImpressions * serving) / totalServing);
      const clicks = Math.round(impressions * 0.012);
      const spent = Math.min(f.total, Math.round(impressions * 0.35));
      yield [
        f.id, w.userId(f.advertiser), text(f.name), text(`${f.brand.headline}. Targeting ${f.countries.join(', ')}, ages ${f.ageMin}–${f.ageMax}.`), f.status, f.objective,
        money(f.daily), money(f.total), money(spent), f.bidStrategy, money(f.bid), ts(f.window.start), ts(f.window.end), arr(f.countries), String(f.ageMin), String(f.ageMax),
        arr(f.genders), arr(f.interests), arr(f.languages), json({ exclude_kids_content: true, frequency_cap: { impressions: 3, per: 'day' } }), String(impressions), String(clicks),
        String(Math.round(impressions * 0.4)), String(Math.round(clicks * 0.08)), String(impressions ? Math.round((clicks / impressions) * 10000) / 10000 : 0),
        (impressions ? (spent / 100 / impressions) * 1000 : 0).toFixed(4), (clicks ? spent / 100 / clicks : 0).toFixed(4), (clicks ? spent / 100 / Math.max(1, clicks * 0.08) : 0).toFixed(4),
        ts(f.createdAt), ts(Math.min(w.now, Math.max(f.createdAt, f.window.start))),
      ].join('\t') + '\n';
    }
  },
};

function countServing(ctx: Ctx): number {
  let n = 0;
  for (let a = 0; a < ctx.w.adCount(); a++) if (adFacts(ctx, a).serving) n++;
  return n;
}

export const ads: TableGen = {
  table: 'ads',
  columns: [
    'id', 'campaign_id', 'name', 'ad_type', 'placement', 'variant_name', 'headline', 'body_text', 'call_to_action', 'image_url', 'video_url', 'thumbnail_url', 'creative_s3_bucket',
    'creative_image_s3_key', 'creative_video_s3_key', 'destination_url', 'tracking_params', 'is_approved', 'approval_notes', 'is_active', 'review_status', 'submitted_for_review_at',
    'reviewed_at', 'reviewed_by_id', 'review_limits', 'creative_revision', 'review_claimed_by_id', 'review_claimed_at', 'review_lease_expires_at', 'review_version',
    'prescreen_outcome', 'prescreen_labels', 'prescreen_score', 'prescreen_model_version', 'prescreen_job_id', 'prescreened_at', 'impressions', 'clicks', 'spend', 'ctr', 'created_at', 'updated_at',
  ],
  estimate: (ctx) => ctx.w.adCount(),
  *rows(ctx) {
    const { w } = ctx;
    for (let a = 0; a < w.adCount(); a++) {
      const f = adFacts(ctx, a);
      const s = f.review.status;
      const approved = s === 'APPROVED' || s === 'APPROVED_WITH_LIMITS';
      const claimed = s === 'PENDING_REVIEW' && w.u('ad-claim', a) < 0.08;
      const video = f.kind === 'VIDEO';
      const headline = f.scam ? f.campaign.brand.headline.toUpperCase() : f.campaign.brand.headline;
      yield [
        w.adId(a), f.campaign.id, text(`${f.campaign.brand.name} ${video ? 'video' : 'image'} ${String.fromCharCode(65 + (a % 3))}`), f.kind, video ? PLACEMENTS[a % 3]! : PLACEMENTS[2 + (a % 5)]!,
        String.fromCharCode(65 + (a % 3)), text(headline), text(`${f.campaign.brand.headline}. ${f.scam ? 'Limited spots!!! Act now!!!' : 'Terms apply.'}`), text(f.campaign.brand.cta),
        video ? nul : s3Url(f.image.key), video ? s3Url(f.clip.key) : nul, video ? s3Url(f.clip.thumbKey) : nul, DEMO_MEDIA_BUCKET, video ? nul : f.image.key, video ? f.clip.key : nul,
        text(`https://${f.campaign.brand.domain}/?utm_source=socialflow&utm_campaign=c${f.c}`), json({ utm_source: 'socialflow', utm_medium: 'paid', utm_campaign: `c${f.c}` }),
        bool(approved), text(s === 'APPROVED_WITH_LIMITS' ? 'Approved for ages 18+ only' : s === 'REJECTED' ? POLICIES.find((p) => p.code === (f.scam ? 'AD-FIN' : 'AD-QUALITY'))!.userFacingText : null),
        bool(approved && f.campaign.status === 'ACTIVE'), s, ts(f.submittedAt), f.reviewedAt === null ? nul : ts(f.reviewedAt), f.reviewedAt === null ? nul : w.staff.ads,
        s === 'APPROVED_WITH_LIMITS' ? json({ ages: { min: 18 }, countries: f.campaign.countries.slice(0, 1), placements: ['FEED'] }) : nul, String(f.review.revision),
        claimed ? w.staff.ads : nul, claimed ? ts(w.now - 12 * MINUTE) : nul, claimed ? ts(w.now - 2 * MINUTE) : nul, String(f.review.revision - 1),
        f.prescreen.outcome, json(f.prescreen.labels), String(f.prescreen.score), REKOGNITION_MODEL_VERSIONS[0]!, video ? `job-${w.adId(a).slice(0, 8)}` : nul, ts(f.submittedAt + 2 * MINUTE),
        '0', '0', '0.00', '0', ts(Math.min(f.submittedAt, f.campaign.createdAt + HOUR)), ts(f.reviewedAt ?? f.submittedAt),
      ].join('\t') + '\n';
    }
  },
};

/** The serving ads (a pre-pass), to pick from for impressions. */
class ServingAds {
  readonly list: Int32Array;
  readonly windows: Float64Array;
  constructor(ctx: Ctx) {
    const picked: number[] = [];
    const windows: number[] = [];
    for (let a = 0; a < ctx.w.adCount(); a++) {
      const f = adFacts(ctx, a);
      if (f.serving || a === 0) {
        picked.push(a);
        windows.push(f.campaign.window.start, f.campaign.window.end);
      }
    }
    this.list = Int32Array.from(picked);
    this.windows = Float64Array.from(windows);
  }
  pick(u: number, t: number): number {
    for (let attempt = 0; attempt < 6; attempt++) {
      const i = Math.floor(((u * (attempt + 1) * 7919) % 1) * this.list.length);
      if (this.windows[2 * i]! <= t && this.windows[2 * i + 1]! > t) return this.list[i]!;
    }
    return 0;
  }
}

const servingCache = new WeakMap<Ctx['w'], ServingAds>();
function serving(ctx: Ctx): ServingAds {
  let s = servingCache.get(ctx.w);
  if (!s) servingCache.set(ctx.w, (s = new ServingAds(ctx)));
  return s;
}

interface Impression {
  id: Uint8Array;
  range: number;
  r: number;
  country: number;
  t: number;
  ad: number;
  user: number;
  placement: string;
  video: number;
  post: number;
  device: number;
  city: string;
  session: string;
  cost: number;
}

const newImpression = (): Impression => ({ id: new Uint8Array(16), range: 0, r: 0, country: 0, t: 0, ad: 0, user: 0, placement: '', video: 0, post: 0, device: 0, city: '', session: '', cost: 0 });

/** Everything about impression k (shared by the text and binary writers and by ad_clicks). */
function impression(ctx: Ctx, k: number, into: Impression, ads: ServingAds): Impression {
  const { w } = ctx;
  const rng = w.rng('impression').at(k);
  w.impressionLayout.locate(k, rng.float(), into);
  const range = w.impressionLayout.ranges[into.range]!;
  uuid7Bytes(range.from + into.r, rng.next(), rng.next(), into.id);
  const t = into.t;
  into.ad = ads.pick(rng.float(), t);
  into.user = rng.chance(0.2) ? -1 : w.userAt(t, rng.float());
  const feed = rng.chance(0.45);
  into.placement = feed ? 'FEED' : PLACEMENTS[rng.int(2)]!;
  into.video = feed ? -1 : Math.floor(Math.pow(rng.float(), 0.5) * w.videosAt(t));
  into.post = feed ? Math.max(0, w.posts.indexAt(t) - 1 - rng.int(200)) : -1;
  into.device = w.devices.pickIndex(rng);
  const cities = AUDIENCE_COUNTRIES[into.country]!.cities;
  into.city = cities[rng.int(cities.length)]!;
  into.cost = 1500 + rng.int(4000); // 1e-6 USD: 0.0015–0.0055 USD
  into.session = `s_${String(Math.floor(range.from / DAY)).padStart(5, '0')}_${String(into.r).padStart(8, '0')}`;
  return into;
}

function* impressionRows(ctx: Ctx, from: number, to: number): Generator<string> {
  const { w } = ctx;
  const im = newImpression();
  const campaigns = w.sizes.adsPerCampaign;
  const ads = serving(ctx);
  const adIds = Array.from({ length: w.adCount() }, (_, a) => w.adId(a));
  const campaignIds = Array.from({ length: w.campaignCount() }, (_, c) => w.campaignId(c));
  for (let k = from; k < to; k++) {
    impression(ctx, k, im, ads);
    const d = w.devices.items[im.device]!;
    const tsv = ts(im.t);
    const viewable = (k & 3) !== 0;
    yield `${uuidText(im.id)}\t${adIds[im.ad]}\t${campaignIds[Math.floor(im.ad / campaigns)]}\t${im.user < 0 ? nul : w.userId(im.user)}\t${im.session}\t${im.placement}\t${im.video < 0 ? nul : w.videoId(im.video)}\t${im.post < 0 ? nul : w.postId(im.post)}\t${viewable ? 't' : 'f'}\t${viewable ? 1 + (k % 29) : 0}\t${ipFor(k, 5)}\t${AUDIENCE_COUNTRIES[im.country]!.code}\t${im.city}\t${USER_AGENTS[im.device]}\t${d.type}\t${d.browser}\t${d.os}\t0.00${im.cost}\t${tsv}\t${tsv}\n`;
  }
}

export const adImpressions: TableGen = {
  table: 'ad_impressions',
  columns: ['id', 'ad_id', 'campaign_id', 'user_id', 'session_id', 'placement', 'video_id', 'post_id', 'is_viewable', 'view_duration', 'ip_address', 'country_code', 'city', 'user_agent', 'device_type', 'browser', 'os', 'cost', 'created_at', 'updated_at'],
  estimate: (ctx) => ctx.w.sizes.adImpressions,
  *rows(ctx) {
    for (const r of ctx.w.impressionLayout.ranges) yield* impressionRows(ctx, r.kFrom, r.kTo);
  },
  partitioned: {
    interval: 'day',
    ranges: (ctx) => ctx.w.impressionLayout.ranges,
    rowsIn: (ctx, r) => impressionRows(ctx, r.kFrom, r.kTo),
    binaryIn: (ctx, r) => impressionBinary(ctx, r.kFrom, r.kTo),
  },
};

/** The same rows as impressionRows, as binary COPY chunks. */
function* impressionBinary(ctx: Ctx, from: number, to: number): Generator<Buffer> {
  const { w } = ctx;
  const im = newImpression();
  const campaigns = w.sizes.adsPerCampaign;
  const ads = serving(ctx);
  const adSpace = w.space('ad');
  const campaignSpace = w.space('campaign');
  const out = new BinaryRows();
  const words = new Uint32Array(4);
  for (let k = from; k < to; k++) {
    impression(ctx, k, im, ads);
    const d = w.devices.items[im.device]!;
    const viewable = (k & 3) !== 0;
    out.tuple(20).uuidBytes(im.id).uuidWords(adSpace.words(im.ad, words)).uuidWords(campaignSpace.words(Math.floor(im.ad / campaigns), words));
    if (im.user < 0) out.null();
    else out.uuidWords(w.userSpace.words(im.user, words));
    out.text(im.session).text(im.placement);
    if (im.video < 0) out.null();
    else out.uuidWords(w.videoSpace.words(im.video, words));
    if (im.post < 0) out.null();
    else out.uuidWords(w.postSpace.words(im.post, words));
    out.bool(viewable).float8(viewable ? 1 + (k % 29) : 0).text(ipFor(k, 5)).text(AUDIENCE_COUNTRIES[im.country]!.code).text(im.city).text(USER_AGENTS[im.device]!).text(d.type).text(d.browser).text(d.os);
    out.numericScaled(im.cost, 6).ts(im.t).ts(im.t);
    if (out.full) yield out.take();
  }
  if (out.length) yield out.take();
}

export const adClicks: TableGen = {
  table: 'ad_clicks',
  columns: [
    'id', 'ad_id', 'campaign_id', 'user_id', 'impression_id', 'session_id', 'placement', 'video_id', 'post_id', 'destination_url', 'referrer', 'ip_address', 'country_code', 'city',
    'user_agent', 'device_type', 'browser', 'os', 'cost', 'converted', 'converted_at', 'conversion_value', 'fraud_score', 'is_fraudulent', 'created_at', 'updated_at',
  ],
  estimate: (ctx) => ctx.w.sizes.adClicks,
  *rows(ctx) {
    const { w } = ctx;
    const im = newImpression();
    const ads = serving(ctx);
    const space = w.space('click');
    const total = w.sizes.adImpressions;
    const clicks = w.sizes.adClicks;
    for (let j = 0; j < clicks; j++) {
      const k = Math.min(total - 1, Math.floor((j * total) / clicks) + Math.floor(w.u('click-k', j) * (total / clicks)));
      impression(ctx, k, im, ads);
      const f = adFacts(ctx, im.ad);
      const d = w.devices.items[im.device]!;
      const t = Math.min(w.now - 1000, im.t + (2 + Math.floor(w.u('click-t', j) * 40)) * 1000);
      // Stay inside the impression's day partition.
      const dayEnd = Math.floor(im.t / DAY) * DAY + DAY - 1;
      const at = Math.min(t, dayEnd);
      const converted = w.u('click-conv', j) < 0.07;
      const fraud = w.u('click-fraud', j);
      const tsv = ts(at);
      yield [
        space.id(j), w.adId(im.ad), w.campaignId(f.c), im.user < 0 ? nul : w.userId(im.user), uuidText(im.id), im.session, im.placement, im.video < 0 ? nul : w.videoId(im.video),
        im.post < 0 ? nul : w.postId(im.post), text(`https://${f.campaign.brand.domain}/?utm_source=socialflow&utm_campaign=c${f.c}`), nul, ipFor(k, 5), AUDIENCE_COUNTRIES[im.country]!.code, im.city,
        USER_AGENTS[im.device]!, d.type, d.browser, d.os, (0.1 + w.u('click-cost', j) * 0.9).toFixed(6), bool(converted), converted ? ts(Math.min(w.now - 1000, at + 20 * MINUTE)) : nul,
        converted ? money(500 + Math.floor(w.u('click-value', j) * 15_000)) : nul, (fraud * 0.6).toFixed(3), bool(fraud > 0.985), tsv, tsv,
      ].join('\t') + '\n';
    }
  },
};

export const adReviews: TableGen = {
  table: 'ad_reviews',
  columns: ['id', 'ad_id', 'reviewer_id', 'decision', 'creative_revision', 'policy_codes', 'advertiser_facing_text', 'limits', 'notes', 'prescreen', 'created_at'],
  estimate: (ctx) => ctx.w.adCount(),
  *rows(ctx) {
    const { w } = ctx;
    const space = w.space('ad-review');
    for (let a = 0; a < w.adCount(); a++) {
      const f = adFacts(ctx, a);
      const s = f.review.status;
      if (s === 'PENDING_REVIEW' && !f.review.editedAfterApproval) continue;
      const decision = s === 'PENDING_REVIEW' ? 'APPROVED' : s;
      const codes = decision === 'REJECTED' ? (f.scam ? ['AD-FIN', 'AD-MISLEAD'] : ['AD-QUALITY']) : decision === 'CHANGES_REQUESTED' ? ['AD-LANDING'] : decision === 'APPROVED_WITH_LIMITS' ? ['AD-ADULT'] : [];
      const facing = codes.map((code) => POLICIES.find((p) => p.code === code)!.userFacingText).join(' ');
      const at = f.reviewedAt ?? f.submittedAt + HOUR;
      yield [
        space.id(a * 2), w.adId(a), w.staff.ads, decision, '1', arr(codes), text(facing || null),
        decision === 'APPROVED_WITH_LIMITS' ? json({ ages: { min: 18 }, countries: f.campaign.countries.slice(0, 1), placements: ['FEED'] }) : nul,
        text(decision === 'APPROVED' ? 'Creative and landing page checked' : null), json({ outcome: f.prescreen.outcome, score: f.prescreen.score }), ts(at),
      ].join('\t') + '\n';
      // Scam advertisers were rejected before and resubmitted.
      if (f.scam && s === 'REJECTED' && a % 2 === 0) {
        yield [space.id(a * 2 + 1), w.adId(a), w.staff.ads, 'CHANGES_REQUESTED', '1', arr(['AD-MISLEAD']), text(POLICIES.find((p) => p.code === 'AD-MISLEAD')!.userFacingText), nul, text('First submission'), nul, ts(at - 3 * DAY)].join('\t') + '\n';
      }
    }
  },
};

export const adPrescreenThresholds: TableGen = {
  table: 'ad_prescreen_thresholds',
  columns: ['id', 'category', 'auto_clear_below', 'auto_flag_above', 'updated_by_id', 'created_at', 'updated_at'],
  estimate: () => PRESCREEN_THRESHOLDS.length,
  *rows(ctx) {
    const { w } = ctx;
    for (const [i, t] of PRESCREEN_THRESHOLDS.entries()) {
      yield `${w.space('prescreen-threshold').id(i)}\t${text(t.category)}\t${t.clear}\t${t.flag}\t${i % 3 === 0 ? w.staff.admin : nul}\t${ts(w.now - 200 * DAY)}\t${ts(w.now - (10 + i) * DAY)}\n`;
    }
  },
};


