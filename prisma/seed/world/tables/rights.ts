// channels, catalog_videos, metadata_syncs, processing_queue_tasks, report_imports,
// copyright_claims, copyright_claim_events, copyright_disputes.
import { DAY, HOUR, MINUTE, money, ts } from '../../lib/format';
import { DEMO_MEDIA_BUCKET } from '../../media';
import { catalogFacts, channelFacts, claimFacts, claimsOn } from '../rights';
import type { TableGen } from '../table';
import { arr, bool, idOr, json, nul, text } from '../text';
import type { World } from '../world';

export const channels: TableGen = {
  table: 'channels',
  columns: ['id', 'channel_id', 'name', 'image_url', 'subscriber_count', 'video_count', 'view_count', 'description', 'country', 'is_monetized', 'hidden', 'created_at', 'updated_at'],
  estimate: (ctx) => ctx.w.sizes.channels,
  *rows(ctx) {
    const { w } = ctx;
    const videosPer = Math.max(1, Math.round(w.sizes.catalogVideos / w.sizes.channels));
    for (let ch = 0; ch < w.sizes.channels; ch++) {
      const f = channelFacts(w, ch);
      yield [f.id, f.channelId, text(f.name), text(`https://yt3.example/channel/${f.channelId}.jpg`), String(f.subscribers), String(videosPer), String(f.views), text(`Official channel of ${f.artist}. Music videos, live sessions and behind the scenes. Released by ${f.label}.`), f.country, bool(f.monetized), bool(f.hidden), ts(f.createdAt), ts(w.now - (ch % 20) * DAY)].join('\t') + '\n';
    }
  },
};

export const catalogVideos: TableGen = {
  table: 'catalog_videos',
  columns: [
    'id', 'video_id', 'asset_id', 'custom_id', 'isrc', 'upc', 'platform_video_id', 'channel_id', 'title', 'artist', 'genre', 'label', 'channel_display_name', 'category', 'claimed_status',
    'claimed_by_another_owner', 'other_owners_claiming', 'third_party_ads_enabled', 'display_ads_enabled', 'sponsored_cards_enabled', 'overlay_ads_enabled', 'nonskippable_video_ads_enabled',
    'long_nonskippable_video_ads_enabled', 'skippable_video_ads_enabled', 'prerolls_enabled', 'midrolls_enabled', 'postrolls_enabled', 'embedding_allowed', 'ratings_allowed', 'comments_allowed',
    'privacy_status', 'effective_policy', 'video_length', 'views', 'hidden', 'administered', 'administered_at', 'is_short', 'is_live_stream', 'upload_source', 'time_published', 'notes', 'created_at', 'updated_at',
  ],
  estimate: (ctx) => ctx.w.sizes.catalogVideos,
  *rows(ctx) {
    const { w } = ctx;
    for (let cv = 0; cv < w.sizes.catalogVideos; cv++) {
      const f = catalogFacts(w, cv);
      const ch = channelFacts(w, f.channel);
      const rng = w.rng('catalog-flags').at(cv);
      const b = () => bool(rng.chance(0.8));
      const notes = !f.isrcValid ? 'ISRC failed validation on import — check the registrant code' : !f.upcValid ? 'UPC check digit mismatch reported by the label feed' : f.conflict.length ? 'Ownership conflict: split territories under negotiation' : null;
      yield [
        f.id, f.videoId, f.assetId, text(f.customId), text(f.isrc), text(f.upc), f.platformVideo === null ? nul : w.videoId(f.platformVideo), ch.id, text(f.title), arr(f.artists), arr(f.genres),
        text(f.label), text(ch.name), 'Music', f.claimedStatus, bool(f.conflict.length > 0), arr(f.conflict), b(), b(), b(), b(), b(), b(), b(), b(), b(), b(), 't', 't', b(),
        rng.weighted(['PUBLIC', 'UNLISTED', 'PRIVATE'], [85, 10, 5]), text(f.claimedStatus === 'UNCLAIMED' ? null : rng.pick(['Monetize in all countries', 'Track in all countries', 'Block in DE; monetize elsewhere'])),
        String(f.length), String(f.views), bool(rng.chance(0.03)), bool(rng.chance(0.6)), rng.chance(0.6) ? ts(w.now - rng.int(300) * DAY) : nul, bool(f.length < 60), bool(rng.chance(0.03)),
        rng.pick(['upload', 'upload', 'live_stream', 'cms_feed']), ts(f.publishedAt), text(notes), ts(f.publishedAt + HOUR), ts(w.now - rng.int(60) * DAY - rng.int(1440) * MINUTE),
      ].join('\t') + '\n';
    }
  },
};

export const metadataSyncs: TableGen = {
  table: 'metadata_syncs',
  columns: ['id', 'catalog_video_id', 'video_id', 'channel_display_name', 'video_title', 'sync_time', 'changes'],
  estimate: (ctx) => ctx.w.sizes.catalogVideos * 2,
  *rows(ctx) {
    const { w } = ctx;
    const space = w.space('metadata-sync');
    for (let cv = 0; cv < w.sizes.catalogVideos; cv++) {
      const f = catalogFacts(w, cv);
      const ch = channelFacts(w, f.channel);
      const count = Math.floor(w.u('syncs', cv) * 5);
      let views = Math.max(1000, Math.round(f.views * 0.8));
      for (let s = 0; s < count; s++) {
        const next = Math.round(views * (1.01 + w.u('sync-growth', cv, s) * 0.08));
        const changes: Record<string, [unknown, unknown]> = { views: [views, next] };
        if (s === 1 && w.u('sync-title', cv) < 0.3) changes.title = [f.title.toUpperCase(), f.title];
        if (s === 2 && w.u('sync-claim', cv) < 0.4) changes.claimed_status = ['UNCLAIMED', f.claimedStatus];
        if (s === 0 && w.u('sync-privacy', cv) < 0.1) changes.privacy_status = ['PRIVATE', 'PUBLIC'];
        yield `${space.id(cv * 8 + s)}\t${f.id}\t${f.videoId}\t${text(ch.name)}\t${text(f.title)}\t${ts(w.now - (count - s) * 9 * DAY - Math.floor(w.u('sync-t', cv, s) * DAY))}\t${json(changes)}\n`;
        views = next;
      }
    }
  },
};

const TASK_TYPES = ['metadata_sync', 'ownership_update', 'asset_enrichment', 'claim_refresh', 'report_ingest'];
const TASK_ERRORS = ['YouTube Data API quota exceeded (403 quotaExceeded)', 'Timeout after 30 s fetching asset ownership', 'Asset not found in CMS (404)', 'Invalid ISRC in payload', 'Connection reset by peer'];

export const processingQueueTasks: TableGen = {
  table: 'processing_queue_tasks',
  columns: ['id', 'catalog_video_id', 'video_id', 'task_type', 'status', 'priority', 'payload', 'result', 'error_message', 'retry_count', 'max_retries', 'started_at', 'completed_at', 'created_by_id', 'created_at', 'updated_at'],
  estimate: (ctx) => taskCount(ctx.w),
  *rows(ctx) {
    const { w } = ctx;
    const space = w.space('queue-task');
    const count = taskCount(w);
    for (let t = 0; t < count; t++) {
      const rng = w.rng('queue-task').at(t);
      const cv = Math.floor(rng.float() * w.sizes.catalogVideos);
      const f = catalogFacts(w, cv);
      const type = rng.pick(TASK_TYPES);
      const x = rng.float();
      const status = x < 0.3 ? 'PENDING' : x < 0.38 ? 'PROCESSING' : x < 0.55 ? 'FAILED' : x < 0.6 ? 'CANCELLED' : 'COMPLETED';
      const created = w.now - Math.floor(Math.pow(rng.float(), 2) * 20 * DAY);
      const retries = status === 'FAILED' ? 1 + rng.int(3) : status === 'PENDING' && rng.chance(0.3) ? 1 + rng.int(2) : 0;
      const started = status === 'PENDING' ? null : created + rng.int(30) * MINUTE;
      const done = status === 'COMPLETED' || status === 'FAILED' || status === 'CANCELLED' ? (started ?? created) + (1 + rng.int(300)) * 1000 : null;
      yield [
        space.id(t), f.id, f.videoId, type, status, String(rng.pick([0, 0, 1, 5, 10])), json({ video_id: f.videoId, fields: type === 'metadata_sync' ? ['views', 'title', 'privacy_status'] : undefined }),
        status === 'COMPLETED' ? json({ changed: rng.int(3), duration_ms: 200 + rng.int(4000) }) : nul, status === 'FAILED' ? text(rng.pick(TASK_ERRORS)) : nul, String(retries), '3',
        started === null ? nul : ts(started), done === null ? nul : ts(Math.min(w.now - 1000, done)), rng.chance(0.4) ? w.staff.rights : nul, ts(created), ts(Math.min(w.now - 1000, done ?? started ?? created)),
      ].join('\t') + '\n';
    }
  },
};

const taskCount = (w: World) => (w.profile === 'demo' ? 80 : Math.max(80, Math.round(w.n * 0.01)));

export interface ReportImportFacts {
  key: string;
  type: string;
  status: 'PENDING' | 'PROCESSING' | 'COMPLETED' | 'ERROR';
  rows: number;
  failed: number;
  createdAt: number;
}

export function reportImportFacts(w: World, r: number): ReportImportFacts {
  const rng = w.rng('report-import').at(r);
  const day = new Date(w.now - (r + 1) * 3 * DAY).toISOString().slice(0, 10);
  const type = ['claims', 'assets', 'revenue', 'ownership'][r % 4]!;
  const status = r === 0 ? 'PENDING' : r === 1 ? 'PROCESSING' : r % 5 === 3 ? 'ERROR' : 'COMPLETED';
  const rows = 12 + rng.int(40);
  return { key: `reports/catalog/${day}-${type}.csv`, type, status, rows, failed: status === 'ERROR' ? 2 + rng.int(4) : status === 'COMPLETED' && rng.chance(0.3) ? 1 : 0, createdAt: w.now - (r + 1) * 3 * DAY + 2 * HOUR };
}

export const reportImportCount = (w: World) => (w.profile === 'demo' ? 12 : 200);

export const reportImports: TableGen = {
  table: 'report_imports',
  columns: ['id', 's3_bucket', 's3_key', 'report_type', 'status', 'rows_total', 'rows_imported', 'rows_failed', 'errors', 'error_message', 'started_at', 'processed_at', 'requested_by_id', 'created_at', 'updated_at'],
  estimate: (ctx) => reportImportCount(ctx.w),
  *rows(ctx) {
    const { w } = ctx;
    for (let r = 0; r < reportImportCount(w); r++) {
      const f = reportImportFacts(w, r);
      const errors = f.failed ? Array.from({ length: f.failed }, (_, i) => ({ row: 3 + i * 7, column: i % 2 ? 'upc' : 'isrc', error: i % 2 ? 'UPC check digit mismatch' : 'ISRC must be 12 characters: CC-XXX-YY-NNNNN without dashes', value: i % 2 ? '190000000127' : 'US-RC1-24-00012' })) : null;
      const started = f.status === 'PENDING' ? null : f.createdAt + MINUTE;
      const done = f.status === 'COMPLETED' || f.status === 'ERROR' ? f.createdAt + 3 * MINUTE : null;
      yield [
        w.space('report-import').id(r), DEMO_MEDIA_BUCKET, f.key, f.type, f.status, String(f.rows), String(f.status === 'COMPLETED' || f.status === 'ERROR' ? f.rows - f.failed : f.status === 'PROCESSING' ? Math.floor(f.rows / 2) : 0),
        String(f.failed), errors ? json(errors) : nul, f.status === 'ERROR' ? text(`${f.failed} rows failed validation; the import was stopped`) : nul, started === null ? nul : ts(started),
        done === null ? nul : ts(done), r % 3 === 0 ? w.staff.rights : nul, ts(f.createdAt), ts(done ?? started ?? f.createdAt),
      ].join('\t') + '\n';
    }
  },
};

/** The CSV content of report import r (uploaded to S3 by the demo). */
export function reportCsv(w: World, r: number): string {
  const f = reportImportFacts(w, r);
  const lines = ['video_id,asset_id,isrc,upc,title,views'];
  for (let i = 0; i < f.rows; i++) {
    const c = catalogFacts(w, (r * 31 + i * 7) % w.sizes.catalogVideos);
    const bad = i < f.failed;
    lines.push([c.videoId, c.assetId, bad && i % 2 === 0 ? 'US-RC1-24-00012' : c.isrc ?? '', bad && i % 2 === 1 ? '190000000127' : c.upc ?? '', `"${c.title.replace(/"/g, '""')}"`, c.views].join(','));
  }
  return lines.join('\n') + '\n';
}

export const copyrightClaims: TableGen = {
  table: 'copyright_claims',
  columns: [
    'id', 'video_id', 'uploader_id', 'catalog_video_id', 'claimant_name', 'claimant_user_id', 'claimant_channel_id', 'source', 'match_start_seconds', 'match_end_seconds', 'match_percent',
    'policy', 'notes', 'status', 'deadline_at', 'deadline_kind', 'resolved_at', 'version', 'revenue_recipient_id', 'revenue_share_percent', 'revenue_routed_amount', 'revenue_routing_from',
    'revenue_routing_until', 'created_at', 'updated_at',
  ],
  estimate: (ctx) => Math.round(ctx.w.sizes.videos * (ctx.w.profile === 'demo' ? 0.057 : 0.029)),
  *rows(ctx) {
    const { w } = ctx;
    for (let v = 0; v < w.sizes.videos; v++) {
      const n = claimsOn(w, v);
      for (let j = 0; j < n; j++) {
        const c = claimFacts(ctx, v, j);
        const cat = catalogFacts(w, c.catalog);
        const monetizing = c.policy === 'MONETIZE' && c.routed > 0;
        const last = c.events[c.events.length - 1]!;
        yield [
          c.id, w.videoId(v), w.userId(w.creatorUser(w.videoCreator(v))), cat.id, text(c.claimantName), c.claimantUser === null ? nul : w.userId(c.claimantUser), channelFacts(w, c.channel).id, c.source,
          String(c.start), String(c.end), String(c.percent), c.policy, text(c.source === 'MANUAL' ? 'Submitted through the copyright webform' : null), c.status, c.deadlineAt === null ? nul : ts(c.deadlineAt),
          c.deadlineKind ?? nul, c.resolvedAt === null ? nul : ts(c.resolvedAt), String(c.events.length - 1), monetizing && c.claimantUser !== null ? w.userId(c.claimantUser) : nul, '100',
          money(c.routed), monetizing ? ts(c.createdAt) : nul, monetizing && c.resolvedAt !== null ? ts(c.resolvedAt) : nul, ts(c.createdAt), ts(last.at),
        ].join('\t') + '\n';
      }
    }
  },
};

export const copyrightClaimEvents: TableGen = {
  table: 'copyright_claim_events',
  columns: ['id', 'claim_id', 'from_status', 'to_status', 'actor_id', 'note', 'processed_key', 'created_at'],
  estimate: (ctx) => Math.round(copyrightClaims.estimate(ctx) * 2.5),
  *rows(ctx) {
    const { w } = ctx;
    const space = w.space('claim-event');
    for (let v = 0; v < w.sizes.videos; v++) {
      const n = claimsOn(w, v);
      for (let j = 0; j < n; j++) {
        const c = claimFacts(ctx, v, j);
        for (let k = 0; k < c.events.length; k++) {
          const e = c.events[k]!;
          const automatic = e.actor === null && e.from !== null && (e.to === 'RELEASED' || e.to === 'REMOVED' || e.to === 'RESTORED');
          yield `${space.id((v * 2 + j) * 16 + k)}\t${c.id}\t${e.from ?? nul}\t${e.to}\t${idOr(e.actor)}\t${text(e.note)}\t${automatic ? `${c.id}:${e.to}:${Math.floor(e.at / 1000)}` : nul}\t${ts(e.at)}\n`;
        }
      }
    }
  },
};

export const copyrightDisputes: TableGen = {
  table: 'copyright_disputes',
  columns: ['id', 'claim_id', 'kind', 'reason_code', 'uploader_statement', 'submitted_by_id', 'submitted_at', 'claimant_response', 'responded_by_id', 'responded_at', 'outcome', 'created_at', 'updated_at'],
  estimate: (ctx) => Math.round(copyrightClaims.estimate(ctx) * 0.6),
  *rows(ctx) {
    const { w } = ctx;
    const space = w.space('claim-dispute');
    for (let v = 0; v < w.sizes.videos; v++) {
      const n = claimsOn(w, v);
      const uploader = w.userId(w.creatorUser(w.videoCreator(v)));
      for (let j = 0; j < n; j++) {
        const c = claimFacts(ctx, v, j);
        for (let k = 0; k < c.disputes.length; k++) {
          const d = c.disputes[k]!;
          yield [space.id((v * 2 + j) * 4 + k), c.id, d.kind, d.reason, text(d.statement), uploader, ts(d.at), text(d.response), d.respondedAt === null ? nul : w.staff.rights, d.respondedAt === null ? nul : ts(d.respondedAt), d.outcome, ts(d.at), ts(d.respondedAt ?? d.at)].join('\t') + '\n';
        }
      }
    }
  },
};
