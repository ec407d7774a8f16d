// Stripe's idempotency layer (https://docs.stripe.com/api/idempotent_requests):
//
// - A POST carrying `Idempotency-Key` is keyed by (account, key). The first request that reaches
//   an endpoint saves its status code and body; later requests with the same key and the same
//   endpoint and parameters get that saved response back, byte for byte (`Idempotent-Replayed:
//   true`), including saved errors.
// - The same key on another endpoint, or with other parameters → 400 idempotency_error.
// - While the first request is still executing, another with the same key → 409 (nothing saved).
// - Keys are pruned once they are 24 hours old; a reused pruned key starts a new request.
//
// This module is pure bookkeeping (no I/O): the server journals saved records itself.
import { createHash } from 'node:crypto';
import { canonicalize, type FormObject } from './form';

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

export interface SavedResponse {
  status: number;
  /** The exact bytes of the JSON body sent the first time. */
  body: string;
  /** Request-Id of the request that produced it (sent back as `Original-Request`). */
  requestId: string;
}

export interface IdempotencyRecord {
  scope: string;
  key: string;
  method: string;
  path: string;
  fingerprint: string;
  createdMs: number;
  response: SavedResponse;
}

export type BeginResult =
  | { kind: 'proceed' }
  | { kind: 'replay'; record: IdempotencyRecord }
  | { kind: 'endpoint_mismatch'; record: IdempotencyRecord }
  | { kind: 'params_mismatch'; record: IdempotencyRecord }
  | { kind: 'in_flight' };

/** A digest of the request's parameters, independent of the order they were sent in. */
export function requestFingerprint(params: FormObject): string {
  return createHash('sha256').update(canonicalize(params)).digest('hex');
}

function mapKey(scope: string, key: string): string {
  return `${scope}\u0000${key}`;
}

export class IdempotencyStore {
  /** Saved records in insertion (= creation time) order, so expiry can sweep from the front. */
  private readonly records = new Map<string, IdempotencyRecord>();
  private readonly inFlight = new Set<string>();

  constructor(private readonly ttlMs: number = IDEMPOTENCY_TTL_MS) {}

  /**
   * Looks the key up and, when the request may proceed, marks it in flight. The caller must then
   * call `complete` (response saved) or `release` (nothing saved) exactly once.
   */
  begin(scope: string, key: string, method: string, path: string, fingerprint: string, nowMs: number): BeginResult {
    this.sweep(nowMs);
    const id = mapKey(scope, key);
    if (this.inFlight.has(id)) return { kind: 'in_flight' };
    const record = this.records.get(id);
    if (record && nowMs - record.createdMs < this.ttlMs) {
      if (record.method !== method || record.path !== path) return { kind: 'endpoint_mismatch', record };
      if (record.fingerprint !== fingerprint) return { kind: 'params_mismatch', record };
      return { kind: 'replay', record };
    }
    if (record) this.records.delete(id);
    this.inFlight.add(id);
    return { kind: 'proceed' };
  }

  /** Saves the response of a request that `begin` let proceed. */
  complete(record: IdempotencyRecord): void {
    const id = mapKey(record.scope, record.key);
    this.inFlight.delete(id);
    this.records.delete(id); // re-insert at the end: insertion order stays creation order
    this.records.set(id, record);
  }

  /** Ends an in-flight request without saving anything (validation failures, 409s). */
  release(scope: string, key: string): void {
    this.inFlight.delete(mapKey(scope, key));
  }

  /** Restores a record read back from the journal. */
  load(record: IdempotencyRecord): void {
    this.complete(record);
  }

  isInFlight(scope: string, key: string): boolean {
    return this.inFlight.has(mapKey(scope, key));
  }

  /** Drops records older than the TTL. Amortised O(1): expired records sit at the front. */
  sweep(nowMs: number): void {
    for (const [id, record] of this.records) {
      if (nowMs - record.createdMs < this.ttlMs) break;
      this.records.delete(id);
    }
  }

  /** Records still live at `nowMs` (for journal compaction). */
  live(nowMs: number): IdempotencyRecord[] {
    this.sweep(nowMs);
    return [...this.records.values()];
  }

  get size(): number {
    return this.records.size;
  }
}
