// Errors as they cross the process boundary: a code the UI can branch on, a sentence a
// person can act on, and, for validation errors, the fields at fault.
export type ApiErrorCode =
  | 'VALIDATION' // input failed its schema; `fields` says which and why
  | 'UNKNOWN_PROCEDURE'
  | 'UNAUTHENTICATED' // not signed in (or the session ended)
  | 'LOCKED' // signed in, but the idle lock is on: unlock first
  | 'FORBIDDEN' // signed in, without the permission
  | 'NOT_FOUND'
  | 'CONFLICT' // someone else changed it first / stale version / already done
  | 'PRECONDITION' // not allowed in the current state (state machine)
  | 'RATE_LIMITED'
  | 'UNAVAILABLE' // a dependency (database, keychain, Stripe, AWS) cannot be reached
  | 'NOT_MIGRATED'
  | 'EXTERNAL' // an external service refused (Stripe / AWS), with its reason
  | 'INTERNAL';

export interface FieldIssue {
  /** Dotted path of the field, e.g. `endsAt` or `filters.0.value`. */
  path: string;
  message: string;
}

export interface ApiErrorShape {
  code: ApiErrorCode;
  message: string;
  fields?: FieldIssue[];
  /** Seconds until a rate-limited call may be retried. */
  retryAfter?: number;
  /** Machine-readable detail from an external service (e.g. Stripe's error code). */
  detail?: string;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ApiErrorShape };

export class ApiError extends Error implements ApiErrorShape {
  readonly code: ApiErrorCode;
  readonly fields?: FieldIssue[];
  readonly retryAfter?: number;
  readonly detail?: string;

  constructor(shape: ApiErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    if (shape.fields) this.fields = shape.fields;
    if (shape.retryAfter !== undefined) this.retryAfter = shape.retryAfter;
    if (shape.detail !== undefined) this.detail = shape.detail;
  }

  toShape(): ApiErrorShape {
    return {
      code: this.code,
      message: this.message,
      ...(this.fields ? { fields: this.fields } : {}),
      ...(this.retryAfter !== undefined ? { retryAfter: this.retryAfter } : {}),
      ...(this.detail !== undefined ? { detail: this.detail } : {}),
    };
  }
}

export const isApiErrorShape = (value: unknown): value is ApiErrorShape =>
  typeof value === 'object' && value !== null && typeof (value as ApiErrorShape).code === 'string' &&
  typeof (value as ApiErrorShape).message === 'string';
