// What every table generator gets: the world, its social graph and money model, and the
// provider of external (Stripe) ids — closed-form fakes for benchmark data, the Stripe
// emulator's real objects for the demo.
import { MoneyModel, type StoryPayment, type StoryPayout } from './money';
import { Social } from './social';
import { World, type WorldOptions } from './world';

export interface StripeIds {
  /** The payment intent and charge of a Stripe-processed payment. */
  paymentIntent(c: number, p: StoryPayment): { pi: string; ch: string };
  /** The refund object of a refunded payment. */
  refund(c: number, p: StoryPayment): string;
  /** The transfer (platform → connected account) and the connected account's bank payout of a PAID payout. */
  transfer(c: number, payout: StoryPayout): { tr: string; po: string };
}

export interface Ctx {
  w: World;
  social: Social;
  money: MoneyModel;
  stripe: StripeIds;
}

export function createCtx(options: WorldOptions, stripe?: (ctx: Omit<Ctx, 'stripe'>) => StripeIds): Ctx {
  const w = new World(options);
  const base = { w, social: new Social(w), money: new MoneyModel(w) };
  return { ...base, stripe: stripe ? stripe(base) : fakeStripe(base.money) };
}

/** Deterministic Stripe-shaped ids for data that never meets Stripe (benchmarks). */
export function fakeStripe(money: MoneyModel): StripeIds {
  return {
    paymentIntent: (_c, p) => money.fakePaymentIntent(p.key),
    refund: (_c, p) => money.fakeRefund(p.key),
    transfer: (c, payout) => ({ tr: money.fakeTransfer(c, payout.index), po: money.fakeConnectPayout(c, payout.index) }),
  };
}
