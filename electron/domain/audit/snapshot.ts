// Before/after images for the audit log: JSON-safe (dates as ISO strings, bigints and
// decimals as strings) and scrubbed of every field the schema marks `@sensitive(secret)`,
// so a password hash or 2FA secret can never be copied into the log.
import { secretFieldNames } from '../datamodel';

const SECRET_FIELDS = secretFieldNames();

export function toAuditJson(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(toAuditJson);
  if (typeof value === 'object') {
    // Prisma's Decimal (decimal.js) and similar value objects serialise through toJSON/toString.
    if (typeof (value as { toFixed?: unknown }).toFixed === 'function' && typeof (value as { d?: unknown }).d !== 'undefined') {
      return String(value);
    }
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
      if (SECRET_FIELDS.has(key)) continue;
      out[key] = toAuditJson(field);
    }
    return out;
  }
  return value;
}

/** The fields of `row` named in `keys`, audit-safe. */
export function pickAudit<T extends object, K extends keyof T>(row: T, keys: readonly K[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of keys) picked[key as string] = row[key];
  return toAuditJson(picked) as Record<string, unknown>;
}
