// Closed-form facts about user content that several tables need: who wrote comment k and
// when, which stream a chat message belongs to, who owns a moderation target.
import { DAY, HOUR, MINUTE } from '../lib/format';
import type { Ctx } from './ctx';
import type { TargetKind, World } from './world';

/** Comment 4b + j: its time (replies come minutes to hours after the block's first comment). */
export function commentTime(w: World, b: number, j: number): number {
  const t = w.commentBlockTime(b);
  if (j === 0) return t;
  return Math.min(w.now - MINUTE, t + (2 + Math.floor(w.u('ctime', b, j) * 600)) * MINUTE * j);
}

export function commentAuthor(w: World, b: number, j: number): number {
  return w.userAt(commentTime(w, b, j), w.u('cauthor', b, j));
}

/** Owner (user index) and creation time of the target a moderation case is about. */
export function targetFacts(ctx: Ctx, kind: TargetKind, index: number): { id: string; owner: number; createdAt: number } {
  const { w } = ctx;
  switch (kind) {
    case 'VIDEO':
      return { id: w.videoId(index), owner: w.creatorUser(w.videoCreator(index)), createdAt: w.videoCreatedAt(index) };
    case 'POST':
      return { id: w.postId(index), owner: w.postOwner(index), createdAt: w.postCreatedAt(index) };
    case 'COMMENT': {
      const b = Math.floor(index / 4);
      const j = index % 4;
      return { id: w.commentId(index), owner: commentAuthor(w, b, j), createdAt: commentTime(w, b, j) };
    }
    case 'LIVE_STREAM':
      return { id: w.streamId(index), owner: w.creatorUser(w.streamCreator(index)), createdAt: w.streamStartedAt(index) };
    case 'STREAM_CHAT_MESSAGE': {
      const msg = chat(ctx).message(index);
      return { id: w.space('chat').id(index), owner: msg.author, createdAt: msg.t };
    }
    case 'MEDIA_FILE':
      return { id: w.mediaId(index), owner: w.mediaOwner(index), createdAt: w.mediaCreatedAt(index) };
    case 'USER_PROFILE':
      return { id: w.userId(index), owner: index, createdAt: w.userCreatedAt(index) };
  }
}

/** Live chat: stream s holds messages [start[s], start[s+1]) of the global message index. */
export class Chat {
  readonly start: Int32Array;
  readonly total: number;

  constructor(private readonly w: World) {
    const streams = w.sizes.liveStreams;
    const weights = new Float64Array(streams);
    let sum = 0;
    for (let s = 0; s < streams; s++) {
      weights[s] = 0.2 + Math.pow(w.u('chat-weight', s), 2) * 3 + (s >= streams - w.liveNowStreams() ? 2 : 0);
      sum += weights[s]!;
    }
    this.start = new Int32Array(streams + 1);
    let acc = 0;
    for (let s = 0; s < streams; s++) {
      this.start[s] = Math.round(acc);
      acc += (weights[s]! / sum) * w.sizes.chatMessages;
    }
    this.start[streams] = w.sizes.chatMessages;
    this.total = w.sizes.chatMessages;
  }

  streamOf(m: number): number {
    let lo = 0;
    let hi = this.start.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.start[mid]! <= m) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  message(m: number): { stream: number; j: number; t: number; author: number; flavor: 'normal' | 'spam' | 'abuse' } {
    const w = this.w;
    const s = this.streamOf(m);
    const j = m - this.start[s]!;
    const count = Math.max(1, this.start[s + 1]! - this.start[s]!);
    const startAt = w.streamStartedAt(s);
    const live = s >= w.sizes.liveStreams - w.liveNowStreams();
    const end = live ? w.now - 5_000 : startAt + w.streamDurationMs(s);
    const t = startAt + ((j + w.u('chat-t', m)) / count) * (end - startAt);
    const x = w.u('chat-flavor', m);
    const flavor = x < 0.006 ? 'spam' : x < 0.011 ? 'abuse' : 'normal';
    return { stream: s, j, t, author: w.userAt(t, w.u('chat-author', m)), flavor };
  }
}

const chatCache = new WeakMap<World, Chat>();
export function chat(ctx: Ctx): Chat {
  let c = chatCache.get(ctx.w);
  if (!c) chatCache.set(ctx.w, (c = new Chat(ctx.w)));
  return c;
}

export const recentEnough = (w: World, t: number) => t > w.now - 100 * DAY && t < w.now + HOUR;
