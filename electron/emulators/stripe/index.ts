// Stripe emulator — no real money.
//
// A local, stateful emulator of the Stripe API endpoints the console uses (connected accounts,
// balance, transfers and reversals, payouts, payment intents and charges, refunds), spoken to by
// the real `stripe` SDK over HTTP on 127.0.0.1, with Stripe's idempotency semantics and error
// shapes. Serves the tests and the product's demo mode. Plain Node: never imports electron.
export { startStripeEmulator, type StripeEmulator, type StripeEmulatorOptions } from './emulator';
export { stripeClientFor } from './client';
export type {
  AccountPatch,
  AccountSeed,
  BalanceSeed,
  BalanceSnapshot,
  EmulatorAdmin,
  EmulatorCounts,
  PaymentSeed,
  PayoutSeed,
  RefundSeed,
  ReversalSeed,
  TransferSeed,
} from './admin';
export type * from './objects';
export { StripeApiError } from './errors';
export { DEFAULT_EMULATOR_API_KEY } from './auth';
export { EMULATOR_API_VERSION, HEALTH_PATH, STRIPE_EMULATOR_LABEL } from './server';
