// Turns whatever a handler threw into an error a person can act on. Known failures keep
// their meaning (a unique violation is a conflict, an unreachable database is unavailable);
// anything else is INTERNAL with no internals leaked.
import { ApiError, type ApiErrorShape } from './contract/errors';

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH', '57P01', '57P03', '08006', '08001', 'P1001', 'P1002', 'P1017']);

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { code?: unknown; cause?: unknown; meta?: { code?: unknown } };
  if (typeof e.code === 'string') return e.code;
  if (typeof e.meta?.code === 'string') return e.meta.code;
  return codeOf(e.cause);
}

export function describeFailure(error: unknown): ApiErrorShape {
  if (error instanceof ApiError) return error.toShape();
  const code = codeOf(error);
  const message = error instanceof Error ? error.message : '';
  if (code && CONNECTION_CODES.has(code)) {
    return { code: 'UNAVAILABLE', message: 'The database cannot be reached right now. Check the connection in Settings; nothing was changed.' };
  }
  if (code === 'P2025') return { code: 'NOT_FOUND', message: 'The record no longer exists.' };
  if (code === 'P2002' || code === '23505') return { code: 'CONFLICT', message: 'That already exists (a unique value is taken). Nothing was changed.' };
  if (code === 'P2034' || code === '40001' || code === '40P01') {
    return { code: 'CONFLICT', message: 'Someone else changed this at the same moment. Reload and try again; nothing was changed.' };
  }
  if (code === '42P01' || /relation .* does not exist/.test(message)) {
    return { code: 'NOT_MIGRATED', message: 'The database is missing tables: apply the migrations (npm run db:migrate).' };
  }
  return { code: 'INTERNAL', message: 'Something went wrong inside the console; nothing was changed. The details are in the log.' };
}
