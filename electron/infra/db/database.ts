// The console's handle on a Postgres database: one pg pool, shared by Prisma (through its
// pg driver adapter) and by the few paths that need SQL Prisma cannot express (SKIP LOCKED
// claims, trigram search, keyset pages over any table, COPY).
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../../../prisma/generated/client';

export type Prisma = PrismaClient;
/** The client handed to `$transaction(async (tx) => …)` callbacks. */
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

export interface Database {
  prisma: PrismaClient;
  pool: pg.Pool;
  /** host:port/database, for messages; never the password. */
  label: string;
  close(): Promise<void>;
}

// Postgres returns bigint (int8) as strings by default; counts and ids fit in a JS number
// only below 2^53, so keep strings for int8 and let callers convert where it is safe.
export function openDatabase(url: string, options: { max?: number; applicationName?: string } = {}): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    application_name: options.applicationName ?? 'social-flow-console',
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its connection must not crash the main process.
  pool.on('error', () => {});
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    prisma,
    pool,
    label: describeUrl(url),
    async close() {
      await prisma.$disconnect();
      await pool.end().catch(() => {});
    },
  };
}

export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'an invalid database URL';
  }
}
