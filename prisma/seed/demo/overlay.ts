// Rows the demo adds on top of the generated world, through the normal INSERT path (counter
// triggers on): the situations the walkthroughs need, each guaranteed rather than left to
// chance — a coordinated spam wave for a bulk decision, a user one strike below a threshold,
// appeals against decisions of moderator@socialflow.demo, a video flagged by a scan with its
// time ranges, a claimed case whose lease expired, live chat that trips a keyword rule.
import type pg from 'pg';
import { DAY, HOUR, MINUTE } from '../lib/format';
import { ABUSIVE_COMMENTS, SPAM_TEMPLATES } from '../lib/vocab';
import { DEMO_CLIPS, DEMO_MEDIA_BUCKET, s3Url } from '../media';
import type { Ctx } from '../world/ctx';
import { rekognitionLabels } from '../world/moderation';
import { POLICIES, policyIndex } from '../world/policies';
import { PLATFORM_PASSWORD_HASHES } from '../world/tables/people';
import type { AuditEntry } from '../world/tables/misc';
import { policyId } from '../world/tables/moderation';
import type { DemoCast } from './scenario';

type Row = Record<string, unknown>;

async function insert(client: pg.ClientBase, table: string, rows: Row[]): Promise<void> {
  if (!rows.length) return;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const values: unknown[] = [];
  // A column a row does not mention takes its default (not NULL).
  const tuples = rows.map((row) => `(${columns.map((c) => (row[c] === undefined ? 'DEFAULT' : (values.push(row[c]), `$${values.length}`))).join(', ')})`);
  await client.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}`, values);
}

const iso = (ms: number) => new Date(ms);
const j = (v: unknown) => JSON.stringify(v);
const SLA = { LOW: 72, MEDIUM: 24, HIGH: 4, CRITICAL: 1 } as const;

export async function applyOverlay(client: pg.ClientBase, ctx: Ctx, cast: DemoCast): Promise<AuditEntry[]> {
  const { w } = ctx;
  const now = w.now;
  const maya = w.staff.moderator;
  const audit: AuditEntry[] = [];
  const act = (e: Omit<AuditEntry, 'roles'>) => audit.push({ ...e, roles: e.actor === maya || e.actor === w.staff.moderator2 ? ['moderator'] : e.actor === w.staff.senior ? ['senior_moderator'] : e.actor ? ['finance'] : [] });
  const space = (name: string) => w.space(`demo-${name}`);
  const pol = (code: string) => ({ id: policyId(w, policyIndex(code)), seed: POLICIES[policyIndex(code)]! });
  const spam = pol('SPAM-1');
  const har = pol('HAR-1');
  const vio = pol('VIO-1');
  const notifications: Row[] = [];
  const notify = (user: string, type: string, title: string, body: string, at: number, extra: Row = {}) =>
    notifications.push({ id: space('notification').id(notifications.length), user_id: user, type, title, body, channels: ['IN_APP', 'EMAIL'], priority: 'HIGH', status: 'DELIVERED', sent_at: iso(at + 2_000), delivered_at: iso(at + 4_000), created_at: iso(at), updated_at: iso(at + 4_000), ...extra });
  const caseRow = (id: string, targetType: string, targetId: string, targetCreatedAt: number, owner: string, p: ReturnType<typeof pol>, sources: string[], openedAt: number, extra: Row = {}): Row => {
    const severity = (extra.severity as keyof typeof SLA | undefined) ?? p.seed.severity;
    const reports = Number(extra.report_count ?? 0);
    return {
      id, target_type: targetType, target_id: targetId, target_created_at: iso(targetCreatedAt), target_owner_id: owner, status: 'OPEN', category: p.seed.category, sources, severity,
      report_count: reports, reach: 1200, automated_score: sources.includes('AUTOMATED_SCAN') || sources.includes('KEYWORD_RULE') ? 0.96 : null,
      priority: Math.round(({ LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 }[severity] * 100 + Math.log2(1 + reports) * 25 + Math.min(72, (now - openedAt) / HOUR) * 0.8 + 40) * 100) / 100,
      policy_id: p.id, sla_due_at: iso(openedAt + SLA[severity] * HOUR), opened_at: iso(openedAt), last_reported_at: reports ? iso(openedAt + 5 * MINUTE) : null, created_at: iso(openedAt), updated_at: iso(openedAt),
      ...extra,
    };
  };

  // --- A coordinated spam wave: 14 fresh accounts, one scam comment each, 14 similar open cases.
  const spamUsers: Row[] = [];
  const spamComments: Row[] = [];
  const spamCases: Row[] = [];
  const spamScans: Row[] = [];
  const spamReports: Row[] = [];
  const text = SPAM_TEMPLATES[0]!.replace('{n}', 'vip');
  for (let k = 0; k < 14; k++) {
    const uid = space('spam-user').id(k);
    const username = `fast.profit.${4801 + k * 37}`;
    const joined = now - (70 + k * 6) * MINUTE;
    spamUsers.push({ id: uid, username, email: `${username}@mailbox.example`, display_name: `Profit Signals ${k + 1}`, password_hash: PLATFORM_PASSWORD_HASHES[k % 8], bio: 'DM for daily signals 📈', created_at: iso(joined), updated_at: iso(joined), is_verified: true, email_verified_at: iso(joined + MINUTE) });
    const v = w.sizes.videos - 2 - (k % 5) * 3;
    const at = now - (48 - k * 3) * MINUTE;
    const cid = space('spam-comment').id(k);
    spamComments.push({ id: cid, user_id: uid, video_id: w.videoId(v), content: text, moderation_status: 'FLAGGED', moderation_score: 0.97, created_at: iso(at), updated_at: iso(at) });
    const caseId = space('spam-case').id(k);
    const reports = k % 3 === 0 ? 1 + (k % 4) : 0;
    spamCases.push(caseRow(caseId, 'COMMENT', cid, at, uid, spam, reports ? ['KEYWORD_RULE', 'USER_REPORT'] : ['KEYWORD_RULE'], at + 20_000, { report_count: reports }));
    spamScans.push({ id: space('spam-scan').id(k), content_type: 'COMMENT', content_id: cid, status: 'FLAGGED', reason: 'Matched keyword rule "crypto signals"', automated_score: 0.97, source: 'KEYWORD_RULE', labels: j({ rule: 'crypto signals', matched: ['crypto signals', 'DM @'] }), case_id: caseId, completed_at: iso(at + 15_000), created_at: iso(at + 15_000), updated_at: iso(at + 15_000) });
    for (let r = 0; r < reports; r++) spamReports.push({ id: space('spam-report').id(k * 8 + r), reporter_id: w.userId(w.userAt(now, w.u('demo-spam-reporter', k, r))), target_type: 'COMMENT', target_id: cid, target_owner_id: uid, reason_code: 'scam_or_fraud', policy_id: spam.id, details: 'Same scam under every video', case_id: caseId, created_at: iso(at + (r + 1) * 4 * MINUTE), updated_at: iso(at + (r + 1) * 4 * MINUTE) });
  }
  await insert(client, 'users', spamUsers);
  await insert(client, 'comments', spamComments);
  await insert(client, 'moderation_cases', spamCases);
  await insert(client, 'content_moderation', spamScans);
  await insert(client, 'user_reports', spamReports);
  await client.query(`UPDATE keyword_rules SET match_count = match_count + 16, last_matched_at = $1 WHERE pattern = 'crypto signals'`, [iso(now - 2 * MINUTE)]);

  // --- Lena Fischer: two HAR-1 strikes from moderator@ (threshold 3 → 7-day suspension) and a new open case.
  const lena = w.userId(cast.strikesUser);
  const lenaRows = { comments: [] as Row[], cases: [] as Row[], decisions: [] as Row[], strikes: [] as Row[], enforcement: [] as Row[], reports: [] as Row[] };
  for (let k = 0; k < 3; k++) {
    const open = k === 2;
    const at = open ? now - 50 * MINUTE : now - (46 - k * 25) * DAY;
    const p = w.posts.indexAt(at) - 3 - k;
    const cid = space('lena-comment').id(k);
    const caseId = space('lena-case').id(k);
    lenaRows.comments.push({ id: cid, user_id: lena, post_id: w.postId(Math.max(0, p)), content: ABUSIVE_COMMENTS[k + 1], moderation_status: open ? 'UNDER_REVIEW' : 'REJECTED', moderated_at: open ? null : iso(at + 3 * HOUR), moderated_by_id: open ? null : maya, moderation_notes: open ? null : 'Removed under HAR-1', created_at: iso(at), updated_at: iso(open ? at : at + 3 * HOUR) });
    const owner = w.userId(w.postOwner(Math.max(0, p)));
    for (let r = 0; r < (open ? 3 : 2); r++) lenaRows.reports.push({ id: space('lena-report').id(k * 8 + r), reporter_id: r === 0 ? owner : w.userId(w.userAt(at, w.u('demo-lena-reporter', k, r))), target_type: 'COMMENT', target_id: cid, target_owner_id: lena, reason_code: 'harassment', policy_id: har.id, details: r === 0 ? 'She keeps insulting me under every post' : null, case_id: caseId, status: open ? 'OPEN' : 'ACTIONED', resolved_at: open ? null : iso(at + 3 * HOUR), created_at: iso(at + (r + 1) * 6 * MINUTE), updated_at: iso(at + (r + 1) * 6 * MINUTE) });
    if (open) {
      lenaRows.cases.push(caseRow(caseId, 'COMMENT', cid, at, lena, har, ['USER_REPORT', 'KEYWORD_RULE'], at + 6 * MINUTE, { report_count: 3 }));
      continue;
    }
    const resolvedAt = at + 3 * HOUR;
    lenaRows.cases.push(caseRow(caseId, 'COMMENT', cid, at, lena, har, ['USER_REPORT'], at + 6 * MINUTE, { report_count: 2, status: 'RESOLVED', resolved_at: iso(resolvedAt), resolved_by_id: maya, resolution_action: 'REMOVE', version: 2, updated_at: iso(resolvedAt) }));
    const decisionId = space('lena-decision').id(k);
    const strikeId = space('lena-strike').id(k);
    lenaRows.decisions.push({ id: decisionId, case_id: caseId, moderator_id: maya, target_type: 'COMMENT', target_id: cid, action: 'REMOVE', policy_id: har.id, reason: 'Harassment and bullying: 2 reports confirmed', user_facing_text: har.seed.userFacingText, effects: j({ target: { moderation_status: ['UNDER_REVIEW', 'REJECTED'] }, strike_id: strikeId }), created_at: iso(resolvedAt) });
    lenaRows.strikes.push({ id: strikeId, user_id: lena, kind: 'COMMUNITY', policy_id: har.id, source_decision_id: decisionId, reason: 'Harassment and bullying: comment removed', issued_at: iso(resolvedAt), issued_by_id: maya, expires_at: iso(resolvedAt + 90 * DAY), created_at: iso(resolvedAt), updated_at: iso(resolvedAt) });
    lenaRows.enforcement.push({ id: space('lena-warn').id(k), user_id: lena, action: 'WARN', status: 'APPLIED', reason: `Strike ${k + 1} of 3: harassment`, user_facing_text: har.seed.userFacingText, policy_id: har.id, strike_id: strikeId, case_id: caseId, starts_at: iso(resolvedAt), actor_id: maya, created_at: iso(resolvedAt), updated_at: iso(resolvedAt) });
    notify(lena, 'ACCOUNT_WARNING', 'Your account received a strike', `${har.seed.userFacingText} This is strike ${k + 1}. At 3 strikes your account is suspended for 7 days.`, resolvedAt, { comment_id: cid });
    act({ t: resolvedAt, actor: maya, action: 'moderation.decide', table: 'moderation_cases', operation: 'UPDATE', target: caseId, reason: 'HAR-1: Harassment and bullying', before: { status: 'OPEN' }, after: { status: 'RESOLVED', action: 'REMOVE', strike: strikeId } });
  }
  await insert(client, 'comments', lenaRows.comments);
  await insert(client, 'moderation_cases', lenaRows.cases);
  await insert(client, 'moderation_decisions', lenaRows.decisions);
  await insert(client, 'user_reports', lenaRows.reports);
  await insert(client, 'strikes', lenaRows.strikes);
  await insert(client, 'enforcement_actions', lenaRows.enforcement);

  // --- Jamal Carter: suspended by moderator@ a week ago, lifts itself ~9 minutes after seeding; he appealed.
  const jamalIndex = cast.suspendedSoonUser;
  const jamal = w.userId(jamalIndex);
  const suspension = w.scenario!.enforcement.get(jamalIndex)!;
  notify(jamal, 'ACCOUNT_SUSPENDED', 'Your account is suspended', `Your account is suspended until ${new Date(suspension.endsAt!).toISOString().slice(0, 16).replace('T', ' ')} UTC. Reason: ${suspension.reason} You can appeal this decision from your account settings.`, suspension.at);
  await insert(client, 'appeals', [
    { id: space('appeal').id(0), appellant_id: jamal, subject_type: 'ENFORCEMENT', subject_id: w.space('enforcement').id(jamalIndex * 2), statement: 'I was arguing with a friend who was joking back, we are fine. Please lift it early.', status: 'PENDING', original_actor_id: maya, created_at: iso(now - 2 * DAY), updated_at: iso(now - 2 * DAY) },
  ]);

  // --- Nikolai Petrov: a video removed by moderator@ after a Rekognition scan; appeal pending.
  const vRemoved = cast.videos.removed;
  const nikolai = w.userId(w.creatorUser(cast.appealVideoCreator));
  const removedAt = now - 3 * DAY;
  const red = DEMO_CLIPS[3]!;
  const vLabels = rekognitionLabels(ctx, 'VIDEO', vRemoved, 'Violence', 91.4);
  const nCase = space('nikolai-case').id(0);
  const nDecision = space('nikolai-decision').id(0);
  const nStrike = space('nikolai-strike').id(0);
  await client.query(
    `UPDATE videos SET s3_key = $2, s3_bucket = $3, thumbnail_url = $4, duration = $5, moderation_status = 'REJECTED', moderation_score = 0.91, moderation_labels = $6, moderated_at = $7, moderated_by_id = $8, moderation_notes = 'Removed under VIO-1', is_recommendable = false WHERE id = $1`,
    [w.videoId(vRemoved), red.key, DEMO_MEDIA_BUCKET, s3Url(red.thumbKey), red.seconds, j(vLabels), iso(removedAt), maya],
  );
  await insert(client, 'moderation_cases', [caseRow(nCase, 'VIDEO', w.videoId(vRemoved), w.videoCreatedAt(vRemoved), nikolai, vio, ['AUTOMATED_SCAN'], removedAt - 20 * HOUR, { status: 'RESOLVED', resolved_at: iso(removedAt), resolved_by_id: maya, resolution_action: 'REMOVE', version: 2, updated_at: iso(removedAt) })]);
  await insert(client, 'content_moderation', [{ id: space('nikolai-scan').id(0), content_type: 'VIDEO', content_id: w.videoId(vRemoved), moderator_id: maya, status: 'REJECTED', reason: 'Violence detected', automated_score: 0.91, reviewed_at: iso(removedAt), source: 'REKOGNITION_VIDEO', labels: j(vLabels), model_version: '7.0', job_id: '6f2c1e0d9b8a7c6e5d4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d', job_status: 'SUCCEEDED', job_progress: 100, completed_at: iso(removedAt - 20 * HOUR), case_id: nCase, created_at: iso(removedAt - 20 * HOUR - 4 * MINUTE), updated_at: iso(removedAt) }]);
  await insert(client, 'moderation_decisions', [{ id: nDecision, case_id: nCase, moderator_id: maya, target_type: 'VIDEO', target_id: w.videoId(vRemoved), action: 'REMOVE', policy_id: vio.id, reason: 'Graphic violence: confirmed at 0:03–0:06', user_facing_text: vio.seed.userFacingText, effects: j({ target: { moderation_status: ['FLAGGED', 'REJECTED'] }, strike_id: nStrike }), created_at: iso(removedAt) }]);
  await insert(client, 'strikes', [{ id: nStrike, user_id: nikolai, kind: 'COMMUNITY', policy_id: vio.id, source_decision_id: nDecision, reason: 'Graphic violence: video removed', issued_at: iso(removedAt), issued_by_id: maya, expires_at: iso(removedAt + 90 * DAY), created_at: iso(removedAt), updated_at: iso(removedAt) }]);
  notify(nikolai, 'CONTENT_REMOVED', 'We removed your video', `${vio.seed.userFacingText} You can appeal from Studio → Content.`, removedAt, { video_id: w.videoId(vRemoved) });
  await insert(client, 'appeals', [{ id: space('appeal').id(1), appellant_id: nikolai, subject_type: 'DECISION', subject_id: nDecision, case_id: nCase, statement: 'This is a scene from my short film: the "blood" is red paint and every effect is practical. Nobody was hurt.', status: 'PENDING', original_actor_id: maya, created_at: iso(now - 2 * DAY + 3 * HOUR), updated_at: iso(now - 2 * DAY + 3 * HOUR) }]);
  act({ t: removedAt, actor: maya, action: 'moderation.decide', table: 'moderation_cases', operation: 'UPDATE', target: nCase, reason: 'VIO-1: Graphic violence', before: { status: 'OPEN' }, after: { status: 'RESOLVED', action: 'REMOVE', strike: nStrike } });

  // --- Chioma Eze: a comment removed with a strike by moderator@; she appeals the strike.
  const chioma = w.userId(cast.appealStrikeUser);
  const cAt = now - 2 * DAY - 5 * HOUR;
  const cPost = Math.max(0, w.posts.indexAt(cAt) - 8);
  const cComment = space('chioma-comment').id(0);
  const cCase = space('chioma-case').id(0);
  const cDecision = space('chioma-decision').id(0);
  const cStrike = space('chioma-strike').id(0);
  await insert(client, 'comments', [{ id: cComment, user_id: chioma, post_id: w.postId(cPost), content: 'Imagine being this dumb on camera 😂 (it\'s a quote from the video, relax)', moderation_status: 'REJECTED', moderated_at: iso(cAt + 2 * HOUR), moderated_by_id: maya, moderation_notes: 'Removed under HAR-1', created_at: iso(cAt), updated_at: iso(cAt + 2 * HOUR) }]);
  await insert(client, 'moderation_cases', [caseRow(cCase, 'COMMENT', cComment, cAt, chioma, har, ['USER_REPORT'], cAt + 20 * MINUTE, { report_count: 1, status: 'RESOLVED', resolved_at: iso(cAt + 2 * HOUR), resolved_by_id: maya, resolution_action: 'REMOVE', version: 2, updated_at: iso(cAt + 2 * HOUR) })]);
  await insert(client, 'moderation_decisions', [{ id: cDecision, case_id: cCase, moderator_id: maya, target_type: 'COMMENT', target_id: cComment, action: 'REMOVE', policy_id: har.id, reason: 'Harassment: insult aimed at the creator', user_facing_text: har.seed.userFacingText, effects: j({ target: { moderation_status: ['UNDER_REVIEW', 'REJECTED'] }, strike_id: cStrike }), created_at: iso(cAt + 2 * HOUR) }]);
  await insert(client, 'strikes', [{ id: cStrike, user_id: chioma, kind: 'COMMUNITY', policy_id: har.id, source_decision_id: cDecision, reason: 'Harassment and bullying: comment removed', issued_at: iso(cAt + 2 * HOUR), issued_by_id: maya, expires_at: iso(cAt + 2 * HOUR + 90 * DAY), created_at: iso(cAt + 2 * HOUR), updated_at: iso(cAt + 2 * HOUR) }]);
  notify(chioma, 'ACCOUNT_WARNING', 'Your account received a strike', har.seed.userFacingText, cAt + 2 * HOUR, { comment_id: cComment });
  await insert(client, 'appeals', [{ id: space('appeal').id(2), appellant_id: chioma, subject_type: 'STRIKE', subject_id: cStrike, case_id: cCase, statement: 'I was quoting the video itself (the creator says it at 0:42), not insulting anyone. Please remove the strike.', status: 'PENDING', original_actor_id: maya, created_at: iso(now - DAY), updated_at: iso(now - DAY) }]);
  act({ t: cAt + 2 * HOUR, actor: maya, action: 'moderation.decide', table: 'moderation_cases', operation: 'UPDATE', target: cCase, reason: 'HAR-1: Harassment and bullying', before: { status: 'OPEN' }, after: { status: 'RESOLVED', action: 'REMOVE', strike: cStrike } });

  // --- Tomás Ferreira: a video flagged by the scan (time ranges to jump to) and reports on his profile, while his payout waits.
  const tomasIndex = w.creatorUser(cast.openCasesCreator);
  const tomas = w.userId(tomasIndex);
  const vOpen = cast.videos.openCase;
  const tLabels = rekognitionLabels(ctx, 'VIDEO', vOpen, 'Violence', 88.7);
  const tScanAt = now - 5 * HOUR - 20 * MINUTE;
  const tCase = space('tomas-case').id(0);
  await client.query(
    `UPDATE videos SET s3_key = $2, s3_bucket = $3, thumbnail_url = $4, duration = $5, moderation_status = 'FLAGGED', moderation_score = 0.89, moderation_labels = $6 WHERE id = $1`,
    [w.videoId(vOpen), red.key, DEMO_MEDIA_BUCKET, s3Url(red.thumbKey), red.seconds, j(tLabels)],
  );
  await insert(client, 'moderation_cases', [
    caseRow(tCase, 'VIDEO', w.videoId(vOpen), w.videoCreatedAt(vOpen), tomas, vio, ['AUTOMATED_SCAN', 'USER_REPORT'], tScanAt, { report_count: 2, severity: 'HIGH', reach: ctx.social.videoLifetimeViews(vOpen) }),
    caseRow(space('tomas-case').id(1), 'USER_PROFILE', tomas, w.userCreatedAt(tomasIndex), tomas, spam, ['USER_REPORT'], now - 26 * HOUR, { report_count: 2 }),
  ]);
  await insert(client, 'content_moderation', [{ id: space('tomas-scan').id(0), content_type: 'VIDEO', content_id: w.videoId(vOpen), status: 'FLAGGED', reason: 'Violence detected', automated_score: 0.89, source: 'REKOGNITION_VIDEO', labels: j(tLabels), model_version: '7.0', job_id: '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809', job_status: 'SUCCEEDED', job_progress: 100, completed_at: iso(tScanAt), case_id: tCase, created_at: iso(tScanAt - 4 * MINUTE), updated_at: iso(tScanAt) }]);
  await insert(client, 'user_reports', [
    { id: space('tomas-report').id(0), reporter_id: w.userId(w.userAt(now, 0.31)), target_type: 'VIDEO', target_id: w.videoId(vOpen), target_owner_id: tomas, reason_code: 'graphic_content', policy_id: vio.id, details: 'Disturbing scene in the middle, no warning', case_id: tCase, created_at: iso(tScanAt + 40 * MINUTE), updated_at: iso(tScanAt + 40 * MINUTE) },
    { id: space('tomas-report').id(1), reporter_id: w.userId(w.userAt(now, 0.62)), target_type: 'VIDEO', target_id: w.videoId(vOpen), target_owner_id: tomas, reason_code: 'violence', policy_id: vio.id, details: null, case_id: tCase, created_at: iso(tScanAt + 90 * MINUTE), updated_at: iso(tScanAt + 90 * MINUTE) },
    { id: space('tomas-report').id(2), reporter_id: w.userId(w.userAt(now, 0.47)), target_type: 'USER_PROFILE', target_id: tomas, target_owner_id: tomas, reason_code: 'scam_or_fraud', policy_id: spam.id, details: 'Sells a "masterclass" that never arrives', case_id: space('tomas-case').id(1), created_at: iso(now - 26 * HOUR), updated_at: iso(now - 26 * HOUR) },
    { id: space('tomas-report').id(3), reporter_id: w.userId(w.userAt(now, 0.83)), target_type: 'USER_PROFILE', target_id: tomas, target_owner_id: tomas, reason_code: 'scam_or_fraud', policy_id: spam.id, details: null, case_id: space('tomas-case').id(1), created_at: iso(now - 20 * HOUR), updated_at: iso(now - 20 * HOUR) },
  ]);

  // --- A claimed case whose lease expired (moderator2 walked away from it).
  await client.query(
    `UPDATE moderation_cases SET claimed_by_id = $1, claimed_at = $2, lease_expires_at = $3, version = version + 1
      WHERE id = (SELECT id FROM moderation_cases WHERE status = 'OPEN' AND claimed_by_id IS NULL AND target_type = 'POST' ORDER BY priority DESC, id LIMIT 1)`,
    [w.staff.moderator2, iso(now - 17 * MINUTE), iso(now - 7 * MINUTE)],
  );

  // --- Live now: chat that trips the keyword rules a minute ago.
  const live = await client.query<{ id: string; streamer_id: string }>(`SELECT id, streamer_id FROM live_streams WHERE status = 'LIVE' ORDER BY peak_viewers DESC, id LIMIT 1`);
  if (live.rows[0]) {
    const stream = live.rows[0];
    const messages = [
      { user: spamUsers[0]!.id as string, text: 'crypto signals in my bio, 300% this week 🚀 DM me on telegram', code: spam },
      { user: spamUsers[1]!.id as string, text: 'crypto signals group is open, first 50 free', code: spam },
      { user: w.userId(w.userAt(now, 0.77)), text: 'nobody wants to hear you, delete your channel', code: har },
    ];
    const chat: Row[] = [];
    const cases: Row[] = [];
    const scans: Row[] = [];
    messages.forEach((m, k) => {
      const at = now - (3 - k) * MINUTE;
      const id = space('chat').id(k);
      const caseId = space('chat-case').id(k);
      chat.push({ id, stream_id: stream.id, user_id: m.user, message: m.text, is_flagged: true, created_at: iso(at), updated_at: iso(at) });
      cases.push(caseRow(caseId, 'STREAM_CHAT_MESSAGE', id, at, m.user, m.code, ['KEYWORD_RULE'], at + 2_000, { reach: 4100 }));
      scans.push({ id: space('chat-scan').id(k), content_type: 'STREAM_CHAT_MESSAGE', content_id: id, status: 'FLAGGED', reason: `Matched keyword rule (${m.code.seed.code})`, automated_score: 0.95, source: 'KEYWORD_RULE', labels: j({ rule: m.code === spam ? 'crypto signals' : 'delete your channel', matched: true }), case_id: caseId, completed_at: iso(at + 1_000), created_at: iso(at + 1_000), updated_at: iso(at + 1_000) });
    });
    await insert(client, 'stream_chat', chat);
    await insert(client, 'moderation_cases', cases);
    await insert(client, 'content_moderation', scans);
    await client.query('UPDATE live_streams SET chat_message_count = chat_message_count + 3 WHERE id = $1', [stream.id]);
  }

  await insert(client, 'notifications', notifications);
  return audit;
}
