// live_streams, stream_chat, stream_chat_bans, stream_donations, stream_viewers.
import { DAY, MINUTE, money, ts } from '../../lib/format';
import { CHAT_MESSAGES, CREATOR_NICHES, LIVE_TITLES, SPAM_TEMPLATES, ABUSIVE_COMMENTS, USER_AGENTS } from '../../lib/vocab';
import { DEMO_CLIPS, DEMO_MEDIA_BUCKET, s3Url } from '../../media';
import { chat } from '../content';
import type { Ctx } from '../ctx';
import { processingFee } from '../money';
import { caseStateOf, targetModeration } from '../moderation';
import type { TableGen } from '../table';
import { arr, bool, fill, idOr, nul, text } from '../text';
import { ipFor } from '../world';

export function streamIsLive(ctx: Ctx, s: number): boolean {
  return s >= ctx.w.sizes.liveStreams - ctx.w.liveNowStreams();
}

export const liveStreams: TableGen = {
  table: 'live_streams',
  columns: [
    'id', 'streamer_id', 'title', 'description', 'category', 'tags', 'ivs_channel_arn', 'ivs_stream_key_arn', 'ivs_ingest_endpoint', 'ivs_playback_url', 'ivs_stream_session_id',
    'stream_quality', 'status', 'visibility', 'scheduled_start_at', 'actual_start_at', 'ended_at', 'duration', 'ended_by_id', 'end_reason', 'thumbnail_url', 'recording_s3_bucket',
    'recording_s3_key', 'recording_duration', 'current_viewers', 'peak_viewers', 'total_views', 'unique_viewers', 'average_watch_time', 'like_count', 'chat_message_count',
    'donation_count', 'total_donations_amount', 'is_monetized', 'total_revenue', 'is_mature_content', 'banned_words', 'moderator_ids', 'moderation_status', 'moderated_at',
    'moderated_by_id', 'moderation_notes', 'created_at', 'updated_at',
  ],
  estimate: (ctx) => ctx.w.sizes.liveStreams + 6,
  *rows(ctx) {
    const { w, money: m } = ctx;
    const rng = w.rng('stream');
    const chats = chat(ctx);
    const arnAccount = '123456789012';
    for (let s = 0; s < w.sizes.liveStreams; s++) {
      rng.at(s);
      const c = w.streamCreator(s);
      const owner = w.creatorUser(c);
      const region = w.userRegion(owner);
      const start = w.streamStartedAt(s);
      const live = streamIsLive(ctx, s);
      const mod = targetModeration(ctx, 'LIVE_STREAM', s, start);
      const removed = mod.status === 'REJECTED';
      const end = live ? null : start + w.streamDurationMs(s);
      const clip = DEMO_CLIPS[s % 3]!;
      const peak = 20 + Math.floor(Math.pow(rng.float(), 3) * 6000);
      let donations = 0;
      let donated = 0;
      const count = m.donationCount(s);
      for (let d = 0; d < count; d++) {
        donations++;
        donated += m.donation(s, d).amount;
      }
      const chatCount = chats.start[s + 1]! - chats.start[s]!;
      const channel = `arn:aws:ivs:us-east-1:${arnAccount}:channel/${w.streamId(s).replace(/-/g, '').slice(0, 12)}`;
      yield [
        w.streamId(s), w.userId(owner), text(fill(rng.pick(LIVE_TITLES), rng, region)), text(`Streaming ${rng.pick(CREATOR_NICHES)} — say hi in chat!`), rng.pick(['Gaming', 'Music', 'Just Chatting', 'Food', 'Sports', 'Art']),
        arr([rng.pick(CREATOR_NICHES).replace(/\s+/g, ''), 'live']), channel, `arn:aws:ivs:us-east-1:${arnAccount}:stream-key/${w.streamId(s).slice(0, 8)}`, 'rtmps://a1b2c3d4e5f6.global-contribute.live-video.net:443/app/',
        `https://a1b2c3d4e5f6.us-east-1.playback.live-video.net/api/video/v1/us-east-1.${arnAccount}.channel.${w.streamId(s).slice(0, 12)}.m3u8`, `st-${w.streamId(s).slice(0, 18)}`,
        rng.pick(['MEDIUM', 'HIGH', 'HIGH', 'ULTRA']), live ? 'LIVE' : removed ? 'ENDED' : 'ENDED', 'PUBLIC', ts(start - 15 * MINUTE), ts(start), end === null ? nul : ts(end),
        String(Math.round(((end ?? w.now) - start) / 1000)), removed ? idOr(mod.moderatedBy) : nul, removed ? text('Ended by a moderator: policy violation') : nul, s3Url(clip.thumbKey),
        live ? nul : DEMO_MEDIA_BUCKET, live ? nul : clip.key, live ? nul : String(clip.seconds), String(live ? Math.round(peak * 0.8) : 0), String(peak), String(peak * 4),
        String(peak * 3), String(120 + rng.int(1500)), String(peak * 2), String(chatCount), String(donations), money(donated), bool(w.connectState(c) !== 'NONE'),
        money(Math.round(donated * 0.85)), bool(mod.ageRestricted), arr(rng.chance(0.3) ? ['scam', 'telegram'] : []), rng.chance(0.2) ? arr([w.userId(w.userAt(start, rng.float()))]) : '{}',
        mod.status, mod.moderatedAt === null ? nul : ts(mod.moderatedAt), idOr(mod.moderatedBy), text(mod.notes), ts(start - 20 * MINUTE), ts(end ?? w.now - MINUTE),
      ].join('\t') + '\n';
    }
  },
};

export function chatText(ctx: Ctx, m: number, flavor: 'normal' | 'spam' | 'abuse', region: Parameters<typeof fill>[2]): string {
  const rng = ctx.w.rng('chat-text').at(m);
  if (flavor === 'spam') return fill(SPAM_TEMPLATES[m % 2]!, rng, region, { n: String(m % 300) });
  if (flavor === 'abuse') return rng.pick(ABUSIVE_COMMENTS);
  return fill(rng.pick(CHAT_MESSAGES), rng, region);
}

export const streamChat: TableGen = {
  table: 'stream_chat',
  columns: ['id', 'stream_id', 'user_id', 'message', 'is_moderator', 'is_subscriber', 'is_pinned', 'is_flagged', 'is_deleted', 'deleted_at', 'deleted_by_id', 'deleted_reason', 'created_at', 'updated_at'],
  estimate: (ctx) => ctx.w.sizes.chatMessages,
  *rows(ctx) {
    const { w } = ctx;
    const chats = chat(ctx);
    const space = w.space('chat');
    for (let m = 0; m < chats.total; m++) {
      const msg = chats.message(m);
      const region = w.userRegion(msg.author);
      const state = caseStateOf(ctx, 'STREAM_CHAT_MESSAGE', m);
      const mod = state ? targetModeration(ctx, 'STREAM_CHAT_MESSAGE', m, msg.t) : null;
      const deleted = mod?.status === 'REJECTED';
      const tsv = ts(msg.t);
      yield `${space.id(m)}\t${w.streamId(msg.stream)}\t${w.userId(msg.author)}\t${text(chatText(ctx, m, msg.flavor, region))}\tf\t${bool(w.u('chat-sub', m) < 0.12)}\t${bool(msg.j === 0 && w.u('chat-pin', msg.stream) < 0.3)}\t${bool(state === 1)}\t${bool(deleted)}\t${deleted ? ts(mod!.moderatedAt!) : nul}\t${deleted ? idOr(mod!.moderatedBy) : nul}\t${deleted ? 'Removed: policy violation' : nul}\t${tsv}\t${deleted ? ts(mod!.moderatedAt!) : tsv}\n`;
    }
  },
};

export const streamChatBans: TableGen = {
  table: 'stream_chat_bans',
  columns: ['id', 'stream_id', 'user_id', 'kind', 'reason', 'expires_at', 'issued_by_id', 'lifted_at', 'lifted_by_id', 'created_at', 'updated_at'],
  estimate: (ctx) => Math.round(ctx.w.sizes.chatMessages * 0.006),
  *rows(ctx) {
    const { w } = ctx;
    const chats = chat(ctx);
    const space = w.space('chat-ban');
    for (let m = 0; m < chats.total; m++) {
      const msg = chats.message(m);
      if (msg.flavor === 'normal' || w.u('chat-ban', m) >= 0.5) continue;
      const timeout = w.u('chat-ban-kind', m) < 0.7;
      const at = Math.min(w.now - 30_000, msg.t + 20_000);
      const lifted = !timeout && w.u('chat-ban-lift', m) < 0.2;
      yield `${space.id(m)}\t${w.streamId(msg.stream)}\t${w.userId(msg.author)}\t${timeout ? 'TIMEOUT' : 'BAN'}\t${text(msg.flavor === 'spam' ? 'Spam links in chat' : 'Insulting the streamer and other chatters')}\t${timeout ? ts(at + 10 * MINUTE) : nul}\t${w.u('chat-ban-by', m) < 0.5 ? w.staff.moderator : w.staff.moderator2}\t${lifted ? ts(Math.min(w.now - 1000, at + DAY)) : nul}\t${lifted ? w.staff.senior : nul}\t${ts(at)}\t${ts(lifted ? Math.min(w.now - 1000, at + DAY) : at)}\n`;
    }
  },
};

export const streamDonations: TableGen = {
  table: 'stream_donations',
  columns: [
    'id', 'stream_id', 'donor_id', 'donor_name', 'amount', 'processing_fee', 'platform_fee', 'net_amount', 'message', 'show_on_stream', 'is_highlighted', 'status', 'payment_id',
    'stripe_payment_intent_id', 'refunded_at', 'created_at', 'updated_at',
  ],
  estimate: (ctx) => ctx.w.sizes.liveStreams * 3,
  *rows(ctx) {
    const { w, money: m } = ctx;
    const space = w.space('donation');
    for (let s = 0; s < w.sizes.liveStreams; s++) {
      const count = m.donationCount(s);
      if (!count) continue;
      const c = w.streamCreator(s);
      const story = m.story(c);
      const byDonation = new Map<number, (typeof story.payments)[number]>();
      for (const p of story.payments) if (p.donation?.stream === s) byDonation.set(p.donation.d, p);
      for (let d = 0; d < count; d++) {
        const don = m.donation(s, d);
        const p = byDonation.get(d);
        const fee = processingFee(don.amount);
        const platform = Math.round(don.amount * 0.15);
        const status = !p ? 'PENDING' : p.status === 'REFUNDED' || p.status === 'PARTIALLY_REFUNDED' ? 'REFUNDED' : p.status === 'FAILED' ? 'FAILED' : p.status === 'PENDING' ? 'PENDING' : 'COMPLETED';
        const pi = p && p.provider !== 'PAYPAL' && p.status !== 'FAILED' && p.status !== 'PENDING' ? ctx.stripe.paymentIntent(c, p).pi : null;
        const tsv = ts(don.t);
        yield [
          space.id(s * 4096 + d), w.streamId(s), don.anonymous ? nul : w.userId(don.payer), text(don.donorName), money(don.amount), money(fee), money(platform), money(don.amount - fee - platform),
          text(don.message), 't', bool(don.amount >= 2000), status, p ? p.id : nul, pi ?? nul, p?.refund ? ts(p.refund.t) : nul, tsv, p?.refund ? ts(p.refund.t) : tsv,
        ].join('\t') + '\n';
      }
    }
  },
};

export const streamViewers: TableGen = {
  table: 'stream_viewers',
  columns: ['id', 'stream_id', 'user_id', 'session_id', 'joined_at', 'left_at', 'watch_duration', 'ip_address', 'country_code', 'city', 'user_agent', 'device_type', 'browser', 'os', 'chat_messages_sent', 'donated', 'created_at', 'updated_at'],
  estimate: (ctx) => ctx.w.sizes.streamViewers,
  *rows(ctx) {
    const { w } = ctx;
    const space = w.space('stream-viewer');
    const total = w.sizes.streamViewers;
    const streams = w.sizes.liveStreams;
    const rng = w.rng('stream-viewer');
    for (let k = 0; k < total; k++) {
      rng.at(k);
      const s = Math.min(streams - 1, Math.floor((k / total) * streams));
      const start = w.streamStartedAt(s);
      const live = streamIsLive(ctx, s);
      const end = live ? w.now - 1000 : start + w.streamDurationMs(s);
      const joined = start + rng.float() * (end - start) * 0.9;
      const stillWatching = live && rng.chance(0.5);
      const left = stillWatching ? null : Math.min(end, joined + (1 + rng.int(90)) * MINUTE);
      const user = rng.chance(0.25) ? -1 : w.userAt(joined, rng.float());
      const device = w.devices.items.indexOf(w.devices.pick(rng));
      const d = w.devices.items[device]!;
      const region = w.userRegion(user < 0 ? k % w.n : user);
      yield [
        space.id(k), w.streamId(s), user < 0 ? nul : w.userId(user), `sv_${k}`, ts(joined), left === null ? nul : ts(left), String(Math.round(((left ?? w.now) - joined) / 1000)), ipFor(k, 7),
        region.countries[0]!, region.cities[k % region.cities.length]!, USER_AGENTS[device]!, d.type, d.browser, d.os, String(rng.chance(0.2) ? 1 + rng.int(12) : 0), bool(rng.chance(0.02)), ts(joined), ts(left ?? joined),
      ].join('\t') + '\n';
    }
  },
};


