// subscriptions, payouts, payments, refunds, transactions, payout_approvals: all derived from
// the creators' money stories (world/money.ts) and the platform's own sales.
import { DAY, HOUR, MINUTE, money, ts } from '../../lib/format';
import { stripeStyleId } from '../../lib/prng';
import type { Ctx } from '../ctx';
import { type Story, type StoryPayment, type StoryPayout, type StorySubscription } from '../money';
import { caseStateOf } from '../moderation';
import type { TableGen } from '../table';
import { bool, idOr, json, nul, text } from '../text';

const CARD_BRANDS = ['visa', 'visa', 'visa', 'mastercard', 'mastercard', 'amex', 'discover', 'jcb'];
const BANKS = ['Chase', 'Bank of America', 'Wells Fargo', 'Barclays', 'HSBC', 'Revolut', 'Nubank', 'GTBank', 'Deutsche Bank', 'BBVA', 'ING', 'Monzo', 'Itaú', 'KB Kookmin'];

function* eachStory(ctx: Ctx): Generator<Story> {
  for (let c = 0; c < ctx.w.sizes.creators; c++) {
    const story = ctx.money.story(c);
    if (story.payments.length || story.payouts.length || story.subscriptions.length || story.ledger.length) yield story;
  }
}

function* platformOf(ctx: Ctx): Generator<{ u: number; subscription: StorySubscription | null; payments: StoryPayment[] }> {
  for (let u = 0; u < ctx.w.n; u++) {
    const p = ctx.money.platformPayments(u);
    if (p.subscription || p.payments.length) yield { u, ...p };
  }
}

type Platform = { u: number; subscription: StorySubscription | null; payments: StoryPayment[] };

/** A money table's rows for one creator's story and for one user's platform purchases. */
interface MoneyParts {
  story(ctx: Ctx, story: Story): Iterable<string>;
  platform?(ctx: Ctx, pl: Platform): Iterable<string>;
}

function* moneyRows(ctx: Ctx, parts: MoneyParts): Generator<string> {
  for (const story of eachStory(ctx)) yield* parts.story(ctx, story);
  if (parts.platform) for (const pl of platformOf(ctx)) yield* parts.platform(ctx, pl);
}

function subscriptionRow(ctx: Ctx, s: StorySubscription, creator: number | null): string {
  const { w } = ctx;
  const trial = s.status === 'TRIALING';
  const ended = s.status === 'CANCELLED' ? s.cancelledAt : null;
  return [
    s.id, w.userId(s.subscriber), creator === null ? nul : w.userId(creator), s.tier, s.status, stripeStyleId('sub_1', w.salt('sub'), s.key, 24), w.stripeCustomerId(s.subscriber),
    `price_1${creator === null ? 'Platform' : 'Creator'}${s.tier}${s.price}`, money(s.price), s.periodEnd - s.periodStart > 40 * DAY ? 'YEARLY' : 'MONTHLY',
    trial ? ts(s.startedAt + 7 * DAY) : nul, trial ? '7' : '0', ts(s.startedAt), ts(s.periodStart), ts(s.periodEnd), bool(s.cancelAtPeriodEnd),
    s.cancelledAt === null ? nul : ts(s.cancelledAt), s.cancelledAt === null ? nul : text(['Too expensive', 'Not watching anymore', 'Switching to yearly', 'Payment method expired'][s.key % 4]!),
    ended === null ? nul : ts(ended), ts(s.startedAt), ts(Math.max(s.startedAt, s.cancelledAt ?? s.periodStart)),
  ].join('\t') + '\n';
}

export const subscriptions: TableGen = {
  table: 'subscriptions',
  columns: [
    'id', 'user_id', 'creator_id', 'tier', 'status', 'stripe_subscription_id', 'stripe_customer_id', 'stripe_price_id', 'price_amount', 'billing_cycle', 'trial_ends_at', 'trial_days',
    'started_at', 'current_period_start', 'current_period_end', 'cancel_at_period_end', 'cancelled_at', 'cancellation_reason', 'ended_at', 'created_at', 'updated_at',
  ],
  estimate: (ctx) => Math.round(ctx.w.n * 0.06),
  rows: (ctx) => moneyRows(ctx, subscriptionParts),
};

const subscriptionParts: MoneyParts = {
  *story(ctx, story) {
    for (const s of story.subscriptions) yield subscriptionRow(ctx, s, story.user);
  },
  *platform(ctx, pl) {
    if (pl.subscription) yield subscriptionRow(ctx, pl.subscription, null);
  },
};

/** Risk signals of a pending payout, as the finance queue shows them. */
export function riskSignals(ctx: Ctx, story: Story, p: StoryPayout): { score: number; signals: { code: string; severity: string; detail: string }[] } {
  const { w } = ctx;
  const signals: { code: string; severity: string; detail: string }[] = [];
  const ageDays = Math.floor((w.now - w.userCreatedAt(story.user)) / DAY);
  if (ageDays < 30) signals.push({ code: 'NEW_ACCOUNT', severity: 'HIGH', detail: `Account is ${ageDays} days old` });
  if (p.firstPayout) signals.push({ code: 'FIRST_PAYOUT', severity: 'MEDIUM', detail: 'First payout to this connected account' });
  const state = w.connectState(story.c);
  if (state === 'PAST_DUE') signals.push({ code: 'REQUIREMENTS_PAST_DUE', severity: 'HIGH', detail: 'Stripe requirements past due: transfers capability inactive' });
  if (state === 'CURRENTLY_DUE') signals.push({ code: 'REQUIREMENTS_DUE', severity: 'MEDIUM', detail: 'Stripe requirements currently due' });
  if (state === 'PAYOUTS_DISABLED') signals.push({ code: 'PAYOUTS_DISABLED', severity: 'HIGH', detail: 'payouts_enabled is false on the connected account' });
  if (state === 'REJECTED') signals.push({ code: 'ACCOUNT_REJECTED', severity: 'CRITICAL', detail: 'Connected account rejected (disabled_reason: rejected.fraud)' });
  if (p.spike >= 3) signals.push({ code: 'EARNINGS_SPIKE', severity: 'HIGH', detail: `Earnings ${p.spike.toFixed(1)}× the trailing average` });
  const refunded = story.payments.filter((x) => x.refund || x.dispute).length;
  if (story.payments.length >= 10 && refunded / story.payments.length > 0.04) signals.push({ code: 'REFUND_RATE', severity: 'MEDIUM', detail: `${refunded} of ${story.payments.length} payments refunded or disputed` });
  if (w.scenario?.openCases.has(story.c)) signals.push({ code: 'OPEN_CASES', severity: 'MEDIUM', detail: '2 open moderation cases on this creator\'s content' });
  else if (caseStateOf(ctx, 'USER_PROFILE', story.user) === 1) signals.push({ code: 'OPEN_CASES', severity: 'MEDIUM', detail: 'Open moderation case on the account' });
  const status = w.userStatus(story.user);
  if (status === 'SUSPENDED' || status === 'BANNED') signals.push({ code: 'ACCOUNT_ENFORCEMENT', severity: 'CRITICAL', detail: `Account ${status.toLowerCase()}` });
  if (p.amount > 100_000) signals.push({ code: 'LARGE_AMOUNT', severity: 'MEDIUM', detail: 'Above the second-approval threshold' });
  const weight: Record<string, number> = { LOW: 5, MEDIUM: 15, HIGH: 30, CRITICAL: 60 };
  const score = Math.min(100, signals.reduce((a, s) => a + weight[s.severity]!, 0));
  return { score, signals };
}

export const payouts: TableGen = {
  table: 'payouts',
  columns: [
    'id', 'user_id', 'amount', 'status', 'stripe_payout_id', 'stripe_transfer_id', 'stripe_connect_account_id', 'idempotency_key', 'period_start', 'period_end', 'ad_revenue',
    'subscription_revenue', 'tip_revenue', 'other_revenue', 'platform_fee', 'processing_fee', 'tax_withheld', 'net_amount', 'bank_name', 'account_last4', 'required_approvals',
    'approved_at', 'held_at', 'held_by_id', 'hold_reason', 'hold_kind', 'risk_score', 'risk_signals', 'risk_computed_at', 'processed_at', 'paid_at', 'failed_at', 'failure_code',
    'failure_reason', 'cancelled_at', 'cancelled_by_id', 'cancellation_reason', 'reconciled_at', 'metadata', 'created_at', 'updated_at',
  ],
  estimate: (ctx) => Math.round(ctx.w.sizes.creators * 2.5),
  rows: (ctx) => moneyRows(ctx, payoutParts),
};

const payoutParts: MoneyParts = {
  *story(ctx, story) {
    const { w } = ctx;
    {
      const acct = w.connectAccountId(story.c);
      for (const p of story.payouts) {
        const stripe = p.status === 'PAID' && acct ? ctx.stripe.transfer(story.c, p) : null;
        const risk = riskSignals(ctx, story, p);
        const approvedAt = p.processedAt !== null ? p.processedAt - 2 * MINUTE : p.approvers.length ? p.createdAt + (3 + (story.c % 20)) * HOUR : null;
        const last4 = String(1000 + ((story.c * 7919) % 9000));
        const updated = p.paidAt ?? p.failedAt ?? p.cancelledAt ?? p.hold?.at ?? approvedAt ?? p.createdAt;
        yield [
          p.id, w.userId(story.user), money(p.amount), p.status === 'PAID' && !acct ? 'PAID' : p.status, stripe ? stripe.po : nul, stripe ? stripe.tr : nul, acct ?? nul,
          p.processedAt !== null ? `payout_${p.id}` : nul, ts(p.periodStart), ts(p.periodEnd), money(p.ad), money(p.subscription), money(p.tip), money(p.other),
          money(p.platformFee), money(p.processingFee), money(p.tax), money(p.amount), BANKS[story.c % BANKS.length]!, last4, String(p.requiredApprovals),
          p.processedAt !== null ? ts(approvedAt!) : nul, p.hold ? ts(p.hold.at) : nul, idOr(p.hold?.by), text(p.hold?.reason), p.hold ? p.hold.kind : nul,
          String(risk.score), json(risk.signals), ts(p.createdAt + 2 * MINUTE), p.processedAt === null ? nul : ts(p.processedAt), p.paidAt === null ? nul : ts(p.paidAt),
          p.failedAt === null ? nul : ts(p.failedAt), text(p.failure?.code), text(p.failure?.reason), p.cancelledAt === null ? nul : ts(p.cancelledAt),
          p.cancelledAt === null ? nul : w.staff.finance, text(p.cancellation), p.status === 'PAID' && p.paidAt !== null && p.paidAt < w.now - 2 * DAY ? ts(p.paidAt + DAY) : nul,
          json({ period_days: 14, payments: story.payments.filter((x) => x.payoutIndex === p.index).length }), ts(p.createdAt), ts(updated),
        ].join('\t') + '\n';
      }
    }
  },
};

const PAYMENT_COLUMNS = [
  'id', 'user_id', 'recipient_id', 'amount', 'payment_type', 'status', 'provider', 'description', 'provider_payment_id', 'provider_transaction_id', 'payment_method_type', 'card_brand',
  'card_last4', 'card_exp_month', 'card_exp_year', 'billing_address', 'processing_fee', 'platform_fee', 'net_amount', 'completed_at', 'failed_at', 'failure_code', 'failure_reason',
  'refunded_amount', 'refund_reason', 'refunded_at', 'disputed_at', 'dispute_reason', 'subscription_id', 'payout_id', 'metadata', 'created_at', 'updated_at',
] as const;

/** The Stripe payment intent / charge of a payment, or null when Stripe never saw it. */
export function stripeRefs(ctx: Ctx, c: number, p: StoryPayment): { pi: string; ch: string } | null {
  if (p.provider === 'PAYPAL' || p.status === 'FAILED' || p.status === 'PENDING') return null;
  return ctx.stripe.paymentIntent(c, p);
}

function paymentRow(ctx: Ctx, c: number, recipient: number | null, p: StoryPayment, payoutId: string | null): string {
  const { w } = ctx;
  const rng = w.rng('payment-row').at(p.key);
  const refs = stripeRefs(ctx, c, p);
  const description =
    p.kind === 'TIP' ? `Tip to @${w.userName(recipient!).username}`
    : p.kind === 'DONATION' ? `Live donation to @${w.userName(recipient!).username}`
    : p.kind === 'SUBSCRIPTION' ? (recipient === null ? 'Social Flow Premium' : `Channel membership: @${w.userName(recipient).username}`)
    : 'Coin pack';
  const completed = p.status === 'FAILED' || p.status === 'PENDING' ? null : p.t + 4_000;
  const region = w.userRegion(p.payer);
  const wallet = p.provider === 'APPLE_PAY' ? 'apple_pay' : p.provider === 'GOOGLE_PAY' ? 'google_pay' : null;
  const updated = p.dispute?.t ?? p.refund?.t ?? completed ?? p.t;
  return [
    p.id, w.userId(p.payer), recipient === null ? nul : w.userId(recipient), money(p.amount), p.kind === 'DONATION' ? 'DONATION' : p.kind, p.status, p.provider, text(description),
    p.provider === 'PAYPAL' && p.status !== 'FAILED' ? `PAYID-${stripeStyleId('M', w.salt('paypal'), p.key, 22).toUpperCase()}` : refs ? refs.pi : nul, refs ? refs.ch : nul,
    p.provider === 'PAYPAL' ? 'paypal' : 'card', p.provider === 'PAYPAL' ? nul : CARD_BRANDS[p.key % CARD_BRANDS.length]!, p.provider === 'PAYPAL' ? nul : String(1000 + rng.int(9000)),
    p.provider === 'PAYPAL' ? nul : String(1 + rng.int(12)), p.provider === 'PAYPAL' ? nul : String(2026 + rng.int(6)),
    json({ country: region.countries[0], postal_code: String(10000 + rng.int(89999)), ...(wallet ? { wallet } : {}) }),
    money(p.processingFee), money(p.platformFee), money(p.net), completed === null ? nul : ts(completed), p.status === 'FAILED' ? ts(p.t + 3_000) : nul,
    text(p.failure?.code), text(p.failure?.reason), money(p.refund?.amount ?? 0), text(p.refund?.reason), p.refund ? ts(p.refund.t) : nul,
    p.dispute ? ts(p.dispute.t) : nul, text(p.dispute?.reason), p.subscriptionKey !== undefined ? ctx.money.subscriptionId(p.subscriptionKey) : nul, idOr(payoutId),
    p.donation ? json({ live_stream_id: w.streamId(p.donation.stream) }) : nul, ts(p.t), ts(updated),
  ].join('\t') + '\n';
}

export const payments: TableGen = {
  table: 'payments',
  columns: PAYMENT_COLUMNS,
  estimate: (ctx) => Math.round(ctx.w.n * (ctx.w.profile === 'demo' ? 1 : 0.3)),
  rows: (ctx) => moneyRows(ctx, paymentParts),
};

const paymentParts: MoneyParts = {
  *story(ctx, story) {
    for (const p of story.payments) {
      const payout = p.payoutIndex !== undefined ? story.payouts[p.payoutIndex]!.id : null;
      yield paymentRow(ctx, story.c, story.user, p, payout);
    }
  },
  *platform(ctx, pl) {
    for (const p of pl.payments) yield paymentRow(ctx, -1, null, p, null);
  },
};

function refundRow(ctx: Ctx, c: number, p: StoryPayment): string | null {
  const { w } = ctx;
  if (p.refund) {
    const r = p.refund;
    const requester = w.u('refund-req', p.key) < 0.5 ? w.staff.support : w.staff.finance;
    const second = r.amount > 50_000;
    const approvedAt = r.t - 3 * MINUTE;
    return [
      ctx.money.refundId(p.key), p.id, money(r.amount), text(r.reason), r.stripeReason, 'SUCCEEDED', requester, w.staff.finance, ts(approvedAt), second ? '2' : '1',
      second ? w.staff.finance2 : nul, second ? ts(approvedAt + MINUTE) : nul, ctx.stripe.refund(c, p), `refund_${ctx.money.refundId(p.key)}`, ts(r.t - MINUTE), ts(r.t),
      json({ requested_via: 'support_console' }), ts(r.t - 20 * MINUTE), ts(r.t),
    ].join('\t') + '\n';
  }
  if (p.pendingRefund) {
    const r = p.pendingRefund;
    const second = r.amount > 50_000;
    return [
      ctx.money.refundId(p.key), p.id, money(r.amount), text(r.reason), 'requested_by_customer', 'PENDING_APPROVAL', w.staff.support, second && w.u('refund-first', p.key) < 0.5 ? w.staff.finance : nul,
      second && w.u('refund-first', p.key) < 0.5 ? ts(r.t + 30 * MINUTE) : nul, second ? '2' : '1', nul, nul, nul, `refund_${ctx.money.refundId(p.key)}`, nul, nul,
      json({ requested_via: 'support_console', ticket: `SUP-${40_000 + (p.key % 9_000)}` }), ts(r.t), ts(r.t),
    ].join('\t') + '\n';
  }
  return null;
}

export const refunds: TableGen = {
  table: 'refunds',
  columns: [
    'id', 'payment_id', 'amount', 'reason', 'stripe_reason', 'status', 'requested_by_id', 'approved_by_id', 'approved_at', 'required_approvals', 'second_approved_by_id',
    'second_approved_at', 'stripe_refund_id', 'idempotency_key', 'processed_at', 'succeeded_at', 'metadata', 'created_at', 'updated_at',
  ],
  estimate: (ctx) => Math.round(ctx.w.n * 0.01),
  rows: (ctx) => moneyRows(ctx, refundParts),
};

const refundParts: MoneyParts = {
  *story(ctx, story) {
    for (const p of story.payments) {
      const row = refundRow(ctx, story.c, p);
      if (row) yield row;
    }
  },
  *platform(ctx, pl) {
    for (const p of pl.payments) {
      const row = refundRow(ctx, -1, p);
      if (row) yield row;
    }
  },
};

export const transactions: TableGen = {
  table: 'transactions',
  columns: ['id', 'user_id', 'transaction_type', 'amount', 'balance_before', 'balance_after', 'description', 'external_reference', 'payment_id', 'payout_id', 'refund_id', 'created_by_id', 'metadata', 'created_at'],
  estimate: (ctx) => Math.round(ctx.w.n * (ctx.w.profile === 'demo' ? 1.2 : 0.4)),
  rows: (ctx) => moneyRows(ctx, transactionParts),
};

const transactionParts: MoneyParts = {
  *story(ctx, story) {
    const { w } = ctx;
    {
      const byKey = new Map<number, StoryPayment>();
      for (const p of story.payments) byKey.set(p.key, p);
      const uid = w.userId(story.user);
      for (const e of story.ledger) {
        const payment = e.paymentKey !== undefined ? byKey.get(e.paymentKey) : undefined;
        const payout = e.payoutIndex !== undefined ? story.payouts[e.payoutIndex] : undefined;
        let ref: string | null = null;
        if (e.refundKey !== undefined && payment) ref = ctx.stripe.refund(story.c, payment);
        else if (payment) ref = stripeRefs(ctx, story.c, payment)?.pi ?? null;
        else if (payout && payout.status === 'PAID' && w.connectAccountId(story.c)) ref = ctx.stripe.transfer(story.c, payout).tr;
        const actor = e.type === 'PAYOUT' || e.type === 'PAYOUT_REVERSAL' ? payout?.approvers[payout.approvers.length - 1] ?? null : e.refundKey !== undefined ? w.staff.finance : null;
        yield [
          e.id, uid, e.type, money(e.amount), money(e.before), money(e.after), text(e.description), text(ref), payment ? payment.id : nul, payout ? payout.id : nul,
          e.refundKey !== undefined ? ctx.money.refundId(e.refundKey) : nul, idOr(actor), nul, ts(e.t),
        ].join('\t') + '\n';
      }
    }
  },
};

export const payoutApprovals: TableGen = {
  table: 'payout_approvals',
  columns: ['id', 'payout_id', 'approver_id', 'decision', 'approved_amount', 'note', 'created_at'],
  estimate: (ctx) => Math.round(ctx.w.sizes.creators * 2),
  rows: (ctx) => moneyRows(ctx, approvalParts),
};

const approvalParts: MoneyParts = {
  *story(ctx, story) {
    const { w } = ctx;
    const space = w.space('payout-approval');
    {
      for (const p of story.payouts) {
        const base = story.c * 64 + p.index * 4;
        for (let a = 0; a < p.approvers.length; a++) {
          const at = p.processedAt !== null ? p.processedAt - (p.approvers.length - a) * 45 * MINUTE : p.createdAt + (3 + a) * HOUR;
          const note = a === 1 ? 'Second approval: checked earnings breakdown and Connect status' : p.requiredApprovals === 2 ? 'First approval (above threshold)' : null;
          yield `${space.id(base + a)}\t${p.id}\t${p.approvers[a]}\tAPPROVED\t${money(p.amount)}\t${text(note)}\t${ts(Math.min(w.now - MINUTE, at))}\n`;
        }
        if (p.status === 'CANCELLED' && p.cancelledAt !== null) yield `${space.id(base + 3)}\t${p.id}\t${w.staff.finance}\tREJECTED\t${nul}\t${text(p.cancellation)}\t${ts(p.cancelledAt)}\n`;
      }
    }
  },
};

/** All six money tables in one pass over the stories (the scale seeder's grouped job). */
export const MONEY_GROUP = {
  name: 'money',
  tables: [subscriptions, payouts, payments, refunds, transactions, payoutApprovals],
  *rows(ctx: Ctx): Generator<[number, string]> {
    const parts = [subscriptionParts, payoutParts, paymentParts, refundParts, transactionParts, approvalParts];
    for (const story of eachStory(ctx)) for (let t = 0; t < parts.length; t++) for (const line of parts[t]!.story(ctx, story)) yield [t, line];
    for (const pl of platformOf(ctx)) for (let t = 0; t < parts.length; t++) if (parts[t]!.platform) for (const line of parts[t]!.platform!(ctx, pl)) yield [t, line];
  },
};
