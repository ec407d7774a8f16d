// The one place a Stripe client is made. Production and demo share every line below it:
// only the endpoint differs (api.stripe.com, or the local emulator in demo mode).
import Stripe from 'stripe';

export interface StripeEndpoint {
  host: string;
  port: number;
  protocol: 'http' | 'https';
}

export function createStripeClient(secretKey: string, endpoint?: StripeEndpoint): Stripe {
  return new Stripe(secretKey, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    appInfo: { name: 'Social Flow Console' },
    ...(endpoint ? { host: endpoint.host, port: endpoint.port, protocol: endpoint.protocol } : {}),
  });
}

export const stripeMode = (key: string): 'test' | 'live' => (/_live_/.test(key) ? 'live' : 'test');
export const keyHint = (key: string) => `${key.slice(0, 8)}…${key.slice(-4)}`;
