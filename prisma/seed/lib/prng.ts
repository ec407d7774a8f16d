// Deterministic randomness for the seeders.
//
// Every generated value is a pure function of (seed, stream, index): a row's random choices
// come from a small PRNG (mulberry32) whose state is derived from the row's index, so any row
// can be generated on its own, in any order, by any pass, and always comes out the same. This
// is what lets the scale seeder stream tables without keeping earlier rows in memory, and lets
// a cheap pre-pass count children (followers, comments per post…) before the parents are
// written.

/** murmur3's 32-bit finaliser: a bijection on uint32 with good avalanche. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** FNV-1a of a string, mixed: the salt of a named stream. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h >>> 0);
}

/** A uniform float in [0, 1) from one uint32. */
export const unit = (x: number): number => x / 4294967296;

/**
 * A reusable row PRNG. `at(i)` positions it on row i of its stream; the following calls draw
 * that row's values. One instance per stream, reused for every row (no allocation per row).
 */
export class Rng {
  private state = 0;
  readonly salt: number;

  constructor(seed: number, stream: string) {
    this.salt = mix32(hashString(stream) ^ mix32(seed >>> 0));
  }

  /** Positions the generator on item `i` (and optional sub-item `j`) of this stream. */
  at(i: number, j = 0): this {
    this.state = mix32(mix32((i >>> 0) ^ this.salt) + Math.imul(j + 1, 0x9e3779b9)) ^ Math.floor(i / 4294967296);
    return this;
  }

  /** Next uint32 (mulberry32). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  float(): number {
    return this.next() / 4294967296;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** Integer in [lo, hi] (inclusive). */
  range(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)]!;
  }

  /** Picks by weight: `weights[i]` for `items[i]`. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.float() * total;
    for (let i = 0; i < items.length; i++) {
      x -= weights[i]!;
      if (x < 0) return items[i]!;
    }
    return items[items.length - 1]!;
  }

  /** Skewed integer in [0, n): small values far more likely (power law with exponent k). */
  skewed(n: number, k = 3): number {
    return Math.min(n - 1, Math.floor(Math.pow(this.float(), k) * n));
  }

  /** Approximately normal (mean, sd), by summing uniforms. */
  normal(mean: number, sd: number): number {
    return mean + sd * (this.float() + this.float() + this.float() + this.float() - 2) * 1.732;
  }
}

/** A precomputed weighted picker for hot loops: O(log n) per draw, no allocation. */
export class WeightedTable<T> {
  private readonly cumulative: Float64Array;
  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    this.cumulative = new Float64Array(items.length);
    let total = 0;
    weights.forEach((w, i) => (this.cumulative[i] = total += w));
    for (let i = 0; i < this.cumulative.length; i++) this.cumulative[i]! /= total;
  }
  pick(rng: Rng): T {
    return this.items[this.pickIndex(rng)]!;
  }
  pickIndex(rng: Rng): number {
    const x = rng.float();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * Deterministic, random-looking version-4 UUIDs: `uuidFor(space, i)` is unique for every i of
 * one space (the first 32 bits are a bijection of i), and differs between spaces and seeds.
 */
export class UuidSpace {
  private readonly a: number;
  private readonly b: number;
  constructor(seed: number, space: string) {
    this.a = mix32(hashString(space) ^ mix32(seed >>> 0));
    this.b = mix32(this.a ^ 0x5bd1e995);
  }
  id(i: number): string {
    const h1 = mix32((i >>> 0) ^ this.a);
    const h2 = mix32(h1 ^ this.b);
    const h3 = mix32(h2 + 0x9e3779b9);
    const h4 = mix32(h3 ^ this.a);
    return (
      HEX[h1 >>> 24]! + HEX[(h1 >>> 16) & 255]! + HEX[(h1 >>> 8) & 255]! + HEX[h1 & 255]! + '-' +
      HEX[h2 >>> 24]! + HEX[(h2 >>> 16) & 255]! + '-' + HEX[0x40 | ((h2 >>> 8) & 15)]! + HEX[h2 & 255]! + '-' +
      HEX[0x80 | ((h3 >>> 24) & 0x3f)]! + HEX[(h3 >>> 16) & 255]! + '-' + HEX[(h3 >>> 8) & 255]! + HEX[h3 & 255]! +
      HEX[h4 >>> 24]! + HEX[(h4 >>> 16) & 255]! + HEX[(h4 >>> 8) & 255]! + HEX[h4 & 255]!
    );
  }

  /** The 16 bytes of id(i) as four words (version and variant bits not yet applied; BinaryRows applies them). */
  words(i: number, out: Uint32Array): Uint32Array {
    const h1 = mix32((i >>> 0) ^ this.a);
    const h2 = mix32(h1 ^ this.b);
    const h3 = mix32(h2 + 0x9e3779b9);
    out[0] = h1;
    out[1] = h2;
    out[2] = h3;
    out[3] = mix32(h3 ^ this.a);
    return out;
  }
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * A Stripe-style id (`cus_…`, `acct_1…`, `pi_3…`): a unique base62 head derived from i (a
 * bijection, so unique per space) followed by random-looking base62 characters.
 */
export function stripeStyleId(prefix: string, salt: number, i: number, length: number): string {
  let head = mix32((i >>> 0) ^ salt);
  let out = '';
  for (let k = 0; k < 6; k++) {
    out += BASE62[head % 62];
    head = Math.floor(head / 62);
  }
  let tail = mix32(i ^ mix32(salt));
  while (out.length < length) {
    tail = mix32(tail + 0x6d2b79f5);
    out += BASE62[tail % 62];
  }
  return `${prefix}${out}`;
}

/**
 * A UUIDv7-style id as 16 bytes: a 48-bit millisecond prefix (ordering), version 7, and random
 * bits from a and b. Ids made with increasing `ms` sort in that order (uuid compares bytes).
 */
export function uuid7Bytes(ms: number, a: number, b: number, out: Uint8Array): Uint8Array {
  const hi = Math.floor(ms / 65536);
  const lo = ms - hi * 65536;
  out[0] = (hi >>> 24) & 255;
  out[1] = (hi >>> 16) & 255;
  out[2] = (hi >>> 8) & 255;
  out[3] = hi & 255;
  out[4] = (lo >>> 8) & 255;
  out[5] = lo & 255;
  out[6] = 0x70 | ((a >>> 28) & 15);
  out[7] = (a >>> 20) & 255;
  out[8] = 0x80 | ((a >>> 14) & 63);
  out[9] = (a >>> 6) & 255;
  out[10] = (b >>> 24) & 255;
  out[11] = (b >>> 16) & 255;
  out[12] = (b >>> 8) & 255;
  out[13] = b & 255;
  out[14] = (a << 2) & 255;
  out[15] = (a ^ b ^ (b >>> 8)) & 255;
  return out;
}

/** The text form of uuid7Bytes. */
export function uuid7(ms: number, a: number, b: number): string {
  return uuidText(uuid7Bytes(ms, a, b, UUID7_SCRATCH));
}

/** The text form of 16 uuid bytes. */
export function uuidText(x: Uint8Array): string {
  let s = '';
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) s += '-';
    s += HEX[x[i]!]!;
  }
  return s;
}

const UUID7_SCRATCH = new Uint8Array(16);
