// API keys: `Authorization: Bearer sk_test_…` or Basic auth with the key as the user name (as
// `curl -u sk_test_…:` sends it). Missing or unknown keys → 401, as on Stripe. Live keys are
// refused outright: the emulator moves no real money and must never be mistaken for Stripe.
import { apiKeyInvalid, apiKeyMissing } from './errors';

export const DEFAULT_EMULATOR_API_KEY = 'sk_test_emulator_no_real_money';

const TEST_KEY = /^(sk|rk)_test_[A-Za-z0-9_]+$/;

/** The key as Stripe prints it: prefix, asterisks, last four (`sk_test_********1234`). */
export function maskKey(key: string): string {
  const second = key.indexOf('_', key.indexOf('_') + 1);
  const prefixLength = second === -1 ? 0 : second + 1;
  const visible = 4;
  if (key.length <= prefixLength + visible) return `${key.slice(0, prefixLength)}****`;
  return `${key.slice(0, prefixLength)}${'*'.repeat(key.length - prefixLength - visible)}${key.slice(-visible)}`;
}

/** Extracts the API key from an Authorization header value (undefined when absent or empty). */
export function apiKeyFrom(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const value = header.trim();
  const space = value.indexOf(' ');
  if (space === -1) return undefined;
  const scheme = value.slice(0, space).toLowerCase();
  const credentials = value.slice(space + 1).trim();
  if (scheme === 'bearer') return credentials === '' ? undefined : credentials;
  if (scheme === 'basic') {
    const decoded = Buffer.from(credentials, 'base64').toString('utf8');
    const user = decoded.split(':')[0] ?? '';
    return user === '' ? undefined : user;
  }
  return undefined;
}

/**
 * Validates the request's key. With an explicit list only those keys are accepted; otherwise any
 * well-formed test-mode secret or restricted key is.
 */
export function authenticate(header: string | undefined, accepted: ReadonlySet<string> | null): { key: string; masked: string } {
  const key = apiKeyFrom(header);
  if (key === undefined) throw apiKeyMissing();
  const masked = maskKey(key);
  const ok = accepted ? accepted.has(key) : TEST_KEY.test(key);
  if (!ok) throw apiKeyInvalid(masked);
  return { key, masked };
}
