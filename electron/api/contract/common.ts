// Reusable input pieces. Every string has an upper bound: oversized input is rejected at the
// boundary with a message naming the field.
import { z } from 'zod';

export const uuid = z.uuid({ message: 'must be a UUID' });
export const reason = z
  .string()
  .trim()
  .min(3, 'give a reason of at least 3 characters')
  .max(2000, 'keep the reason under 2000 characters');
export const isoDateTime = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' });
export const limit = (max: number, fallback: number) => z.number().int().min(1).max(max).default(fallback);
export const cursor = z.string().max(500).optional();

/** A value that may be masked for the caller's role. */
export interface MaskedValue {
  value: string | null;
  masked: boolean;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** ISO 8601 timestamps cross the boundary as strings (same over IPC and HTTP). */
export type IsoDate = string;
