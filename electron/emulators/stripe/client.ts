// A stripe-node client aimed at the emulator.
//
// stripe-node v23 takes `host`, `port`, `protocol` and `maxNetworkRetries` in its config
// (node_modules/stripe/esm/stripe.core.js: ALLOWED_CONFIG_PROPERTIES; types in lib.d.ts
// StripeConfig: `host?: string`, `port?: string | number`, `protocol?: HttpProtocol`,
// `maxNetworkRetries?: number`). Retries are off so a test sees each response as sent; note that
// the SDK still retries once, with the same Idempotency-Key, when a kept-alive connection closes.
import Stripe from 'stripe';
import { DEFAULT_EMULATOR_API_KEY } from './auth';
import type { StripeEmulator } from './emulator';

/**
 * `new Stripe(apiKey, { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0 })` for
 * the given emulator. Any `sk_test_` key works unless the emulator was started with `apiKeys`.
 */
export function stripeClientFor(emulator: Pick<StripeEmulator, 'host' | 'port'>, apiKey: string = DEFAULT_EMULATOR_API_KEY): Stripe {
  return new Stripe(apiKey, { host: emulator.host, port: emulator.port, protocol: 'http', maxNetworkRetries: 0 });
}
