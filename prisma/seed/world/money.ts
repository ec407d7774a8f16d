// Money, creator by creator. A creator's "story" — the payments they earned (tips, channel
// subscriptions, stream donations), ad revenue, refunds, disputes, payouts and the ledger with
// running balances — is a pure function of the creator's index, recomputed by each money
// table's generator (payments, subscriptions, payouts, transactions, refunds, approvals). So
// the tables agree with each other without being held in memory:
//   payment.net = amount − processing fee − platform fee;
//   payout.net_amount = ad + subscription + tip + other revenue − platform fee − processing fee − tax
//     withheld = payout.amount, summed over the payments (and ad revenue) of its period;
//   ledger: balance_after = balance_before + amount (credits positive, debits negative), one
//     running balance per creator, in time order.
import { DAY, HOUR, MINUTE } from '../lib/format';
import { stripeStyleId, type Rng } from '../lib/prng';
import type { World } from './world';

export type PaymentKind = 'TIP' | 'SUBSCRIPTION' | 'DONATION' | 'ONE_TIME';
export type PaymentStatus = 'COMPLETED' | 'REFUNDED' | 'PARTIALLY_REFUNDED' | 'DISPUTED' | 'FAILED' | 'PENDING';

export interface StoryPayment {
  /** Global payment index space key (see paymentId). */
  key: number;
  id: string;
  kind: PaymentKind;
  payer: number;
  t: number;
  amount: number; // cents
  processingFee: number;
  platformFee: number;
  net: number;
  status: PaymentStatus;
  provider: 'STRIPE' | 'APPLE_PAY' | 'GOOGLE_PAY' | 'PAYPAL';
  subscriptionKey?: number;
  /** Stream donation (stream index, donation number) this payment settles. */
  donation?: { stream: number; d: number };
  refund?: { amount: number; t: number; reason: string; stripeReason: 'requested_by_customer' | 'duplicate' | 'fraudulent' };
  pendingRefund?: { amount: number; t: number; reason: string };
  dispute?: { t: number; reason: string };
  failure?: { code: string; reason: string };
  payoutIndex?: number;
}

export interface StorySubscription {
  key: number;
  id: string;
  subscriber: number;
  tier: 'BASIC' | 'PREMIUM' | 'PRO';
  price: number; // cents per month
  startedAt: number;
  status: 'ACTIVE' | 'TRIALING' | 'PAST_DUE' | 'CANCELLED';
  cancelledAt: number | null;
  cancelAtPeriodEnd: boolean;
  periodStart: number;
  periodEnd: number;
}

export type PayoutStatus = 'PENDING' | 'PAID' | 'FAILED' | 'CANCELLED';

export interface StoryPayout {
  index: number;
  id: string;
  periodStart: number;
  periodEnd: number;
  createdAt: number;
  status: PayoutStatus;
  ad: number;
  subscription: number;
  tip: number;
  other: number;
  platformFee: number;
  processingFee: number;
  tax: number;
  amount: number;
  processedAt: number | null;
  paidAt: number | null;
  failedAt: number | null;
  failure: { code: string; reason: string } | null;
  cancelledAt: number | null;
  cancellation: string | null;
  requiredApprovals: number;
  /** Approvals recorded (finance staff ids), in order. */
  approvers: string[];
  hold: { kind: 'MANUAL' | 'AUTO_ENFORCEMENT'; reason: string; at: number; by: string | null } | null;
  firstPayout: boolean;
  spike: number;
}

export interface LedgerEntry {
  seq: number;
  id: string;
  t: number;
  type: 'ADJUSTMENT' | 'TIP' | 'SUBSCRIPTION' | 'DONATION' | 'AD_REVENUE' | 'REFUND' | 'CHARGEBACK' | 'FEE' | 'PAYOUT' | 'PAYOUT_REVERSAL';
  amount: number;
  before: number;
  after: number;
  description: string;
  paymentKey?: number;
  payoutIndex?: number;
  refundKey?: number;
  externalRef?: string;
}

export interface Story {
  c: number;
  user: number;
  payments: StoryPayment[];
  subscriptions: StorySubscription[];
  adRevenue: { t: number; amount: number; period: number }[];
  payouts: StoryPayout[];
  ledger: LedgerEntry[];
  openingBalance: number;
  balance: number;
  lifetimeGross: number;
  lifetimePaid: number;
  pendingPayout: number;
  backupWithholding: boolean;
}

const TIP_AMOUNTS = [100, 200, 300, 500, 500, 1000, 1000, 2000, 2500, 5000, 10000, 25000];
const TIP_WEIGHTS = [14, 16, 12, 20, 0, 14, 0, 9, 5, 5, 3, 1];
export const SUB_TIERS = [
  { tier: 'BASIC' as const, price: 499 },
  { tier: 'PREMIUM' as const, price: 999 },
  { tier: 'PRO' as const, price: 2499 },
];
const DONATION_MESSAGES = ['Love the stream! ❤️', 'Keep it up!', 'For the new mic 🎤', 'Greetings from Lisbon', 'Happy birthday!!', 'That clutch was insane', 'Coffee money ☕', 'Play my request pls 🙏', 'Thanks for the tips last week', 'GG'];
const DISPUTE_REASONS = ['fraudulent', 'product_not_received', 'unrecognized', 'duplicate'];
const REFUND_REASONS = ['Tipped the wrong creator', 'Accidental double tap', 'Subscription charged after cancelling', 'Card used without permission', 'Duplicate charge'];
const FAILURE_CODES = [
  { code: 'card_declined', reason: 'Your card was declined.' },
  { code: 'insufficient_funds', reason: 'Your card has insufficient funds.' },
  { code: 'expired_card', reason: 'Your card has expired.' },
  { code: 'authentication_required', reason: 'The payment requires 3-D Secure authentication, which was not completed.' },
];

export const processingFee = (amount: number) => Math.round(amount * 0.029) + 30;
export const MAX_PAYMENTS_PER_CREATOR = 2048;
export const MAX_SUBS_PER_CREATOR = 512;
export const PAYOUT_PERIOD_DAYS = 14;
export const PLATFORM_PAYMENT_BASE = 200_000_000;
export const PLATFORM_SUB_BASE = 100_000_000;

/** Creator c is paid for periods of 14 days aligned on Mondays, from the start of the window. */
export function payoutPeriods(w: World): { start: number; end: number; createdAt: number }[] {
  // Periods end 4 days before now, every 14 days back (relative to the seeding moment, so the
  // same seed always puts the same payments in the same payouts).
  const out: { start: number; end: number; createdAt: number }[] = [];
  for (let end = w.now - 4 * DAY; end - PAYOUT_PERIOD_DAYS * DAY >= w.t0 - 10 * DAY; end -= PAYOUT_PERIOD_DAYS * DAY) {
    out.unshift({ start: end - PAYOUT_PERIOD_DAYS * DAY, end, createdAt: end + 6 * HOUR });
  }
  return out;
}

export function isMonetized(w: World, c: number): boolean {
  return w.connectState(c) !== 'NONE';
}

/** How much of a star creator c is (0..1, heavy tail). */
export function fame(w: World, c: number): number {
  const fixed = w.scenario?.fame.get(c);
  if (fixed !== undefined) return fixed;
  return Math.pow(w.u('fame', c), 6);
}

export class MoneyModel {
  private readonly periods: { start: number; end: number; createdAt: number }[];
  private streamsByCreator: Map<number, number[]> | null = null;
  private cacheKey = -1;
  private cacheStory: Story | null = null;

  constructor(private readonly w: World) {
    this.periods = payoutPeriods(w);
  }

  paymentId(key: number): string {
    return this.w.space('payment').id(key);
  }

  subscriptionId(key: number): string {
    return this.w.space('subscription').id(key);
  }

  payoutId(c: number, index: number): string {
    return this.w.space('payout').id(c * 16 + index);
  }

  refundId(key: number): string {
    return this.w.space('refund').id(key);
  }

  /** The streams of each creator (a pre-pass over the few live streams). */
  streamsOf(c: number): number[] {
    if (!this.streamsByCreator) {
      this.streamsByCreator = new Map();
      for (let s = 0; s < this.w.sizes.liveStreams; s++) {
        const owner = this.w.streamCreator(s);
        const list = this.streamsByCreator.get(owner);
        if (list) list.push(s);
        else this.streamsByCreator.set(owner, [s]);
      }
    }
    return this.streamsByCreator.get(c) ?? [];
  }

  /** Donations made during stream s (count; amounts via donation()). */
  donationCount(s: number): number {
    const w = this.w;
    if (!isMonetized(w, w.streamCreator(s))) return 0;
    return Math.floor(Math.pow(w.u('donations', s), 2) * (w.profile === 'demo' ? 14 : 9));
  }

  donation(s: number, d: number): { amount: number; t: number; payer: number; anonymous: boolean; donorName: string | null; message: string | null } {
    const w = this.w;
    const rng = w.rng('donation').at(s, d);
    const start = w.streamStartedAt(s);
    const t = Math.min(w.now - MINUTE, start + rng.float() * w.streamDurationMs(s));
    const amount = rng.weighted(TIP_AMOUNTS, TIP_WEIGHTS);
    const anonymous = rng.chance(0.15);
    const message = rng.chance(0.6) ? rng.pick(DONATION_MESSAGES) : null;
    return { amount, t, payer: this.payerAt(t, rng), anonymous, donorName: anonymous ? rng.pick(['Anonymous', 'a fan', 'secret admirer', 'Anon']) : null, message };
  }

  /** A paying user who existed at time t. */
  payerAt(t: number, rng: Rng): number {
    const w = this.w;
    for (let attempt = 0; attempt < 8; attempt++) {
      const u = w.userAt(t, rng.float());
      if (w.hasStripeCustomer(u)) return u;
    }
    return 1;
  }

  story(c: number): Story {
    if (this.cacheKey === c && this.cacheStory) return this.cacheStory;
    const story = this.build(c);
    this.cacheKey = c;
    this.cacheStory = story;
    return story;
  }

  private build(c: number): Story {
    const w = this.w;
    const user = w.creatorUser(c);
    const joined = w.userCreatedAt(user);
    const story: Story = { c, user, payments: [], subscriptions: [], adRevenue: [], payouts: [], ledger: [], openingBalance: 0, balance: 0, lifetimeGross: 0, lifetimePaid: 0, pendingPayout: 0, backupWithholding: false };
    if (!isMonetized(w, c)) return story;
    const rng = w.freshRng('money').at(c);
    const f = fame(w, c);
    const demo = w.profile === 'demo';
    const activeFrom = Math.max(w.t0, joined + DAY);
    const spikeCreator = w.scenario ? w.scenario.spike.has(c) || (w.u('spike', c) < 0.04 && !w.scenario.fame.has(c)) : w.u('spike', c) < 0.04;
    const lastPeriod = this.periods[this.periods.length - 1];
    story.backupWithholding = w.u('backup-withholding', c) < 0.04;

    // Channel subscriptions and their monthly payments.
    const subCount = Math.min(MAX_SUBS_PER_CREATOR - 1, Math.floor(f * (demo ? 40 : 10) + (rng.chance(demo ? 0.35 : 0.2) ? rng.int(demo ? 4 : 2) : 0)));
    let key = c * MAX_PAYMENTS_PER_CREATOR;
    const keyEnd = key + MAX_PAYMENTS_PER_CREATOR - 1;
    for (let j = 0; j < subCount; j++) {
      const sKey = c * MAX_SUBS_PER_CREATOR + j;
      const sr = w.rng('sub').at(sKey);
      const tierInfo = sr.weighted(SUB_TIERS, [6, 3, 1]);
      const startedAt = Math.max(joined + DAY, w.now - (5 + sr.int(400)) * DAY);
      const statusX = sr.float();
      const status = statusX < 0.72 ? 'ACTIVE' : statusX < 0.78 ? 'TRIALING' : statusX < 0.84 ? 'PAST_DUE' : 'CANCELLED';
      const cancelledAt = status === 'CANCELLED' ? Math.max(startedAt + 20 * DAY, w.now - sr.int(80) * DAY) : null;
      const subscriber = this.payerAt(startedAt, sr);
      const months = Math.floor((w.now - startedAt) / (30 * DAY));
      const periodStart = startedAt + months * 30 * DAY;
      const sub: StorySubscription = {
        key: sKey,
        id: this.subscriptionId(sKey),
        subscriber,
        tier: tierInfo.tier,
        price: tierInfo.price,
        startedAt,
        status,
        cancelledAt,
        cancelAtPeriodEnd: status === 'ACTIVE' && sr.chance(0.08),
        periodStart,
        periodEnd: periodStart + 30 * DAY,
      };
      story.subscriptions.push(sub);
      for (let m = 0; m <= months; m++) {
        const t = startedAt + m * 30 * DAY + 7 * MINUTE;
        if (t < activeFrom || t > w.now - MINUTE || key >= keyEnd) continue;
        if (status === 'TRIALING' && m === 0) continue;
        if (cancelledAt !== null && t > cancelledAt) break;
        const failed = status === 'PAST_DUE' && m === months;
        story.payments.push(this.payment(key++, 'SUBSCRIPTION', subscriber, t, sub.price, rng, failed, sKey));
      }
    }

    // Tips, heavy-tailed by fame; a spike creator earns far more in the last period.
    const tips = Math.min(1200, Math.floor(f * (demo ? 90 : 24) + rng.int(demo ? 8 : 2)));
    for (let j = 0; j < tips && key < keyEnd; j++) {
      const t = activeFrom + rng.float() * (w.now - MINUTE - activeFrom);
      const payer = this.payerAt(t, rng);
      const amount = rng.weighted(TIP_AMOUNTS, TIP_WEIGHTS);
      story.payments.push(this.payment(key++, 'TIP', payer, t, amount, rng, false));
    }
    if (spikeCreator && lastPeriod && lastPeriod.start > activeFrom) {
      const burst = 25 + rng.int(40);
      for (let j = 0; j < burst && key < keyEnd; j++) {
        const t = lastPeriod.start + rng.float() * (lastPeriod.end - lastPeriod.start);
        story.payments.push(this.payment(key++, 'TIP', this.payerAt(t, rng), t, rng.weighted(TIP_AMOUNTS, TIP_WEIGHTS) * 2, rng, false));
      }
    }

    // Stream donations (their stream_donations rows carry the same payment ids).
    for (const s of this.streamsOf(c)) {
      const count = this.donationCount(s);
      for (let d = 0; d < count && key < keyEnd; d++) {
        const don = this.donation(s, d);
        if (don.t < activeFrom) continue;
        const p = this.payment(key++, 'DONATION', don.payer, don.t, don.amount, rng, false);
        p.donation = { stream: s, d };
        story.payments.push(p);
      }
    }

    story.payments.sort((a, b) => a.t - b.t || a.key - b.key);

    // Ad revenue per period, for creators with videos.
    this.periods.forEach((period, index) => {
      if (period.end <= activeFrom) return;
      const base = f * (demo ? 90_000 : 60_000) + w.u('ad-revenue', c, index) * 2_500;
      const amount = Math.round(base * (spikeCreator && index === this.periods.length - 1 ? 5 : 1));
      if (amount >= 100) story.adRevenue.push({ t: period.end - 2 * HOUR, amount, period: index });
    });

    this.payouts(story, activeFrom, rng);
    this.ledger(story, joined);
    return story;
  }

  private payment(key: number, kind: PaymentKind, payer: number, t: number, amount: number, rng: Rng, failedSub: boolean, subscriptionKey?: number): StoryPayment {
    const w = this.w;
    const providerX = rng.float();
    const provider = providerX < 0.78 ? 'STRIPE' : providerX < 0.88 ? 'APPLE_PAY' : providerX < 0.96 ? 'GOOGLE_PAY' : 'PAYPAL';
    const platformRate = kind === 'SUBSCRIPTION' ? 0.2 : kind === 'TIP' ? 0.1 : 0.15;
    const fee = processingFee(amount);
    const platformFee = Math.round(amount * platformRate);
    const x = rng.float();
    let status: PaymentStatus = 'COMPLETED';
    const p: StoryPayment = { key, id: this.paymentId(key), kind, payer, t, amount, processingFee: fee, platformFee, net: amount - fee - platformFee, status, provider };
    if (subscriptionKey !== undefined) p.subscriptionKey = subscriptionKey;
    if (failedSub || (kind !== 'DONATION' && x < 0.015)) {
      status = 'FAILED';
      p.failure = rng.pick(FAILURE_CODES);
    } else if (t > w.now - 20 * MINUTE && x < 0.3) {
      status = 'PENDING';
    } else if (provider !== 'PAYPAL' && x > 0.992 && t < w.now - 2 * DAY) {
      status = 'DISPUTED';
      p.dispute = { t: t + (2 + rng.int(20)) * DAY, reason: rng.pick(DISPUTE_REASONS) };
      if (p.dispute.t > w.now - HOUR) p.dispute.t = w.now - HOUR - rng.int(600) * MINUTE;
    } else if (provider !== 'PAYPAL' && x > 0.975 && t < w.now - DAY) {
      const partial = rng.chance(0.4) && amount >= 400;
      const refundAmount = partial ? Math.round(amount * (0.25 + rng.float() * 0.5)) : amount;
      status = partial ? 'PARTIALLY_REFUNDED' : 'REFUNDED';
      p.refund = { amount: refundAmount, t: Math.min(w.now - HOUR, t + (1 + rng.int(72)) * HOUR), reason: rng.pick(REFUND_REASONS), stripeReason: rng.pick(['requested_by_customer', 'requested_by_customer', 'duplicate', 'fraudulent'] as const) };
    } else if (provider !== 'PAYPAL' && x > 0.969 && t > w.now - 14 * DAY && t < w.now - HOUR) {
      p.pendingRefund = { amount: amount >= 400 && rng.chance(0.5) ? Math.round(amount / 2) : amount, t: Math.min(w.now - 10 * MINUTE, t + (1 + rng.int(48)) * HOUR), reason: rng.pick(REFUND_REASONS) };
    }
    if (status === 'FAILED' || status === 'PENDING') {
      p.net = 0;
      p.processingFee = 0;
      p.platformFee = 0;
    }
    p.status = status;
    return p;
  }

  private payouts(story: Story, activeFrom: number, rng: Rng): void {
    const w = this.w;
    const c = story.c;
    const state = w.connectState(c);
    const userStatus = w.userStatus(story.user);
    let previousNets: number[] = [];
    let paidBefore = false;
    this.periods.forEach((period, index) => {
      if (period.createdAt > w.now || period.end <= activeFrom) return;
      const out = { ad: 0, subscription: 0, tip: 0, other: 0, platformFee: 0, processingFee: 0 };
      for (const p of story.payments) {
        if (p.t < period.start || p.t >= period.end || p.status === 'FAILED' || p.status === 'PENDING') continue;
        if (p.kind === 'SUBSCRIPTION') out.subscription += p.amount;
        else if (p.kind === 'TIP') out.tip += p.amount;
        else out.other += p.amount;
        out.platformFee += p.platformFee;
        out.processingFee += p.processingFee;
      }
      for (const a of story.adRevenue) if (a.period === index) out.ad += a.amount;
      const gross = out.ad + out.subscription + out.tip + out.other;
      const beforeTax = gross - out.platformFee - out.processingFee;
      if (beforeTax < 1_000) return; // below the $10 minimum: carried over
      const tax = story.backupWithholding ? Math.round(beforeTax * 0.24) : 0;
      const amount = beforeTax - tax;
      const isLast = index === this.periods.length - 1;
      const trailing = previousNets.length ? previousNets.reduce((a, b) => a + b, 0) / previousNets.length : 0;
      const payoutIndex = story.payouts.length;
      const payout: StoryPayout = {
        index: payoutIndex,
        id: this.payoutId(c, payoutIndex),
        periodStart: period.start,
        periodEnd: period.end,
        createdAt: period.createdAt,
        status: 'PAID',
        ...out,
        tax,
        amount,
        processedAt: null,
        paidAt: null,
        failedAt: null,
        failure: null,
        cancelledAt: null,
        cancellation: null,
        requiredApprovals: amount > 100_000 ? 2 : 1,
        approvers: [],
        hold: null,
        firstPayout: !paidBefore,
        spike: trailing > 0 ? amount / trailing : 0,
      };
      const x = w.u('payout-status', c, index);
      if (isLast && period.createdAt > w.now - 16 * DAY) {
        payout.status = 'PENDING';
        if (userStatus === 'SUSPENDED' || userStatus === 'BANNED') {
          payout.hold = { kind: 'AUTO_ENFORCEMENT', reason: `Held automatically while the account is ${userStatus.toLowerCase()}.`, at: period.createdAt + 5 * MINUTE, by: null };
        } else if (x < 0.03 && !w.scenario?.fame.has(c)) {
          payout.hold = { kind: 'MANUAL', reason: rng.pick(['Earnings spike under review', 'Waiting for tax form W-8BEN', 'Refund rate above 5% this period', 'Identity check requested by compliance']), at: period.createdAt + (2 + rng.int(30)) * HOUR, by: w.staff.finance };
        }
        if (payout.requiredApprovals === 2 && !payout.hold && (w.scenario ? w.scenario.firstApprovalDone.has(c) : x > 0.5)) payout.approvers = [w.staff.finance];
      } else if (state === 'REJECTED' || (state === 'PAST_DUE' && isLast) || (x < 0.035 && !w.scenario?.fame.has(c))) {
        payout.status = 'FAILED';
        payout.processedAt = period.createdAt + (10 + rng.int(60)) * HOUR;
        payout.failedAt = payout.processedAt + rng.int(20) * MINUTE + MINUTE;
        payout.failure =
          state === 'REJECTED' || state === 'PAST_DUE'
            ? { code: 'insufficient_capabilities_for_transfer', reason: "Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments" }
            : rng.pick([
                { code: 'account_closed', reason: 'The bank account has been closed.' },
                { code: 'no_account', reason: 'The bank account details on file are probably incorrect. No bank account could be located with those details.' },
                { code: 'balance_insufficient', reason: 'You have insufficient available funds in your Stripe account. Try adding funds directly to your available balance.' },
              ]);
        payout.approvers = payout.requiredApprovals === 2 ? [w.staff.finance, w.staff.finance2] : [rng.chance(0.5) ? w.staff.finance : w.staff.finance2];
      } else if (x < 0.06 && !w.scenario?.fame.has(c)) {
        payout.status = 'CANCELLED';
        payout.cancelledAt = period.createdAt + (3 + rng.int(40)) * HOUR;
        payout.cancellation = rng.pick(['Duplicate payout request', 'Creator asked to roll over to the next period', 'Account under fraud review']);
      } else {
        payout.status = 'PAID';
        payout.approvers = payout.requiredApprovals === 2 ? [w.staff.finance, w.staff.finance2] : [rng.chance(0.5) ? w.staff.finance : w.staff.finance2];
        payout.processedAt = period.createdAt + (6 + rng.int(60)) * HOUR;
        payout.paidAt = payout.processedAt + (1 + rng.int(3)) * MINUTE;
        paidBefore = true;
      }
      for (const p of story.payments) if (p.t >= period.start && p.t < period.end && payout.status !== 'CANCELLED' && payout.status !== 'FAILED') p.payoutIndex = payoutIndex;
      previousNets = [...previousNets.slice(-3), amount];
      story.payouts.push(payout);
    });
    story.pendingPayout = story.payouts.filter((p) => p.status === 'PENDING').reduce((a, p) => a + p.amount, 0);
    story.lifetimePaid = story.payouts.filter((p) => p.status === 'PAID').reduce((a, p) => a + p.amount, 0);
  }

  private ledger(story: Story, joined: number): void {
    const w = this.w;
    const c = story.c;
    type Ev = Omit<LedgerEntry, 'seq' | 'id' | 'before' | 'after'>;
    const events: Ev[] = [];
    if (joined < w.t0) {
      story.openingBalance = Math.round(w.u('opening', c) * 40_000 + fame(w, c) * 500_000);
      events.push({ t: w.t0 + MINUTE, type: 'ADJUSTMENT', amount: story.openingBalance, description: 'Balance carried forward from the previous ledger' });
    }
    for (const p of story.payments) {
      if (p.status === 'FAILED' || p.status === 'PENDING') continue;
      const label = p.kind === 'SUBSCRIPTION' ? 'Channel subscription' : p.kind === 'TIP' ? 'Tip' : 'Live stream donation';
      events.push({ t: p.t + 2 * MINUTE, type: p.kind === 'ONE_TIME' ? 'ADJUSTMENT' : p.kind, amount: p.net, description: `${label} (net of fees)`, paymentKey: p.key });
      if (p.refund) {
        const share = Math.round((p.refund.amount * p.net) / p.amount);
        events.push({ t: p.refund.t, type: 'REFUND', amount: -share, description: p.refund.amount === p.amount ? 'Refund of a payment' : 'Partial refund of a payment', paymentKey: p.key, refundKey: p.key });
      }
      if (p.dispute) {
        events.push({ t: p.dispute.t, type: 'CHARGEBACK', amount: -p.net, description: `Chargeback: ${p.dispute.reason.replace(/_/g, ' ')}`, paymentKey: p.key });
        events.push({ t: p.dispute.t + MINUTE, type: 'FEE', amount: -1500, description: 'Dispute fee', paymentKey: p.key });
      }
    }
    for (const a of story.adRevenue) events.push({ t: a.t, type: 'AD_REVENUE', amount: a.amount, description: 'Ad revenue share' });
    for (const p of story.payouts) {
      if (p.processedAt === null) continue;
      if (p.tax > 0) events.push({ t: p.processedAt - MINUTE, type: 'ADJUSTMENT', amount: -p.tax, description: 'Backup withholding (24%)', payoutIndex: p.index });
      events.push({ t: p.processedAt, type: 'PAYOUT', amount: -p.amount, description: 'Payout to connected account', payoutIndex: p.index });
      if (p.status === 'FAILED' && p.failedAt !== null) {
        if (p.tax > 0) events.push({ t: p.failedAt, type: 'ADJUSTMENT', amount: p.tax, description: 'Backup withholding returned (payout failed)', payoutIndex: p.index });
        events.push({ t: p.failedAt + 1, type: 'PAYOUT_REVERSAL', amount: p.amount, description: `Payout failed: ${p.failure?.code ?? 'unknown'}`, payoutIndex: p.index });
      }
    }
    events.sort((a, b) => a.t - b.t);
    // One entry per millisecond at most: the ledger's order is its time order.
    for (let i = 1; i < events.length; i++) if (Math.floor(events[i]!.t) <= Math.floor(events[i - 1]!.t)) events[i]!.t = Math.floor(events[i - 1]!.t) + 1;
    let balance = 0;
    events.forEach((e, seq) => {
      const before = balance;
      balance += e.amount;
      story.ledger.push({ ...e, seq, id: w.space('transaction').id(c * 8192 + seq), before, after: balance });
    });
    story.balance = balance;
    story.lifetimeGross = Math.round(story.openingBalance * 3.2) + story.payments.reduce((a, p) => a + (p.status === 'FAILED' || p.status === 'PENDING' ? 0 : p.amount), 0) + story.adRevenue.reduce((a, r) => a + r.amount, 0);
  }

  /** Platform payments of user u (Premium subscription, coin packs): no creator earns them. */
  platformPayments(u: number): { subscription: StorySubscription | null; payments: StoryPayment[] } {
    const w = this.w;
    const demo = w.profile === 'demo';
    const xs = w.u('platform-sub', u);
    const xc = w.u('coins', u);
    if (xs >= (demo ? 0.06 : 0.03) && xc >= (demo ? 0.05 : 0.02)) return { subscription: null, payments: [] };
    if (!w.hasStripeCustomer(u)) return { subscription: null, payments: [] };
    const rng = w.freshRng('platform-pay').at(u);
    const joined = w.userCreatedAt(u);
    const payments: StoryPayment[] = [];
    let key = PLATFORM_PAYMENT_BASE + u * 8;
    let subscription: StorySubscription | null = null;
    if (xs < (demo ? 0.06 : 0.03)) {
      const yearly = rng.chance(0.2);
      const tier = rng.chance(0.7) ? ('PREMIUM' as const) : ('PRO' as const);
      const price = yearly ? (tier === 'PREMIUM' ? 7999 : 12999) : tier === 'PREMIUM' ? 799 : 1299;
      const startedAt = Math.max(joined + DAY, w.now - (3 + rng.int(500)) * DAY);
      const statusX = rng.float();
      const status = statusX < 0.78 ? 'ACTIVE' : statusX < 0.84 ? 'PAST_DUE' : 'CANCELLED';
      const cycle = yearly ? 365 * DAY : 30 * DAY;
      const cycles = Math.floor((w.now - startedAt) / cycle);
      const cancelledAt = status === 'CANCELLED' ? Math.max(startedAt + 10 * DAY, w.now - rng.int(60) * DAY) : null;
      const periodStart = startedAt + cycles * cycle;
      subscription = { key: PLATFORM_SUB_BASE + u, id: this.subscriptionId(PLATFORM_SUB_BASE + u), subscriber: u, tier, price, startedAt, status, cancelledAt, cancelAtPeriodEnd: status === 'ACTIVE' && rng.chance(0.1), periodStart, periodEnd: periodStart + cycle };
      for (let m = 0; m <= cycles && payments.length < 6; m++) {
        const t = startedAt + m * cycle + 3 * MINUTE;
        if (t < w.t0 || t > w.now - MINUTE) continue;
        if (cancelledAt !== null && t > cancelledAt) break;
        const p = this.payment(key++, 'SUBSCRIPTION', u, t, price, rng, status === 'PAST_DUE' && m === cycles, subscription.key);
        p.platformFee = 0;
        if (p.status !== 'FAILED' && p.status !== 'PENDING') p.net = p.amount - p.processingFee;
        payments.push(p);
      }
    }
    if (xc < (demo ? 0.05 : 0.02)) {
      const packs = [499, 999, 1999, 4999];
      const count = 1 + rng.int(2);
      for (let j = 0; j < count; j++) {
        const from = Math.max(w.t0, joined + HOUR);
        const t = from + rng.float() * (w.now - MINUTE - from);
        const p = this.payment(key++, 'ONE_TIME', u, t, rng.pick(packs), rng, false);
        p.platformFee = 0;
        if (p.status !== 'FAILED' && p.status !== 'PENDING') p.net = p.amount - p.processingFee;
        payments.push(p);
      }
    }
    return { subscription, payments };
  }

  /** Stripe ids for scale data (the demo uses the emulator's own ids instead). */
  fakePaymentIntent(key: number): { pi: string; ch: string } {
    return { pi: stripeStyleId('pi_3', this.w.salt('pi'), key, 24), ch: stripeStyleId('ch_3', this.w.salt('ch'), key, 24) };
  }

  fakeTransfer(c: number, index: number): string {
    return stripeStyleId('tr_1', this.w.salt('tr'), c * 16 + index, 24);
  }

  fakeConnectPayout(c: number, index: number): string {
    return stripeStyleId('po_1', this.w.salt('po'), c * 16 + index, 24);
  }

  fakeRefund(key: number): string {
    return stripeStyleId('re_3', this.w.salt('re'), key, 24);
  }
}
