// Stripe-looking identifiers: a prefix and random base62 characters.
//
// Real object ids are `<prefix>_1` followed by 23 base62 characters (acct_ ids are shorter,
// request ids are `req_` + 14). Randomness comes from node:crypto, with rejection sampling so
// every base62 character is equally likely.
import { randomBytes } from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Random base62 string of the given length (uniform; 248 = 4 × 62 is the rejection bound). */
export function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    const bytes = randomBytes(length * 2);
    for (const byte of bytes) {
      if (byte < 248) {
        out += BASE62[byte % 62];
        if (out.length === length) break;
      }
    }
  }
  return out;
}

export type IdPrefix = 'acct' | 'tr' | 'trr' | 'po' | 'pi' | 'ch' | 're' | 'txn' | 'py' | 'pyr' | 'pm' | 'ba' | 'cus';

/** Lengths of the random part, chosen to match what Stripe returns for each prefix. */
const RANDOM_LENGTH: Record<IdPrefix, number> = {
  acct: 15,
  tr: 23,
  trr: 23,
  po: 23,
  pi: 23,
  ch: 23,
  re: 23,
  txn: 23,
  py: 23,
  pyr: 23,
  pm: 23,
  ba: 23,
  cus: 13,
};

/** A new object id, e.g. `tr_1Q2w3E4r5T6y7U8i9O0pAsDf`. */
export function newId(prefix: IdPrefix): string {
  return `${prefix}_1${randomBase62(RANDOM_LENGTH[prefix])}`;
}

/** A new request id, e.g. `req_kCeAL5FAly5bkh` (Stripe's are `req_` + 14 base62). */
export function newRequestId(): string {
  return `req_${randomBase62(14)}`;
}

/** The prefix of an id (`tr_abc` → `tr`), or undefined when it has none. */
export function idPrefix(id: string): string | undefined {
  const at = id.indexOf('_');
  return at > 0 ? id.slice(0, at) : undefined;
}
