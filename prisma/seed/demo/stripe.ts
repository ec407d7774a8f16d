// The demo's money in the Stripe emulator: every creator's Connect account in its readiness
// state, every Stripe-processed payment as a succeeded payment intent (so refunds work), every
// refund, every PAID payout's transfer (and the connected account's bank payout), and a platform
// balance that covers the pending payouts.
import type { AccountPatch, EmulatorAdmin } from '../../../electron/emulators/stripe';
import type { StripeIds } from '../world/ctx';
import type { MoneyModel, StoryPayment, StoryPayout } from '../world/money';
import type { ConnectState, World } from '../world/world';

const sec = (ms: number) => Math.floor(ms / 1000);

function accountSeed(state: ConnectState, now: number): AccountPatch | null {
  switch (state) {
    case 'READY':
      return { capabilities: { transfers: 'active', card_payments: 'active' }, payouts_enabled: true, charges_enabled: true, details_submitted: true };
    case 'CURRENTLY_DUE':
      return { capabilities: { transfers: 'active', card_payments: 'active' }, payouts_enabled: true, charges_enabled: true, details_submitted: true, requirements: { currently_due: ['individual.verification.document'], eventually_due: ['individual.verification.document'], current_deadline: sec(now) + 9 * 86_400 } };
    case 'PAST_DUE':
      return { capabilities: { transfers: 'inactive', card_payments: 'inactive' }, payouts_enabled: false, charges_enabled: false, details_submitted: true, requirements: { past_due: ['individual.id_number', 'individual.verification.document'], currently_due: ['individual.id_number', 'individual.verification.document'], disabled_reason: 'requirements.past_due' } };
    case 'PAYOUTS_DISABLED':
      return { capabilities: { transfers: 'active', card_payments: 'active' }, payouts_enabled: false, charges_enabled: true, details_submitted: true, requirements: { currently_due: ['external_account'], disabled_reason: null } };
    case 'REJECTED':
      return { capabilities: { transfers: 'inactive', card_payments: 'inactive' }, payouts_enabled: false, charges_enabled: false, details_submitted: true, requirements: { disabled_reason: 'rejected.fraud' } };
    default:
      return null;
  }
}

/** Creates (or, after an interrupted first start, updates) every creator's connected account. */
export function seedConnectAccounts(w: World, admin: EmulatorAdmin): number {
  let n = 0;
  for (let c = 0; c < w.sizes.creators; c++) {
    const id = w.connectAccountId(c);
    const seed = accountSeed(w.connectState(c), w.now);
    if (!id || !seed) continue;
    const i = w.creatorUser(c);
    const name = w.userName(i);
    if (admin.get(id)) {
      admin.updateAccount(id, seed);
    } else {
      admin.createAccount({
        id,
        email: w.userEmail(i, name.username),
        businessName: `${name.first} ${name.last}`,
        country: name.region.countries[0],
        created: sec(Math.max(w.userCreatedAt(i) + 86_400_000, w.now - 2 * 365 * 86_400_000)),
        metadata: { user_id: w.userId(i) },
        ...seed,
      });
    }
    n++;
  }
  return n;
}

/** Stripe ids backed by real emulator objects, created on first use and remembered. */
export function emulatorStripe(w: World, money: MoneyModel, admin: EmulatorAdmin): StripeIds & { counts(): { payments: number; refunds: number; transfers: number } } {
  const intents = new Map<number, { pi: string; ch: string }>();
  const refunds = new Map<number, string>();
  const transfers = new Map<string, { tr: string; po: string }>();
  const intent = (p: StoryPayment) => {
    let ids = intents.get(p.key);
    if (!ids) {
      const r = admin.createSucceededPaymentIntent({
        amount: p.amount,
        currency: 'usd',
        customer: w.stripeCustomerId(p.payer),
        description: `${p.kind.toLowerCase().replace('_', ' ')} ${p.id}`,
        metadata: { payment_id: p.id },
        created: sec(p.t),
      });
      ids = { pi: r.paymentIntent.id, ch: r.charge.id };
      intents.set(p.key, ids);
    }
    return ids;
  };
  return {
    paymentIntent: (_c, p) => intent(p),
    refund(_c, p) {
      let id = refunds.get(p.key);
      if (!id) {
        const r = p.refund!;
        id = admin.createRefund({ paymentIntent: intent(p).pi, amount: r.amount, reason: r.stripeReason, created: sec(r.t), metadata: { refund_id: money.refundId(p.key) } }).id;
        refunds.set(p.key, id);
      }
      return id;
    },
    transfer(c: number, payout: StoryPayout) {
      let ids = transfers.get(payout.id);
      if (!ids) {
        const destination = w.connectAccountId(c)!;
        const tr = admin.createTransfer({ amount: payout.amount, destination, transferGroup: payout.id, description: `Payout ${payout.id}`, metadata: { payout_id: payout.id }, created: sec(payout.processedAt!) });
        const po = admin.createPayout({ amount: payout.amount, account: destination, description: 'Social Flow earnings', metadata: { payout_id: payout.id }, created: sec(payout.paidAt!) });
        ids = { tr: tr.id, po: po.id };
        transfers.set(payout.id, ids);
      }
      return ids;
    },
    counts: () => ({ payments: intents.size, refunds: refunds.size, transfers: transfers.size }),
  };
}
