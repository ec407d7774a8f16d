// Moderation in closed form: which targets have a case, and everything about the case — its
// policy, sources, severity, age, claim, escalation, resolution, decision, strike and appeal —
// so the targets' own rows (moderation_status, labels) agree with the queue tables.
import { DAY, HOUR, MINUTE } from '../lib/format';
import { MODERATION_TAXONOMY, REKOGNITION_MODEL_VERSIONS } from '../lib/vocab';
import { DEMO_CLIPS } from '../media';
import { chat, targetFacts } from './content';
import type { Ctx } from './ctx';
import { POLICIES, policyIndex } from './policies';
import type { TargetKind } from './world';

export type Source = 'AUTOMATED_SCAN' | 'USER_REPORT' | 'KEYWORD_RULE';
export type Action = 'APPROVE' | 'REMOVE' | 'AGE_RESTRICT' | 'LIMIT';

export interface CaseFacts {
  kind: TargetKind;
  index: number;
  state: 1 | 2;
  id: string;
  targetId: string;
  targetOwner: number;
  targetCreatedAt: number;
  policy: number;
  severity: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
  sources: Source[];
  reportCount: number;
  automatedScore: number | null;
  reach: number;
  openedAt: number;
  lastReportedAt: number | null;
  slaDueAt: number;
  status: 'OPEN' | 'ESCALATED' | 'RESOLVED';
  escalation: { at: number; by: string; reason: string } | null;
  claim: { by: string; at: number; leaseExpiresAt: number } | null;
  resolution: { at: number; by: string; action: Action } | null;
  /** Rekognition category and confidence when a scan flagged it (media / video / image posts); see caseLabels(). */
  labelCategory: string | null;
  labelConfidence: number;
  priority: number;
}

const SLA_HOURS = { LOW: 72, MEDIUM: 24, HIGH: 4, CRITICAL: 1 } as const;
const SEVERITY_WEIGHT = { LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 } as const;
const ESCALATION_REASONS = ['Possible credible threat: needs a senior decision', 'Public figure involved', 'Borderline satire vs. harassment', 'Legal request attached', 'Repeat offender with a large audience'];

/** Policies a case about each kind of target can cite, weighted, with how it was detected. */
const PROFILES: Record<TargetKind, { code: string; weight: number; scan: boolean }[]> = {
  VIDEO: [
    { code: 'VIO-1', weight: 22, scan: true },
    { code: 'SEX-1', weight: 22, scan: true },
    { code: 'NUD-1', weight: 12, scan: true },
    { code: 'DRUG-1', weight: 8, scan: true },
    { code: 'HAR-1', weight: 12, scan: false },
    { code: 'MIS-1', weight: 12, scan: false },
    { code: 'HATE-1', weight: 6, scan: false },
    { code: 'SPAM-1', weight: 6, scan: false },
  ],
  POST: [
    { code: 'SPAM-1', weight: 30, scan: false },
    { code: 'MIS-1', weight: 20, scan: false },
    { code: 'HAR-1', weight: 20, scan: false },
    { code: 'SEX-1', weight: 10, scan: true },
    { code: 'NUD-1', weight: 5, scan: true },
    { code: 'HATE-1', weight: 5, scan: false },
    { code: 'DRUG-1', weight: 10, scan: false },
  ],
  COMMENT: [
    { code: 'SPAM-1', weight: 55, scan: false },
    { code: 'HAR-1', weight: 30, scan: false },
    { code: 'MIS-1', weight: 15, scan: false },
  ],
  LIVE_STREAM: [
    { code: 'VIO-2', weight: 10, scan: false },
    { code: 'HAR-1', weight: 30, scan: false },
    { code: 'SEX-1', weight: 30, scan: false },
    { code: 'NUD-1', weight: 10, scan: false },
    { code: 'DRUG-1', weight: 20, scan: false },
  ],
  STREAM_CHAT_MESSAGE: [
    { code: 'HAR-1', weight: 70, scan: false },
    { code: 'SPAM-1', weight: 30, scan: false },
  ],
  MEDIA_FILE: [
    { code: 'SEX-1', weight: 35, scan: true },
    { code: 'NUD-1', weight: 20, scan: true },
    { code: 'VIO-1', weight: 30, scan: true },
    { code: 'DRUG-1', weight: 15, scan: true },
  ],
  USER_PROFILE: [
    { code: 'IMP-1', weight: 40, scan: false },
    { code: 'ACC-1', weight: 45, scan: true },
    { code: 'SPAM-1', weight: 15, scan: false },
  ],
};

const LABEL_CATEGORY: Record<string, string> = { 'VIO-1': 'Violence', 'SEX-1': 'Swimwear or Underwear', 'NUD-1': 'Explicit', 'DRUG-1': 'Drugs & Tobacco', 'HATE-1': 'Hate Symbols' };

/** 0 = no case, 1 = open (or escalated), 2 = resolved. */
export function caseStateOf(ctx: Ctx, kind: TargetKind, index: number): 0 | 1 | 2 {
  const { w } = ctx;
  if (w.scenario?.noCase.has(`${kind}:${index}`)) return 0;
  if (kind === 'COMMENT' && w.commentFlavor(index) !== 'normal') return w.u('case-flavored', index) < 0.72 ? 1 : 2;
  if (kind === 'STREAM_CHAT_MESSAGE' && chat(ctx).message(index).flavor !== 'normal') return w.u('case-chat-flavored', index) < 0.8 ? 1 : 2;
  return w.caseState(kind, index);
}

function pickProfile(ctx: Ctx, kind: TargetKind, index: number): { code: string; scan: boolean } {
  const { w } = ctx;
  if (kind === 'COMMENT') {
    const flavor = w.commentFlavor(index);
    if (flavor === 'spam') return { code: 'SPAM-1', scan: false };
    if (flavor === 'abuse') return { code: 'HAR-1', scan: false };
  }
  if (kind === 'STREAM_CHAT_MESSAGE') {
    const flavor = chat(ctx).message(index).flavor;
    if (flavor === 'spam') return { code: 'SPAM-1', scan: false };
    if (flavor === 'abuse') return { code: 'HAR-1', scan: false };
  }
  const list = PROFILES[kind];
  let total = 0;
  for (const p of list) total += p.weight;
  let x = w.u(`case-policy-${kind}`, index) * total;
  for (const p of list) {
    x -= p.weight;
    if (x < 0) return p;
  }
  return list[0]!;
}

/** Rekognition labels in the shape DetectModerationLabels (images) or GetContentModeration (videos) returns. */
export function rekognitionLabels(ctx: Ctx, kind: TargetKind, index: number, category: string, confidence: number): unknown {
  const { w } = ctx;
  const entry = MODERATION_TAXONOMY.find((t) => t.top === category) ?? MODERATION_TAXONOMY[0]!;
  const second = entry.labels[Math.floor(w.u('label-2', index) * entry.labels.length)]!;
  const version = REKOGNITION_MODEL_VERSIONS[Math.floor(w.u('label-v', index) * REKOGNITION_MODEL_VERSIONS.length)]!;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  if (kind === 'VIDEO') {
    const clip = category === 'Violence' ? DEMO_CLIPS[3]! : DEMO_CLIPS[Math.floor(w.u('video-clip', index) * 3)]!;
    const ms = clip.seconds * 1000;
    const segments: unknown[] = [];
    const starts = [Math.round(ms * 0.22), Math.round(ms * 0.61)];
    starts.forEach((start, n) => {
      const end = Math.min(ms, start + 2000 + Math.round(w.u('label-seg', index, n) * 1500));
      const conf = round(Math.max(50, confidence - n * 9));
      for (let t = start; t <= end; t += 1000) {
        const label = t === start ? { Confidence: conf, Name: entry.top, ParentName: '', TaxonomyLevel: 1 } : { Confidence: round(conf - (t - start) / 1000), Name: second, ParentName: entry.top, TaxonomyLevel: 2 };
        segments.push({ Timestamp: t, StartTimestampMillis: start, EndTimestampMillis: end, DurationMillis: end - start, ModerationLabel: label, ContentTypes: [{ Confidence: 88.1, Name: 'Animated' }] });
      }
    });
    return {
      JobStatus: 'SUCCEEDED',
      ModerationModelVersion: version,
      VideoMetadata: { Codec: 'h264', DurationMillis: ms, Format: 'QuickTime / MOV', FrameRate: 15, FrameHeight: clip.height, FrameWidth: clip.width, ColorRange: 'LIMITED' },
      ModerationLabels: segments,
    };
  }
  return {
    ModerationModelVersion: version,
    ModerationLabels: [
      { Confidence: round(confidence), Name: entry.top, ParentName: '', TaxonomyLevel: 1 },
      { Confidence: round(confidence - 2.4), Name: second, ParentName: entry.top, TaxonomyLevel: 2 },
    ],
    ContentTypes: [{ Confidence: 91.2, Name: 'Illustrated' }],
  };
}

/** The cheap part of a case (hash-only): enough to decide which tables it feeds. */
export interface CaseCore {
  kind: TargetKind;
  index: number;
  state: 1 | 2;
  code: string;
  scan: boolean;
  keyword: boolean;
  sources: Source[];
  reportCount: number;
  escalated: boolean;
  claimed: boolean;
}

const SALT_NAMES = Object.fromEntries(
  (['VIDEO', 'POST', 'COMMENT', 'LIVE_STREAM', 'STREAM_CHAT_MESSAGE', 'MEDIA_FILE', 'USER_PROFILE'] as TargetKind[]).map((k) => [k, { kw: `case-kw-${k}`, rep: `case-rep-${k}`, rc: `case-rc-${k}`, esc: `case-esc-${k}`, claim: `case-claim-${k}` }]),
) as Record<TargetKind, { kw: string; rep: string; rc: string; esc: string; claim: string }>;

export function caseCore(ctx: Ctx, kind: TargetKind, index: number, state: 1 | 2): CaseCore {
  const { w } = ctx;
  const names = SALT_NAMES[kind];
  const profile = pickProfile(ctx, kind, index);
  const keyword = (kind === 'COMMENT' || kind === 'STREAM_CHAT_MESSAGE') && (profile.code === 'SPAM-1' || profile.code === 'HAR-1') && w.u(names.kw, index) < 0.75;
  const sources: Source[] = [];
  if (profile.scan) sources.push('AUTOMATED_SCAN');
  if (keyword) sources.push('KEYWORD_RULE');
  if ((!profile.scan && !keyword) || w.u(names.rep, index) < (w.profile === 'demo' ? 0.3 : 0.12)) sources.push('USER_REPORT');
  const x = w.u(names.rc, index);
  const reportCount = sources.includes('USER_REPORT') ? 1 + Math.floor(w.profile === 'demo' ? x * x * x * 24 : Math.pow(x, 10) * 4) : 0;
  const severe = POLICIES[policyIndex(profile.code)]!.severity;
  const escalated = state === 1 && w.u(names.esc, index) < (severe === 'CRITICAL' || severe === 'HIGH' ? 0.12 : 0.04);
  const claimed = state === 1 && !escalated && w.u(names.claim, index) < 0.015;
  return { kind, index, state, code: profile.code, scan: profile.scan, keyword, sources, reportCount, escalated, claimed };
}

export function caseFacts(ctx: Ctx, kind: TargetKind, index: number, state: 1 | 2, known?: CaseCore): CaseFacts {
  const { w } = ctx;
  const core = known ?? caseCore(ctx, kind, index, state);
  const rng = w.rng(`case-facts-${kind}`).at(index);
  const target = targetFacts(ctx, kind, index);
  const profile = { code: core.code, scan: core.scan };
  const policy = policyIndex(profile.code);
  const policySeed = POLICIES[policy]!;
  const isKeyword = core.keyword;
  const sources = core.sources;
  const reportCount = core.reportCount;
  let severity = policySeed.severity;
  if (reportCount > 12 && severity === 'LOW') severity = 'MEDIUM';
  const automatedScore = profile.scan || isKeyword ? Math.round((0.55 + rng.float() * 0.44) * 100) / 100 : null;
  const reach =
    kind === 'VIDEO' ? ctx.social.videoLifetimeViews(index)
    : kind === 'POST' ? 20 + Math.floor(Math.pow(rng.float(), 3) * 40_000)
    : kind === 'LIVE_STREAM' ? 50 + Math.floor(rng.float() * 4_000)
    : kind === 'USER_PROFILE' ? Math.floor(Math.pow(rng.float(), 4) * 20_000)
    : Math.floor(Math.pow(rng.float(), 4) * 3_000);
  const earliest = Math.min(w.now - MINUTE, target.createdAt + (profile.scan || isKeyword ? 2 + rng.int(20) : 30 + rng.int(3000)) * MINUTE);
  let openedAt: number;
  if (state === 1) {
    // The open backlog: most recent, a long tail of old cases (some long past their SLA).
    const age = Math.pow(rng.float(), 2.2) * 12 * DAY;
    openedAt = Math.max(earliest, w.now - age);
    openedAt = Math.min(openedAt, w.now - MINUTE);
  } else {
    openedAt = Math.min(earliest, w.now - 2 * HOUR - rng.int(600) * MINUTE);
  }
  if (openedAt < w.t0 && state === 1) openedAt = w.t0 + rng.int(1000) * MINUTE;
  const slaDueAt = openedAt + SLA_HOURS[severity] * HOUR;
  const lastReportedAt = reportCount ? Math.min(w.now - MINUTE, openedAt + rng.float() * Math.max(MINUTE, w.now - openedAt) * 0.5) : null;
  const moderators = [w.staff.moderator, w.staff.moderator2, w.staff.senior];
  let status: CaseFacts['status'] = state === 2 ? 'RESOLVED' : 'OPEN';
  let escalation: CaseFacts['escalation'] = null;
  let claim: CaseFacts['claim'] = null;
  let resolution: CaseFacts['resolution'] = null;
  if (state === 1) {
    if (core.escalated) {
      status = 'ESCALATED';
      const at = Math.min(w.now - MINUTE, openedAt + rng.int(240) * MINUTE);
      escalation = { at, by: rng.chance(0.5) ? w.staff.moderator : w.staff.moderator2, reason: rng.pick(ESCALATION_REASONS) };
    } else if (core.claimed) {
      const at = w.now - rng.int(40) * MINUTE;
      claim = { by: rng.chance(0.5) ? w.staff.moderator : w.staff.moderator2, at: Math.max(openedAt, at), leaseExpiresAt: at + 10 * MINUTE };
    }
  } else {
    const at = Math.min(w.now - MINUTE, openedAt + (10 + rng.int(60 * 40)) * MINUTE);
    let action: Action;
    if (profile.code === 'SEX-1') action = rng.chance(0.6) ? 'AGE_RESTRICT' : rng.chance(0.5) ? 'APPROVE' : 'REMOVE';
    else if (profile.code === 'MIS-1') action = rng.chance(0.5) ? 'LIMIT' : rng.chance(0.4) ? 'REMOVE' : 'APPROVE';
    else action = rng.chance(0.62) ? 'REMOVE' : 'APPROVE';
    resolution = { at, by: moderators[rng.int(moderators.length)]!, action };
  }
  const ageHours = Math.max(0, (w.now - openedAt) / HOUR);
  const priority = Math.round((SEVERITY_WEIGHT[severity] * 100 + Math.log2(1 + reportCount) * 25 + Math.log10(1 + reach) * 10 + Math.min(ageHours, 72) * 0.8 + (automatedScore ?? 0) * 20) * 100) / 100;
  const labelCategory = profile.scan && LABEL_CATEGORY[profile.code] && (kind === 'VIDEO' || kind === 'MEDIA_FILE' || kind === 'POST') ? LABEL_CATEGORY[profile.code]! : null;
  return {
    kind,
    index,
    state,
    id: w.caseId(kind, index, state),
    targetId: target.id,
    targetOwner: target.owner,
    targetCreatedAt: target.createdAt,
    policy,
    severity,
    sources,
    reportCount,
    automatedScore,
    reach,
    openedAt,
    lastReportedAt,
    slaDueAt,
    status,
    escalation,
    claim,
    resolution,
    labelCategory,
    labelConfidence: Math.round((automatedScore ?? 0.8) * 1000) / 10,
    priority,
  };
}

/** The Rekognition response behind a scan-flagged case, or null. */
export function caseLabels(ctx: Ctx, f: CaseFacts): unknown {
  return f.labelCategory ? rekognitionLabels(ctx, f.kind, f.index, f.labelCategory, f.labelConfidence) : null;
}

/** The moderation columns of a target row, consistent with its case (if any). */
export interface TargetModeration {
  status: 'PENDING' | 'APPROVED' | 'FLAGGED' | 'REJECTED' | 'UNDER_REVIEW';
  score: number | null;
  labels: unknown;
  labelCategory: string | null;
  moderatedAt: number | null;
  moderatedBy: string | null;
  ageRestricted: boolean;
  recommendable: boolean;
  notes: string | null;
}

export function targetModeration(ctx: Ctx, kind: TargetKind, index: number, createdAt: number): TargetModeration {
  const state = caseStateOf(ctx, kind, index);
  const base: TargetModeration = { status: createdAt > ctx.w.now - 30 * MINUTE ? 'PENDING' : 'APPROVED', score: null, labels: null, labelCategory: null, moderatedAt: null, moderatedBy: null, ageRestricted: false, recommendable: true, notes: null };
  if (state === 0) return base;
  const f = caseFacts(ctx, kind, index, state);
  base.labels = caseLabels(ctx, f);
  base.labelCategory = f.labelCategory;
  base.score = f.automatedScore;
  if (state === 1) {
    base.status = f.sources.includes('AUTOMATED_SCAN') ? 'FLAGGED' : 'UNDER_REVIEW';
    return base;
  }
  const r = f.resolution!;
  const appeal = appealOf(ctx, f);
  const overturned = appeal?.status === 'OVERTURNED';
  base.moderatedAt = overturned ? appeal!.decidedAt : r.at;
  base.moderatedBy = overturned ? appeal!.decidedBy : r.by;
  if (overturned || r.action === 'APPROVE') base.status = 'APPROVED';
  else if (r.action === 'REMOVE') {
    base.status = 'REJECTED';
    base.recommendable = false;
    base.notes = `Removed under ${POLICIES[f.policy]!.code}`;
  } else if (r.action === 'AGE_RESTRICT') {
    base.status = 'APPROVED';
    base.ageRestricted = true;
    base.notes = 'Age-restricted (suggestive)';
  } else {
    base.status = 'APPROVED';
    base.recommendable = false;
    base.notes = 'Limited: not recommended';
  }
  return base;
}

export interface AppealFacts {
  id: string;
  status: 'PENDING' | 'UPHELD' | 'OVERTURNED';
  createdAt: number;
  decidedAt: number | null;
  decidedBy: string | null;
  statement: string;
}

const APPEAL_STATEMENTS = [
  'This was satire, not harassment. Please look again at the context.',
  'The video is my own artwork; nothing in it is real.',
  'I was quoting the other person to call them out, not agreeing with them.',
  'My account was hacked when this was posted.',
  'This is a tutorial, the flagged part is a prop.',
  'I did not know the link was a scam, I removed it myself.',
];

/** Appeal of a resolved REMOVE decision (about 1 in 6), or null. */
export function appealOf(ctx: Ctx, f: CaseFacts): AppealFacts | null {
  const { w } = ctx;
  if (f.state !== 2 || f.resolution?.action !== 'REMOVE') return null;
  const x = w.u(`appeal-${f.kind}`, f.index);
  if (x >= 0.16) return null;
  const createdAt = Math.min(w.now - 5 * MINUTE, f.resolution.at + (1 + Math.floor(x * 1e4) % 72) * HOUR);
  const recent = createdAt > w.now - 10 * DAY;
  const y = w.u(`appeal-status-${f.kind}`, f.index);
  const status = recent && y < 0.6 ? 'PENDING' : y < 0.75 ? 'UPHELD' : 'OVERTURNED';
  const decider = f.resolution.by === w.staff.senior ? w.staff.moderator2 : w.staff.senior;
  const decidedAt = status === 'PENDING' ? null : Math.min(w.now - MINUTE, createdAt + (2 + Math.floor(y * 100)) * HOUR);
  return { id: w.space(`appeal-${f.kind}`).id(f.index), status, createdAt, decidedAt, decidedBy: status === 'PENDING' ? null : decider, statement: APPEAL_STATEMENTS[Math.floor(x * 1000) % APPEAL_STATEMENTS.length]! };
}

/** A strike from a resolved REMOVE decision under a policy that carries strikes. */
export function strikeOf(ctx: Ctx, f: CaseFacts): { id: string; issuedAt: number; expiresAt: number; removed: { at: number; by: string } | null } | null {
  if (f.state !== 2 || f.resolution?.action !== 'REMOVE' || POLICIES[f.policy]!.strikes === 0) return null;
  const appeal = appealOf(ctx, f);
  return {
    id: ctx.w.space(`strike-${f.kind}`).id(f.index),
    issuedAt: f.resolution.at,
    expiresAt: f.resolution.at + 90 * DAY,
    removed: appeal?.status === 'OVERTURNED' ? { at: appeal.decidedAt!, by: appeal.decidedBy! } : null,
  };
}

/** Iterates every moderation target of one kind (index space with existing rows only). */
export function* targetIndexes(ctx: Ctx, kind: TargetKind): Generator<number> {
  const { w, social } = ctx;
  const sizes = w.sizes;
  switch (kind) {
    case 'COMMENT':
      for (let b = 0; b < sizes.commentBlocks; b++) {
        const size = social.blockSize(b);
        for (let j = 0; j < size; j++) yield b * 4 + j;
      }
      return;
    case 'VIDEO':
      for (let i = 0; i < sizes.videos; i++) yield i;
      return;
    case 'POST':
      for (let i = 0; i < sizes.posts; i++) yield i;
      return;
    case 'LIVE_STREAM':
      for (let i = 0; i < sizes.liveStreams; i++) yield i;
      return;
    case 'STREAM_CHAT_MESSAGE':
      for (let i = 0; i < sizes.chatMessages; i++) yield i;
      return;
    case 'MEDIA_FILE':
      for (let i = 0; i < sizes.mediaFiles; i++) yield i;
      return;
    case 'USER_PROFILE':
      for (let i = 0; i < w.n; i++) yield i;
      return;
  }
}
