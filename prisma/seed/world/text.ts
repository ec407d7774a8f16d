// Small text helpers shared by the table generators.
import { esc } from '../lib/copy';
import { mix32, type Rng } from '../lib/prng';
import { BIO_TEMPLATES, CREATOR_NICHES, EMAIL_DOMAINS, WEEKDAYS, type Region } from '../lib/vocab';

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const h32 = (x: number) => HEX[x >>> 24]! + HEX[(x >>> 16) & 255]! + HEX[(x >>> 8) & 255]! + HEX[x & 255]!;

/** 64 hex characters, unique per (salt, i): the first 8 are a bijection of i. */
export function hex64(salt: number, i: number): string {
  let h = mix32((i >>> 0) ^ salt);
  let out = h32(h);
  for (let k = 0; k < 7; k++) {
    h = mix32(h + 0x9e3779b9 + k);
    out += h32(h);
  }
  return out;
}

/** Fills {niche}, {city}, … placeholders. */
export function fill(template: string, rng: Rng, region: Region, extra: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    switch (name) {
      case 'niche':
        return rng.pick(CREATOR_NICHES);
      case 'niche2':
        return rng.pick(CREATOR_NICHES);
      case 'city':
        return rng.pick(region.cities);
      case 'day':
        return rng.pick(WEEKDAYS);
      case 'domain':
        return rng.pick(EMAIL_DOMAINS);
      case 'year':
        return '2026';
      case 'n':
        return String(2 + rng.int(40));
      case 'tz':
        return region.timezone.split('/')[1]!.replace(/_/g, ' ') + ' time';
      default:
        return extra[name] ?? name;
    }
  });
}

export function bioFor(rng: Rng, region: Region): string | null {
  const text = fill(rng.pick(BIO_TEMPLATES), rng, region);
  return text ? text : null;
}

/** Escaped JSON for a COPY text column. */
export const json = (value: unknown): string => esc(JSON.stringify(value));

/** Escaped text, or NULL. */
export const text = (value: string | null | undefined): string => (value === null || value === undefined ? '\\N' : esc(value));

export const bool = (b: boolean): string => (b ? 't' : 'f');

export const nul = '\\N';

/** An id or NULL. */
export const idOr = (id: string | null | undefined): string => id ?? '\\N';

/** A Postgres array literal of simple strings (escaped for COPY). */
export function arr(items: readonly string[]): string {
  if (!items.length) return '{}';
  return esc('{' + items.map((s) => '"' + s.replace(/["\\]/g, (c) => `\\${c}`) + '"').join(',') + '}');
}
