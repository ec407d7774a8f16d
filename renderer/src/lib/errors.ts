// Helpers for ApiError in forms and messages.
import type { ApiErrorCode, FieldIssue } from '@contract/errors';

interface ErrorLike {
  code?: ApiErrorCode;
  message?: string;
  fields?: FieldIssue[];
}

/** The message for one field (by dotted path), or for any nested path under it. */
export function fieldError(error: ErrorLike | null | undefined, path: string): string | undefined {
  const issues = error?.fields;
  if (!issues) return undefined;
  const exact = issues.find((issue) => issue.path === path);
  if (exact) return exact.message;
  return issues.find((issue) => issue.path.startsWith(`${path}.`))?.message;
}

/** Field issues whose path is not one of `shown`: they still need to be visible somewhere. */
export function otherFieldErrors(error: ErrorLike | null | undefined, shown: readonly string[]): FieldIssue[] {
  return (error?.fields ?? []).filter((issue) => !shown.some((path) => issue.path === path || issue.path.startsWith(`${path}.`)));
}

export const CODE_TITLES: Record<ApiErrorCode, string> = {
  VALIDATION: 'Some fields need attention',
  UNKNOWN_PROCEDURE: 'This console is out of date',
  UNAUTHENTICATED: 'Signed out',
  LOCKED: 'The console is locked',
  FORBIDDEN: 'Not permitted',
  NOT_FOUND: 'Not found',
  CONFLICT: 'Someone else changed this first',
  PRECONDITION: 'Not allowed right now',
  RATE_LIMITED: 'Too many attempts',
  UNAVAILABLE: 'A service is unavailable',
  NOT_MIGRATED: 'The database is not migrated',
  EXTERNAL: 'An external service refused',
  INTERNAL: 'Something went wrong',
};

export const isApiError = (value: unknown): value is Required<Pick<ErrorLike, 'code' | 'message'>> & ErrorLike =>
  typeof value === 'object' && value !== null && typeof (value as ErrorLike).code === 'string' && typeof (value as ErrorLike).message === 'string';
