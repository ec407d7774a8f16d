// policies, keyword_rules, moderation_cases, moderation_decisions, user_reports,
// content_moderation, strikes, enforcement_actions, appeals, media_exposures.
import { DAY, HOUR, MINUTE, ts } from '../../lib/format';
import { stripeStyleId } from '../../lib/prng';
import type { Ctx } from '../ctx';
import { appealOf, caseCore, caseFacts, caseLabels, caseStateOf, rekognitionLabels, strikeOf, targetIndexes, type CaseCore, type CaseFacts } from '../moderation';
import { KEYWORD_RULES, POLICIES, policyIndex } from '../policies';
import { claimFacts, claimsOn } from '../rights';
import type { TableGen } from '../table';
import { arr, bool, idOr, json, nul, text } from '../text';
import { TARGET_KINDS, type TargetKind, type World } from '../world';
import { enforcementOf } from './people';

export const policyId = (w: World, index: number) => w.space('policy').id(index);

export const policies: TableGen = {
  table: 'policies',
  columns: ['id', 'code', 'title', 'user_facing_text', 'description', 'category', 'domain', 'severity', 'strikes', 'strike_threshold_action', 'is_active', 'created_by_id', 'created_at', 'updated_at'],
  estimate: () => POLICIES.length,
  *rows(ctx) {
    const { w } = ctx;
    for (const [i, p] of POLICIES.entries()) {
      yield [policyId(w, i), p.code, text(p.title), text(p.userFacingText), text(p.description), p.category, p.domain, p.severity, String(p.strikes), p.thresholds ? json(p.thresholds) : nul, 't', w.staff.admin, ts(w.now - 300 * DAY), ts(w.now - (20 + i) * DAY)].join('\t') + '\n';
    }
  },
};

export const keywordRules: TableGen = {
  table: 'keyword_rules',
  columns: ['id', 'pattern', 'is_regex', 'case_sensitive', 'applies_to', 'description', 'policy_id', 'severity', 'is_enabled', 'match_count', 'last_matched_at', 'created_by_id', 'updated_by_id', 'created_at', 'updated_at'],
  estimate: () => KEYWORD_RULES.length,
  *rows(ctx) {
    const { w } = ctx;
    for (const [i, r] of KEYWORD_RULES.entries()) {
      const matches = r.enabled ? Math.round(w.n * (0.002 + 0.001 * (i % 4))) + 3 : 41;
      yield [
        w.space('keyword-rule').id(i), text(r.pattern), bool(r.isRegex), 'f', arr(r.appliesTo), text(r.description), policyId(w, policyIndex(r.policy)), r.severity, bool(r.enabled), String(matches),
        ts(w.now - (r.enabled ? (i + 1) * 7 * MINUTE : 12 * DAY)), i % 2 ? w.staff.senior : w.staff.admin, i % 3 ? w.staff.senior : nul, ts(w.now - (60 + i * 9) * DAY), ts(w.now - (2 + i) * DAY),
      ].join('\t') + '\n';
    }
  },
};

/** Every case of the world (open and resolved), kind by kind; `want` filters on the cheap core first. */
export function* allCases(ctx: Ctx, kinds: readonly TargetKind[] = TARGET_KINDS, want?: (core: CaseCore) => boolean): Generator<CaseFacts> {
  for (const kind of kinds) {
    for (const index of targetIndexes(ctx, kind)) {
      const state = caseStateOf(ctx, kind, index);
      if (!state) continue;
      if (!want) {
        yield caseFacts(ctx, kind, index, state);
        continue;
      }
      const core = caseCore(ctx, kind, index, state);
      if (want(core)) yield caseFacts(ctx, kind, index, state, core);
    }
  }
}

const CATEGORY: Record<string, string> = Object.fromEntries(POLICIES.map((p) => [p.code, p.category]));

export const moderationCases: TableGen = {
  table: 'moderation_cases',
  columns: [
    'id', 'target_type', 'target_id', 'target_created_at', 'target_owner_id', 'status', 'category', 'sources', 'severity', 'report_count', 'reach', 'automated_score', 'priority',
    'policy_id', 'sla_due_at', 'claimed_by_id', 'claimed_at', 'lease_expires_at', 'version', 'opened_at', 'last_reported_at', 'escalated_at', 'escalated_by_id', 'escalation_reason',
    'resolved_at', 'resolved_by_id', 'resolution_action', 'created_at', 'updated_at',
  ],
  estimate: (ctx) => {
    const s = ctx.w.sizes;
    const r = (k: TargetKind) => s.openCaseRate[k] + s.resolvedCaseRate[k];
    return Math.round(s.videos * r('VIDEO') + s.posts * r('POST') + s.commentBlocks * 2.45 * r('COMMENT') + ctx.w.n * r('USER_PROFILE') + s.mediaFiles * r('MEDIA_FILE') + s.chatMessages * r('STREAM_CHAT_MESSAGE'));
  },
  *rows(ctx) {
    for (const f of allCases(ctx)) yield* moderationCasesCase(ctx, f);
  },
};

export const decisionId = (w: World, f: CaseFacts) => w.space(`decision-${f.kind}`).id(f.index);

export const moderationDecisions: TableGen = {
  table: 'moderation_decisions',
  columns: [
    'id', 'case_id', 'moderator_id', 'target_type', 'target_id', 'action', 'policy_id', 'reason', 'notes', 'user_facing_text', 'effects', 'reverses_decision_id', 'is_bulk', 'bulk_batch_id',
    'sampled_for_review', 'second_reviewer_id', 'second_review_action', 'second_review_agrees', 'second_review_notes', 'second_reviewed_at', 'created_at',
  ],
  estimate: (ctx) => Math.round(moderationCases.estimate(ctx) * 0.12),
  *rows(ctx) {
    for (const f of allCases(ctx, TARGET_KINDS, (c) => c.state === 2 || c.escalated)) yield* moderationDecisionsCase(ctx, f);
  },
};

const REPORT_REASONS: Record<string, string[]> = {
  spam: ['spam', 'scam_or_fraud'],
  harassment: ['harassment', 'bullying', 'hate_speech'],
  hate: ['hate_speech'],
  nudity: ['nudity_or_sexual'],
  suggestive: ['nudity_or_sexual'],
  violence: ['violence', 'graphic_content'],
  threats: ['violence', 'threat'],
  misinformation: ['false_information'],
  regulated_goods: ['illegal_goods'],
  impersonation: ['impersonation'],
};
const REPORT_DETAILS = ['This keeps showing up under every video', 'They are harassing my friend', 'Obvious scam, please remove', 'Not appropriate for kids', 'This account is pretending to be me', 'Fake giveaway', '', '', ''];

export const userReports: TableGen = {
  table: 'user_reports',
  columns: ['id', 'reporter_id', 'target_type', 'target_id', 'target_owner_id', 'reason_code', 'policy_id', 'details', 'case_id', 'status', 'resolved_at', 'created_at', 'updated_at'],
  estimate: (ctx) => Math.round(moderationCases.estimate(ctx) * 0.8),
  *rows(ctx) {
    for (const f of allCases(ctx, TARGET_KINDS, (c) => c.reportCount > 0)) yield* userReportsCase(ctx, f);
  },
};

const CONTENT_TYPE: Record<TargetKind, string> = { VIDEO: 'VIDEO', POST: 'POST', COMMENT: 'COMMENT', LIVE_STREAM: 'LIVE_STREAM', STREAM_CHAT_MESSAGE: 'STREAM_CHAT_MESSAGE', MEDIA_FILE: 'MEDIA', USER_PROFILE: 'USER_PROFILE' };

export const contentModeration: TableGen = {
  table: 'content_moderation',
  columns: ['id', 'content_type', 'content_id', 'moderator_id', 'status', 'reason', 'automated_score', 'reviewed_at', 'source', 'labels', 'model_version', 'job_id', 'job_status', 'job_progress', 'completed_at', 'case_id', 'created_at', 'updated_at'],
  estimate: (ctx) => Math.round(ctx.w.sizes.videos * 0.4 + ctx.w.sizes.mediaFiles * 0.5 + moderationCases.estimate(ctx) * 0.4),
  *rows(ctx) {
    // Scans and keyword matches behind cases.
    for (const f of allCases(ctx, TARGET_KINDS, (c) => c.scan || c.keyword)) yield* contentModerationCase(ctx, f);
    yield* cleanScanRows(ctx);
  },
};

export const strikes: TableGen = {
  table: 'strikes',
  columns: ['id', 'user_id', 'kind', 'policy_id', 'source_decision_id', 'source_claim_id', 'reason', 'issued_at', 'issued_by_id', 'expires_at', 'removed_at', 'removed_by_id', 'removed_reason', 'created_at', 'updated_at'],
  estimate: (ctx) => Math.round(moderationCases.estimate(ctx) * 0.03),
  *rows(ctx) {
    for (const f of allCases(ctx, TARGET_KINDS, (c) => c.state === 2)) yield* strikesCase(ctx, f);
    yield* copyrightStrikeRows(ctx);
  },
};

export const enforcementActions: TableGen = {
  table: 'enforcement_actions',
  columns: ['id', 'user_id', 'action', 'status', 'reason', 'user_facing_text', 'policy_id', 'strike_id', 'case_id', 'content_takedown', 'reverses_action_id', 'starts_at', 'ends_at', 'lifted_at', 'lifted_by_id', 'lift_reason', 'actor_id', 'created_at', 'updated_at'],
  estimate: (ctx) => Math.round(ctx.w.n * 0.015),
  *rows(ctx) {
    yield* enforcementUserRows(ctx);
    // A warning for every community strike.
    for (const f of allCases(ctx, TARGET_KINDS, (c) => c.state === 2)) yield* enforcementActionsCase(ctx, f);
  },
};

export const appeals: TableGen = {
  table: 'appeals',
  columns: ['id', 'appellant_id', 'subject_type', 'subject_id', 'case_id', 'statement', 'status', 'original_actor_id', 'decided_by_id', 'decided_at', 'decision_reason', 'user_facing_text', 'version', 'created_at', 'updated_at'],
  estimate: (ctx) => Math.round(moderationCases.estimate(ctx) * 0.01),
  *rows(ctx) {
    for (const f of allCases(ctx, TARGET_KINDS, (c) => c.state === 2)) yield* appealsCase(ctx, f);
  },
};

export const mediaExposures: TableGen = {
  table: 'media_exposures',
  columns: ['id', 'staff_id', 'case_id', 'target_type', 'target_id', 'labels', 'is_graphic', 'created_at'],
  estimate: (ctx) => Math.round(ctx.w.sizes.videos * 0.05),
  *rows(ctx) {
    for (const f of allCases(ctx, ['VIDEO', 'MEDIA_FILE', 'POST'], (c) => c.state === 2 && c.scan)) yield* mediaExposuresCase(ctx, f);
  },
};

function* moderationCasesCase(ctx: Ctx, f: CaseFacts): Generator<string> {
  const { w } = ctx;
  const updated = f.resolution?.at ?? f.escalation?.at ?? f.claim?.at ?? f.lastReportedAt ?? f.openedAt;
  yield [
    f.id, f.kind, f.targetId, ts(f.targetCreatedAt), w.userId(f.targetOwner), f.status, CATEGORY[POLICIES[f.policy]!.code]!, arr(f.sources), f.severity, String(f.reportCount), String(f.reach),
    f.automatedScore === null ? nul : String(f.automatedScore), String(f.priority), policyId(w, f.policy), ts(f.slaDueAt), idOr(f.claim?.by), f.claim ? ts(f.claim.at) : nul,
    f.claim ? ts(f.claim.leaseExpiresAt) : nul, String(f.status === 'OPEN' && !f.claim ? 0 : 1 + (f.reportCount > 3 ? 1 : 0)), ts(f.openedAt), f.lastReportedAt === null ? nul : ts(f.lastReportedAt),
    f.escalation ? ts(f.escalation.at) : nul, idOr(f.escalation?.by), text(f.escalation?.reason), f.resolution ? ts(f.resolution.at) : nul, idOr(f.resolution?.by), f.resolution?.action ?? nul,
    ts(f.openedAt), ts(Math.max(f.openedAt, updated)),
  ].join('\t') + '\n';
}

function* moderationDecisionsCase(ctx: Ctx, f: CaseFacts): Generator<string> {
  const { w } = ctx;
  const policy = POLICIES[f.policy]!;
  if (f.escalation) {
    yield [w.space(`decision-esc-${f.kind}`).id(f.index), f.id, f.escalation.by, f.kind, f.targetId, 'ESCALATE', policyId(w, f.policy), text(f.escalation.reason), nul, nul, json({ case: { status: ['OPEN', 'ESCALATED'] } }), nul, 'f', nul, 'f', nul, nul, nul, nul, nul, ts(f.escalation.at)].join('\t') + '\n';
  }
  if (!f.resolution) return;
  const r = f.resolution;
  const id = decisionId(w, f);
  const statusAfter = r.action === 'REMOVE' ? 'REJECTED' : 'APPROVED';
  const strike = strikeOf(ctx, f);
  const sampled = w.u(`decision-sample-${f.kind}`, f.index) < 0.1;
  const reviewedSecond = sampled && r.at < w.now - DAY;
  const agrees = w.u(`decision-agree-${f.kind}`, f.index) < 0.86;
  const other = r.by === w.staff.moderator ? w.staff.moderator2 : w.staff.moderator;
  const bulk = policy.code === 'SPAM-1' && f.kind === 'COMMENT' && w.u('bulk', f.index) < 0.5;
  yield [
    id, f.id, r.by, f.kind, f.targetId, r.action, policyId(w, f.policy), text(r.action === 'APPROVE' ? 'No violation found' : `${policy.title}: ${f.sources.includes('USER_REPORT') ? `${f.reportCount} report(s) confirmed` : 'automated signal confirmed'}`),
    nul, r.action === 'APPROVE' ? nul : text(policy.userFacingText),
    json({ target: { moderation_status: [f.sources.includes('AUTOMATED_SCAN') ? 'FLAGGED' : 'UNDER_REVIEW', statusAfter] }, ...(r.action === 'AGE_RESTRICT' ? { age_restricted: [false, true] } : {}), ...(strike ? { strike_id: strike.id } : {}) }),
    nul, bool(bulk), bulk ? w.space('bulk-batch').id(Math.floor(r.at / HOUR)) : nul, bool(sampled), reviewedSecond ? other : nul, reviewedSecond ? (agrees ? r.action : r.action === 'REMOVE' ? 'APPROVE' : 'REMOVE') : nul,
    reviewedSecond ? bool(agrees) : nul, reviewedSecond && !agrees ? text('Borderline: context suggests satire') : nul, reviewedSecond ? ts(Math.min(w.now - MINUTE, r.at + 20 * HOUR)) : nul, ts(r.at),
  ].join('\t') + '\n';
  const appeal = appealOf(ctx, f);
  if (appeal?.status === 'OVERTURNED') {
    yield [w.space(`decision-restore-${f.kind}`).id(f.index), f.id, appeal.decidedBy!, f.kind, f.targetId, 'RESTORE', policyId(w, f.policy), text('Appeal overturned: original decision reversed'), nul, text('We reviewed your appeal and restored your content. Any strike from this decision was removed.'), json({ target: { moderation_status: ['REJECTED', 'APPROVED'] }, ...(strike ? { strike_removed: strike.id } : {}) }), id, 'f', nul, 'f', nul, nul, nul, nul, nul, ts(appeal.decidedAt!)].join('\t') + '\n';
  }
}

function* userReportsCase(ctx: Ctx, f: CaseFacts): Generator<string> {
  const { w } = ctx;
  const space = w.space(`report-${f.kind}`);
  const reasons = REPORT_REASONS[CATEGORY[POLICIES[f.policy]!.code]!] ?? ['other'];
  const last = f.lastReportedAt ?? f.openedAt;
  for (let r = 0; r < f.reportCount; r++) {
    const at = f.openedAt + (f.reportCount > 1 ? (r / (f.reportCount - 1)) * (last - f.openedAt) : 0);
    let reporter = w.userAt(at, w.u(`reporter-${f.kind}`, f.index, r));
    if (reporter === f.targetOwner) reporter = (reporter + 1) % w.usersAt(at);
    const status = f.state === 1 ? 'OPEN' : f.resolution!.action === 'APPROVE' ? 'DISMISSED' : 'ACTIONED';
    const details = REPORT_DETAILS[(f.index + r) % REPORT_DETAILS.length]!;
    yield [space.id(f.index * 32 + r), w.userId(reporter), f.kind, f.targetId, w.userId(f.targetOwner), reasons[r % reasons.length]!, policyId(w, f.policy), details ? text(details) : nul, f.id, status, f.resolution ? ts(f.resolution.at) : nul, ts(at), ts(f.resolution?.at ?? at)].join('\t') + '\n';
  }
}

function* contentModerationCase(ctx: Ctx, f: CaseFacts): Generator<string> {
  const { w } = ctx;
  const scan = f.sources.includes('AUTOMATED_SCAN') && f.labelCategory !== null;
  const keyword = f.sources.includes('KEYWORD_RULE');
  if (!scan && !keyword) return;
  const video = f.kind === 'VIDEO';
  const labels = scan ? caseLabels(ctx, f) : null;
  const version = (labels as { ModerationModelVersion?: string } | null)?.ModerationModelVersion ?? null;
  const status = f.state === 1 ? 'FLAGGED' : f.resolution!.action === 'REMOVE' ? 'REJECTED' : 'APPROVED';
  const created = Math.max(f.targetCreatedAt, f.openedAt - MINUTE);
  yield [
    w.space(`scan-${f.kind}`).id(f.index), CONTENT_TYPE[f.kind], f.targetId, idOr(f.resolution?.by), status, text(keyword ? `Matched keyword rule (${POLICIES[f.policy]!.code})` : `${f.labelCategory} detected`),
    f.automatedScore === null ? nul : f.automatedScore.toFixed(2), f.resolution ? ts(f.resolution.at) : nul, scan ? (video ? 'REKOGNITION_VIDEO' : 'REKOGNITION_IMAGE') : 'KEYWORD_RULE',
    scan ? json(labels) : json({ rule: POLICIES[f.policy]!.code, matched: true }), scan ? text(version) : nul, video ? stripeStyleId('', w.salt('rek-job'), f.index, 64).toLowerCase() : nul,
    video ? 'SUCCEEDED' : nul, video ? '100' : nul, ts(created + (video ? 3 * MINUTE : 2_000)), f.id, ts(created), ts(f.resolution?.at ?? created),
  ].join('\t') + '\n';
}

function* strikesCase(ctx: Ctx, f: CaseFacts): Generator<string> {
  const { w } = ctx;
  const s = strikeOf(ctx, f);
  if (!s) return;
  const policy = POLICIES[f.policy]!;
  yield [s.id, w.userId(f.targetOwner), 'COMMUNITY', policyId(w, f.policy), decisionId(w, f), nul, text(`${policy.title}: ${f.kind.toLowerCase().replace(/_/g, ' ')} removed`), ts(s.issuedAt), f.resolution!.by, ts(s.expiresAt), s.removed ? ts(s.removed.at) : nul, idOr(s.removed?.by), s.removed ? text('Appeal overturned') : nul, ts(s.issuedAt), ts(s.removed?.at ?? s.issuedAt)].join('\t') + '\n';
}

function* enforcementActionsCase(ctx: Ctx, f: CaseFacts): Generator<string> {
  const { w } = ctx;
  const s = strikeOf(ctx, f);
  if (!s) return;
  yield [w.space(`warn-${f.kind}`).id(f.index), w.userId(f.targetOwner), 'WARN', 'APPLIED', text(`Strike: ${POLICIES[f.policy]!.title}`), text(POLICIES[f.policy]!.userFacingText), policyId(w, f.policy), s.id, f.id, 'f', nul, ts(s.issuedAt), nul, nul, nul, nul, f.resolution!.by, ts(s.issuedAt), ts(s.issuedAt)].join('\t') + '\n';
}

function* appealsCase(ctx: Ctx, f: CaseFacts): Generator<string> {
  const { w } = ctx;
  const a = appealOf(ctx, f);
  if (!a) return;
  const decided = a.status !== 'PENDING';
  yield [
    a.id, w.userId(f.targetOwner), 'DECISION', decisionId(w, f), f.id, text(a.statement), a.status, f.resolution!.by, idOr(a.decidedBy), decided ? ts(a.decidedAt!) : nul,
    decided ? text(a.status === 'OVERTURNED' ? 'Context shows this was not a violation' : 'The decision stands: the content violates the policy') : nul,
    decided ? text(a.status === 'OVERTURNED' ? 'Your appeal was successful: your content has been restored.' : 'We reviewed your appeal and the decision stands.') : nul,
    decided ? '1' : '0', ts(a.createdAt), ts(a.decidedAt ?? a.createdAt),
  ].join('\t') + '\n';
}

function* mediaExposuresCase(ctx: Ctx, f: CaseFacts): Generator<string> {
  const { w } = ctx;
  if (!f.labelCategory || !f.resolution) return;
  yield `${w.space(`exposure-${f.kind}`).id(f.index)}\t${f.resolution.by}\t${f.id}\t${f.kind}\t${f.targetId}\t${arr([f.labelCategory])}\t${bool(f.labelCategory === 'Violence' || f.labelCategory === 'Explicit')}\t${ts(f.resolution.at - 40_000)}\n`;
}

function* cleanScanRows(ctx: Ctx): Generator<string> {
  const { w } = ctx;
  // Clean scans: most media and videos are scanned and pass.
  for (const kind of ['VIDEO', 'MEDIA_FILE'] as const) {
    const count = kind === 'VIDEO' ? w.sizes.videos : w.sizes.mediaFiles;
    for (let i = 0; i < count; i++) {
      if (caseStateOf(ctx, kind, i) || w.u(`clean-scan-${kind}`, i) > (w.profile === 'demo' ? 1 : 0.15)) continue;
      const created = kind === 'VIDEO' ? w.videoCreatedAt(i) : w.mediaCreatedAt(i);
      const video = kind === 'VIDEO';
      const labels = video
        ? { JobStatus: 'SUCCEEDED', ModerationModelVersion: '7.0', VideoMetadata: { Codec: 'h264', FrameRate: 15, FrameHeight: 180, FrameWidth: 320 }, ModerationLabels: [] }
        : rekognitionLabels(ctx, kind, i, w.u('clean-label', i) < 0.5 ? 'Alcohol' : 'Swimwear or Underwear', 8 + w.u('clean-conf', i) * 30);
      yield [
        w.space(`clean-scan-${kind}`).id(i), CONTENT_TYPE[kind], kind === 'VIDEO' ? w.videoId(i) : w.mediaId(i), nul, 'APPROVED', text('Below review thresholds'), (w.u('clean-conf', i) * 0.3).toFixed(2), nul,
        video ? 'REKOGNITION_VIDEO' : 'REKOGNITION_IMAGE', json(labels), text((labels as { ModerationModelVersion: string }).ModerationModelVersion), video ? stripeStyleId('', w.salt('rek-job-clean'), i, 64).toLowerCase() : nul,
        video ? 'SUCCEEDED' : nul, video ? '100' : nul, ts(Math.min(w.now - MINUTE, created + 4 * MINUTE)), nul, ts(created), ts(Math.min(w.now - MINUTE, created + 4 * MINUTE)),
      ].join('\t') + '\n';
    }
  }
}

function* copyrightStrikeRows(ctx: Ctx): Generator<string> {
  const { w } = ctx;
  const crPolicy = policyIndex('CR-STRIKE');
  for (let v = 0; v < w.sizes.videos; v++) {
    const n = claimsOn(w, v);
    for (let j = 0; j < n; j++) {
      const c = claimFacts(ctx, v, j);
      if (c.status !== 'REMOVED' && c.status !== 'COUNTER_NOTIFIED' && c.status !== 'RESTORED') continue;
      const removed = c.events.find((e) => e.to === 'REMOVED')!;
      const restored = c.events.find((e) => e.to === 'RESTORED');
      yield [w.space('strike-copyright').id(v * 2 + j), w.userId(w.creatorUser(w.videoCreator(v))), 'COPYRIGHT', policyId(w, crPolicy), nul, c.id, text(`Copyright takedown: "${c.claimantName}"`), ts(removed.at), nul, ts(removed.at + 90 * DAY), restored ? ts(restored.at) : nul, nul, restored ? text('Video restored after counter-notification') : nul, ts(removed.at), ts(restored?.at ?? removed.at)].join('\t') + '\n';
    }
  }
}

function* enforcementUserRows(ctx: Ctx): Generator<string> {
  const { w } = ctx;
  // Current suspensions and bans (the users rows say the same).
  for (let i = 0; i < w.n; i++) {
    const e = enforcementOf(ctx, i);
    if (e) {
      yield [w.space('enforcement').id(i * 2), w.userId(i), e.kind, 'APPLIED', text(e.reason), text(e.kind === 'BAN' ? 'Your account has been banned.' : 'Your account is suspended.'), nul, nul, nul, bool(e.kind === 'BAN'), nul, ts(e.at), e.endsAt === null ? nul : ts(e.endsAt), nul, nul, nul, e.by, ts(e.at), ts(e.at)].join('\t') + '\n';
      continue;
    }
    // Past suspensions that ended and lifted themselves.
    if (w.u('past-suspension', i) < 0.006 && w.userCreatedAt(i) < w.now - 40 * DAY) {
      const at = w.now - (15 + Math.floor(w.u('past-suspension-at', i) * 60)) * DAY;
      const ends = at + 7 * DAY;
      const id = w.space('enforcement').id(i * 2);
      yield [id, w.userId(i), 'SUSPEND', 'APPLIED', text('Harassment after two warnings'), text('Your account is suspended for 7 days.'), policyId(w, policyIndex('HAR-1')), nul, nul, 'f', nul, ts(at), ts(ends), ts(ends), nul, text('The suspension period ended.'), w.staff.moderator, ts(at), ts(ends)].join('\t') + '\n';
      yield [w.space('enforcement').id(i * 2 + 1), w.userId(i), 'LIFT_SUSPENSION', 'APPLIED', text('The suspension period ended.'), nul, nul, nul, nul, 'f', id, ts(ends), nul, nul, nul, nul, nul, ts(ends), ts(ends)].join('\t') + '\n';
    }
  }
}

/** The eight moderation tables in one pass over the cases (the scale seeder's grouped job). */
export const MODERATION_GROUP = {
  name: 'moderation',
  tables: [moderationCases, moderationDecisions, userReports, contentModeration, strikes, enforcementActions, appeals, mediaExposures],
  *rows(ctx: Ctx): Generator<[number, string]> {
    for (const f of allCases(ctx)) {
      for (const line of moderationCasesCase(ctx, f)) yield [0, line];
      if (f.state === 2 || f.escalation) for (const line of moderationDecisionsCase(ctx, f)) yield [1, line];
      if (f.reportCount > 0) for (const line of userReportsCase(ctx, f)) yield [2, line];
      if (f.sources.includes('AUTOMATED_SCAN') || f.sources.includes('KEYWORD_RULE')) for (const line of contentModerationCase(ctx, f)) yield [3, line];
      if (f.state === 2) {
        for (const line of strikesCase(ctx, f)) yield [4, line];
        for (const line of enforcementActionsCase(ctx, f)) yield [5, line];
        for (const line of appealsCase(ctx, f)) yield [6, line];
        if (f.sources.includes('AUTOMATED_SCAN') && (f.kind === 'VIDEO' || f.kind === 'MEDIA_FILE' || f.kind === 'POST')) for (const line of mediaExposuresCase(ctx, f)) yield [7, line];
      }
    }
    for (const line of cleanScanRows(ctx)) yield [3, line];
    for (const line of copyrightStrikeRows(ctx)) yield [4, line];
    for (const line of enforcementUserRows(ctx)) yield [5, line];
  },
};
