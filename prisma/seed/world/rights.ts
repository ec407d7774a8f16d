// The rights side in closed form: catalog channels and assets (ISRC / UPC / asset ids, a few
// deliberately invalid for the validation screen), and copyright claims on platform videos in
// every state of the claim state machine, with their deadlines.
import { DAY, HOUR, MINUTE } from '../lib/format';
import { mix32 } from '../lib/prng';
import { ARTISTS, GENRES, LABELS, SONG_WORDS_A, SONG_WORDS_B } from '../lib/vocab';
import type { Ctx } from './ctx';
import type { World } from './world';

const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';

function ytId(salt: number, i: number, length: number): string {
  let h = mix32((i >>> 0) ^ salt);
  let out = '';
  // The first 6 characters encode a bijection of i (64^6 > 2^32): unique per salt.
  for (let k = 0; k < 6; k++) {
    out += B62[h & 63];
    h = Math.floor(h / 64);
  }
  let t = mix32(i + salt);
  while (out.length < length) {
    t = mix32(t + 0x6d2b79f5);
    out += B62[t & 63];
  }
  return out;
}

export function upcCheckDigit(eleven: string): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += Number(eleven[i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10;
}

export function channelFacts(w: World, ch: number) {
  const rng = w.rng('channel').at(ch);
  const label = LABELS[ch % LABELS.length]!;
  const artist = ARTISTS[(ch * 7) % ARTISTS.length]!;
  const kind = ch % 3;
  const name = kind === 0 ? `${artist} - Topic` : kind === 1 ? `${label}` : `${artist} Official`;
  return {
    id: w.space('channel').id(ch),
    channelId: `UC${ytId(w.salt('channel-id'), ch, 22)}`,
    name: ch >= LABELS.length * 3 ? `${name} ${Math.floor(ch / (LABELS.length * 3)) + 1}` : name,
    subscribers: Math.floor(Math.pow(rng.float(), 3) * 8_000_000) + 1_000,
    views: Math.floor(Math.pow(rng.float(), 3) * 2_000_000_000) + 50_000,
    country: rng.pick(['US', 'GB', 'NG', 'BR', 'KR', 'JP', 'MX', 'DE', 'FR', 'IN']),
    monetized: rng.chance(0.85),
    hidden: rng.chance(0.04),
    createdAt: w.now - (200 + rng.int(1500)) * DAY,
    artist,
    label,
  };
}

export interface CatalogFacts {
  id: string;
  videoId: string;
  assetId: string;
  customId: string | null;
  isrc: string | null;
  upc: string | null;
  isrcValid: boolean;
  upcValid: boolean;
  channel: number;
  title: string;
  artists: string[];
  genres: string[];
  label: string;
  platformVideo: number | null;
  claimedStatus: 'UNCLAIMED' | 'CLAIM' | 'APPEAL' | 'DISPUTE';
  conflict: string[];
  length: number;
  views: number;
  publishedAt: number;
}

export function catalogFacts(w: World, cv: number): CatalogFacts {
  const rng = w.rng('catalog').at(cv);
  const channel = Math.floor(rng.float() * w.sizes.channels);
  const ch = channelFacts(w, channel);
  const yy = String(10 + rng.int(16)).padStart(2, '0');
  const registrant = ['RC1', 'UM7', 'SM1', 'AT2', 'WB3', 'QZ4', 'GBA', 'KRB'][cv % 8]!;
  const country = ['US', 'GB', 'NG', 'BR', 'KR', 'JP', 'MX', 'DE'][Math.floor(cv / 8) % 8]!;
  const designation = String(Math.floor(cv / 64)).padStart(5, '0').slice(-5);
  let isrc = `${country}${registrant}${yy}${designation}`;
  const invalidIsrc = rng.chance(0.03);
  if (invalidIsrc) isrc = `${country}${registrant}X${yy.slice(1)}${designation}`.slice(0, 12).replace(/^(..)/, (m) => m.toLowerCase());
  const eleven = `19${String(cv).padStart(9, '0')}`;
  const invalidUpc = rng.chance(0.03);
  const check = upcCheckDigit(eleven);
  const upc = `${eleven}${invalidUpc ? (check + 3) % 10 : check}`;
  const claimX = rng.float();
  return {
    id: w.space('catalog-video').id(cv),
    videoId: ytId(w.salt('yt-video'), cv, 11),
    assetId: `A${String(mix32(cv ^ w.salt('asset'))).padStart(10, '0')}${String(cv % 100).padStart(2, '0')}`,
    customId: rng.chance(0.8) ? `${ch.label.split(' ')[0]!.toUpperCase()}-${String(cv).padStart(6, '0')}` : null,
    isrc: rng.chance(0.9) || invalidIsrc ? isrc : null,
    upc: rng.chance(0.75) || invalidUpc ? upc : null,
    isrcValid: !invalidIsrc,
    upcValid: !invalidUpc,
    channel,
    title: `${rng.pick(SONG_WORDS_A)} ${rng.pick(SONG_WORDS_B)}${rng.chance(0.2) ? ` (feat. ${rng.pick(ARTISTS)})` : ''}`,
    artists: rng.chance(0.25) ? [ch.artist, rng.pick(ARTISTS)] : [ch.artist],
    genres: rng.chance(0.4) ? [rng.pick(GENRES), rng.pick(GENRES)] : [rng.pick(GENRES)],
    label: ch.label,
    platformVideo: rng.chance(0.35) ? Math.floor(rng.float() * w.sizes.videos) : null,
    claimedStatus: claimX < 0.55 ? 'CLAIM' : claimX < 0.62 ? 'DISPUTE' : claimX < 0.66 ? 'APPEAL' : 'UNCLAIMED',
    conflict: rng.chance(0.05) ? [rng.pick(LABELS), ...(rng.chance(0.3) ? [rng.pick(LABELS)] : [])].filter((l) => l !== ch.label) : [],
    length: 95 + rng.int(260),
    views: Math.floor(Math.pow(rng.float(), 4) * 400_000_000),
    publishedAt: w.now - (30 + rng.int(2500)) * DAY,
  };
}

export type ClaimStatus = 'ACTIVE' | 'DISPUTED' | 'REINSTATED' | 'APPEALED' | 'TAKEDOWN_SCHEDULED' | 'REMOVED' | 'COUNTER_NOTIFIED' | 'RESTORED' | 'RELEASED' | 'WITHDRAWN';

export interface ClaimEvent {
  from: ClaimStatus | null;
  to: ClaimStatus;
  at: number;
  actor: string | null;
  note: string;
}

export interface ClaimFacts {
  v: number;
  j: number;
  id: string;
  catalog: number;
  claimantName: string;
  claimantUser: number | null;
  channel: number;
  source: 'CONTENT_ID_MATCH' | 'MANUAL';
  start: number;
  end: number;
  percent: number;
  policy: 'MONETIZE' | 'TRACK' | 'BLOCK';
  status: ClaimStatus;
  createdAt: number;
  deadlineAt: number | null;
  deadlineKind: 'DISPUTE_RESPONSE' | 'APPEAL_RESPONSE' | 'TAKEDOWN_GRACE' | 'COUNTER_NOTIFICATION' | null;
  resolvedAt: number | null;
  events: ClaimEvent[];
  disputes: { kind: 'DISPUTE' | 'APPEAL' | 'COUNTER_NOTIFICATION'; at: number; reason: string; statement: string; response: string | null; respondedAt: number | null; outcome: 'PENDING' | 'RELEASED' | 'REINSTATED' | 'UPHELD' | 'TAKEDOWN_REQUESTED' | 'EXPIRED' | 'WITHDRAWN' }[];
  routed: number;
}

const STATUS_WEIGHTS: [ClaimStatus, number][] = [
  ['ACTIVE', 34], ['DISPUTED', 15], ['REINSTATED', 5], ['APPEALED', 7], ['TAKEDOWN_SCHEDULED', 5], ['REMOVED', 6], ['COUNTER_NOTIFIED', 4], ['RESTORED', 3], ['RELEASED', 15], ['WITHDRAWN', 6],
];

const DISPUTE_REASONS = [
  { code: 'ORIGINAL_CONTENT', text: 'This is my own original recording; I composed and produced the track.' },
  { code: 'LICENSED', text: 'I licensed this track from the label through a creator music library (licence attached).' },
  { code: 'FAIR_USE', text: 'I use 8 seconds of the song in a review with commentary: this is fair use.' },
  { code: 'PUBLIC_DOMAIN', text: 'The melody is a traditional folk song in the public domain.' },
];

/** Adds n US business days (skipping weekends) to t. */
export function addBusinessDays(t: number, n: number): number {
  let out = t;
  let left = n;
  while (left > 0) {
    out += DAY;
    const wd = new Date(out).getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return out;
}

/** Claims on video v (0–2). */
export function claimsOn(w: World, v: number): number {
  if (w.scenario?.claims.has(v)) return 1;
  const x = w.u('claims', v);
  const rate = w.profile === 'demo' ? 0.05 : 0.025;
  if (x >= rate) return 0;
  return x < rate * 0.15 ? 2 : 1;
}

export function claimFacts(ctx: Ctx, v: number, j: number): ClaimFacts {
  const { w } = ctx;
  const key = v * 2 + j;
  const rng = w.rng('claim').at(key);
  const catalog = Math.floor(rng.float() * w.sizes.catalogVideos);
  const cat = catalogFacts(w, catalog);
  const ch = channelFacts(w, cat.channel);
  const manual = rng.chance(0.15);
  const claimantUser = manual ? w.creatorUser(Math.floor(rng.float() * w.creatorsAt(w.videoCreatedAt(v)))) : null;
  const videoAt = w.videoCreatedAt(v);
  const clipSeconds = 12 + (v % 5);
  const start = Math.round(rng.float() * clipSeconds * 0.5 * 10) / 10;
  const end = Math.min(clipSeconds, Math.round((start + 3 + rng.float() * 6) * 10) / 10);
  const forced = w.scenario?.claims.get(v);
  const status = forced?.status ?? rng.weighted(STATUS_WEIGHTS.map((s) => s[0]), STATUS_WEIGHTS.map((s) => s[1]));
  const policy = rng.weighted(['MONETIZE', 'TRACK', 'BLOCK'] as const, [50, 25, 25]);
  const rights = w.staff.rights;
  const events: ClaimEvent[] = [];
  const disputes: ClaimFacts['disputes'] = [];
  // Walk the state machine backwards from now so that deadlines land around the present.
  const recent = (maxDays: number) => w.now - (1 + rng.int(maxDays * 24)) * HOUR;
  let createdAt = Math.max(videoAt + 10 * MINUTE, w.now - (5 + rng.int(80)) * DAY);
  let deadlineAt: number | null = null;
  let deadlineKind: ClaimFacts['deadlineKind'] = null;
  let resolvedAt: number | null = null;
  const reason = rng.pick(DISPUTE_REASONS);
  const uploader = null;
  const claimCreated = (at: number) => events.push({ from: null, to: 'ACTIVE', at, actor: null, note: manual ? 'Manual claim submitted by the rights holder' : `Content ID match on "${cat.title}" (${Math.round((end - start) * 10) / 10}s)` });
  const disputed = (at: number) => {
    events.push({ from: 'ACTIVE', to: 'DISPUTED', at, actor: uploader, note: `Dispute: ${reason.code}` });
  };
  switch (status) {
    case 'ACTIVE':
      claimCreated(createdAt);
      break;
    case 'DISPUTED': {
      // Claimant has 30 days; some deadlines are a day away, one in twenty already passed.
      const y = rng.float();
      const disputedAt = forced?.deadlineAt !== undefined ? forced.deadlineAt - 30 * DAY : y < 0.25 ? w.now - 29 * DAY - rng.int(20) * HOUR : y < 0.3 ? w.now - 30 * DAY - (2 + rng.int(20)) * HOUR : recent(25);
      createdAt = Math.min(createdAt, disputedAt - (1 + rng.int(10)) * DAY);
      claimCreated(createdAt);
      disputed(disputedAt);
      deadlineAt = disputedAt + 30 * DAY;
      deadlineKind = 'DISPUTE_RESPONSE';
      disputes.push({ kind: 'DISPUTE', at: disputedAt, reason: reason.code, statement: reason.text, response: null, respondedAt: null, outcome: 'PENDING' });
      break;
    }
    case 'REINSTATED': {
      const disputedAt = recent(60);
      createdAt = Math.min(createdAt, disputedAt - (1 + rng.int(10)) * DAY);
      const respondedAt = Math.min(w.now - HOUR, disputedAt + (1 + rng.int(20)) * DAY);
      claimCreated(createdAt);
      disputed(disputedAt);
      events.push({ from: 'DISPUTED', to: 'REINSTATED', at: respondedAt, actor: rights, note: 'Claimant reinstated the claim after reviewing the dispute' });
      disputes.push({ kind: 'DISPUTE', at: disputedAt, reason: reason.code, statement: reason.text, response: 'We reviewed the dispute; the recording is ours and no licence was granted.', respondedAt, outcome: 'REINSTATED' });
      break;
    }
    case 'APPEALED': {
      const appealedAt = rng.chance(0.3) ? w.now - 6 * DAY - rng.int(20) * HOUR : recent(6);
      const disputedAt = appealedAt - (5 + rng.int(20)) * DAY;
      const reinstatedAt = appealedAt - (1 + rng.int(3)) * DAY;
      createdAt = Math.min(createdAt, disputedAt - DAY);
      claimCreated(createdAt);
      disputed(disputedAt);
      events.push({ from: 'DISPUTED', to: 'REINSTATED', at: reinstatedAt, actor: rights, note: 'Claimant reinstated the claim' });
      events.push({ from: 'REINSTATED', to: 'APPEALED', at: appealedAt, actor: uploader, note: 'Uploader appealed the reinstated claim' });
      disputes.push({ kind: 'DISPUTE', at: disputedAt, reason: reason.code, statement: reason.text, response: 'Claim reinstated: the match is valid.', respondedAt: reinstatedAt, outcome: 'REINSTATED' });
      disputes.push({ kind: 'APPEAL', at: appealedAt, reason: reason.code, statement: `${reason.text} I can provide the licence agreement on request.`, response: null, respondedAt: null, outcome: 'PENDING' });
      deadlineAt = appealedAt + 7 * DAY;
      deadlineKind = 'APPEAL_RESPONSE';
      break;
    }
    case 'TAKEDOWN_SCHEDULED': {
      const scheduledAt = forced?.deadlineAt !== undefined ? forced.deadlineAt - 7 * DAY : recent(6);
      const appealedAt = scheduledAt - (1 + rng.int(6)) * DAY;
      const disputedAt = appealedAt - (5 + rng.int(15)) * DAY;
      createdAt = Math.min(createdAt, disputedAt - DAY);
      claimCreated(createdAt);
      disputed(disputedAt);
      events.push({ from: 'DISPUTED', to: 'REINSTATED', at: appealedAt - DAY, actor: rights, note: 'Claimant reinstated the claim' });
      events.push({ from: 'REINSTATED', to: 'APPEALED', at: appealedAt, actor: uploader, note: 'Uploader appealed' });
      events.push({ from: 'APPEALED', to: 'TAKEDOWN_SCHEDULED', at: scheduledAt, actor: rights, note: 'Claimant requested a takedown; the uploader has 7 days to withdraw the appeal or delete the video' });
      disputes.push({ kind: 'APPEAL', at: appealedAt, reason: reason.code, statement: reason.text, response: 'We are requesting removal of this video.', respondedAt: scheduledAt, outcome: 'TAKEDOWN_REQUESTED' });
      deadlineAt = scheduledAt + 7 * DAY;
      deadlineKind = 'TAKEDOWN_GRACE';
      break;
    }
    case 'REMOVED':
    case 'COUNTER_NOTIFIED':
    case 'RESTORED': {
      const removedAt = status === 'REMOVED' ? recent(40) : w.now - (10 + rng.int(30)) * DAY;
      const scheduledAt = removedAt - 7 * DAY;
      const appealedAt = scheduledAt - (1 + rng.int(5)) * DAY;
      const disputedAt = appealedAt - (5 + rng.int(10)) * DAY;
      createdAt = Math.min(createdAt, disputedAt - DAY);
      claimCreated(createdAt);
      disputed(disputedAt);
      events.push({ from: 'DISPUTED', to: 'REINSTATED', at: appealedAt - DAY, actor: rights, note: 'Claimant reinstated the claim' });
      events.push({ from: 'REINSTATED', to: 'APPEALED', at: appealedAt, actor: uploader, note: 'Uploader appealed' });
      events.push({ from: 'APPEALED', to: 'TAKEDOWN_SCHEDULED', at: scheduledAt, actor: rights, note: 'Takedown requested' });
      events.push({ from: 'TAKEDOWN_SCHEDULED', to: 'REMOVED', at: removedAt, actor: null, note: 'Grace period ended: video removed, copyright strike issued' });
      disputes.push({ kind: 'APPEAL', at: appealedAt, reason: reason.code, statement: reason.text, response: 'Takedown requested.', respondedAt: scheduledAt, outcome: 'TAKEDOWN_REQUESTED' });
      if (status !== 'REMOVED') {
        const counterAt = status === 'COUNTER_NOTIFIED' ? recent(12) : removedAt + (1 + rng.int(3)) * DAY;
        events.push({ from: 'REMOVED', to: 'COUNTER_NOTIFIED', at: counterAt, actor: uploader, note: 'Counter-notification received (17 U.S.C. § 512(g))' });
        const deadline = addBusinessDays(counterAt, 10);
        disputes.push({ kind: 'COUNTER_NOTIFICATION', at: counterAt, reason: 'COUNTER_NOTICE', statement: 'I have a good-faith belief the material was removed by mistake. I consent to the jurisdiction of the federal court for my district.', response: null, respondedAt: null, outcome: status === 'RESTORED' ? 'EXPIRED' : 'PENDING' });
        if (status === 'RESTORED') {
          events.push({ from: 'COUNTER_NOTIFIED', to: 'RESTORED', at: Math.min(w.now - HOUR, deadline), actor: null, note: 'No evidence of legal action within 10 business days: video restored' });
          resolvedAt = Math.min(w.now - HOUR, deadline);
        } else {
          deadlineAt = deadline;
          deadlineKind = 'COUNTER_NOTIFICATION';
        }
      }
      break;
    }
    case 'RELEASED': {
      const releasedAt = recent(70);
      createdAt = Math.min(createdAt, releasedAt - (1 + rng.int(20)) * DAY);
      claimCreated(createdAt);
      if (rng.chance(0.6)) {
        const disputedAt = Math.max(createdAt + HOUR, releasedAt - (1 + rng.int(25)) * DAY);
        disputed(disputedAt);
        const expired = rng.chance(0.3);
        events.push({ from: 'DISPUTED', to: 'RELEASED', at: releasedAt, actor: expired ? null : rights, note: expired ? 'Claimant did not respond within 30 days: claim released' : 'Claimant released the claim' });
        disputes.push({ kind: 'DISPUTE', at: disputedAt, reason: reason.code, statement: reason.text, response: expired ? null : 'Licence verified, releasing.', respondedAt: expired ? null : releasedAt, outcome: expired ? 'EXPIRED' : 'RELEASED' });
      } else {
        events.push({ from: 'ACTIVE', to: 'RELEASED', at: releasedAt, actor: rights, note: 'Released by the claimant (whitelisted channel)' });
      }
      resolvedAt = releasedAt;
      break;
    }
    case 'WITHDRAWN': {
      const at = recent(70);
      createdAt = Math.min(createdAt, at - (1 + rng.int(20)) * DAY);
      claimCreated(createdAt);
      events.push({ from: 'ACTIVE', to: 'WITHDRAWN', at, actor: rights, note: 'Claim withdrawn: match was a false positive' });
      resolvedAt = at;
      break;
    }
  }
  // Keep the history inside the video's lifetime.
  const shift = Math.max(0, videoAt + 5 * MINUTE - createdAt);
  if (shift > 0) {
    createdAt += shift;
    for (const e of events) e.at = Math.min(w.now - MINUTE, e.at + shift);
    for (const d of disputes) {
      d.at = Math.min(w.now - MINUTE, d.at + shift);
      if (d.respondedAt !== null) d.respondedAt = Math.min(w.now - MINUTE, d.respondedAt + shift);
    }
    if (deadlineAt !== null) deadlineAt += shift;
    if (resolvedAt !== null) resolvedAt = Math.min(w.now - MINUTE, resolvedAt + shift);
  }
  return {
    v,
    j,
    id: w.space('claim').id(key),
    catalog,
    claimantName: claimantUser !== null ? w.userName(claimantUser).first + ' ' + w.userName(claimantUser).last : ch.label,
    claimantUser,
    channel: cat.channel,
    source: manual ? 'MANUAL' : 'CONTENT_ID_MATCH',
    start,
    end,
    percent: Math.round(((end - start) / clipSeconds) * 1000) / 10,
    policy,
    status,
    createdAt,
    deadlineAt,
    deadlineKind,
    resolvedAt,
    events,
    disputes,
    routed: policy === 'MONETIZE' && status !== 'RELEASED' && status !== 'WITHDRAWN' ? Math.round(rng.float() * 40_000) : 0,
  };
}

/** The video's copyright status from its claims (the most restrictive live claim wins). */
export function videoCopyrightStatus(ctx: Ctx, v: number): 'CLEAR' | 'CLAIMED' | 'DISPUTED' | 'BLOCKED' | 'TAKEN_DOWN' {
  const n = claimsOn(ctx.w, v);
  let rank = 0;
  const order = ['CLEAR', 'CLAIMED', 'DISPUTED', 'BLOCKED', 'TAKEN_DOWN'] as const;
  for (let j = 0; j < n; j++) {
    const c = claimFacts(ctx, v, j);
    let r = 0;
    if (c.status === 'REMOVED' || c.status === 'COUNTER_NOTIFIED' || c.status === 'TAKEDOWN_SCHEDULED') r = c.status === 'TAKEDOWN_SCHEDULED' ? 2 : 4;
    else if (c.status === 'DISPUTED' || c.status === 'APPEALED') r = 2;
    else if (c.status === 'ACTIVE' || c.status === 'REINSTATED') r = c.policy === 'BLOCK' ? 3 : 1;
    rank = Math.max(rank, r);
  }
  return order[rank]!;
}
