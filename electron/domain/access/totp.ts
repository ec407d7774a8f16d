// RFC 6238 time-based one-time passwords (SHA-1, 30 s steps, 6 digits): what authenticator
// apps implement and what the platform stores in users.two_factor_secret (base32).
import { createHmac, timingSafeEqual } from 'node:crypto';

const STEP_SECONDS = 30;
const DIGITS = 6;

export function decodeBase32(input: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const clean = input.toUpperCase().replace(/[\s=-]/g, '');
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = alphabet.indexOf(char);
    if (index < 0) throw new Error('TOTP secret is not base32');
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

export function totpAt(secretBase32: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const digest = createHmac('sha1', decodeBase32(secretBase32)).update(counter).digest();
  const offset = digest[digest.length - 1]! & 0x0f;
  const binary = (digest.readUInt32BE(offset) & 0x7fffffff) % 10 ** DIGITS;
  return binary.toString().padStart(DIGITS, '0');
}

export const stepOf = (date: Date) => Math.floor(date.getTime() / 1000 / STEP_SECONDS);

/**
 * Checks a code against the current step and one step either side (clock drift). Returns the
 * matching step so the caller can refuse a replay of the same code, or null.
 */
export function verifyTotp(secretBase32: string, code: string, now: Date, window = 1): number | null {
  const current = stepOf(now);
  for (let delta = -window; delta <= window; delta++) {
    const expected = Buffer.from(totpAt(secretBase32, current + delta));
    const given = Buffer.from(code.padStart(DIGITS, '0').slice(-DIGITS));
    if (expected.length === given.length && timingSafeEqual(expected, given)) return current + delta;
  }
  return null;
}
