// The outside world the console talks to, once resolved: the platform database (or why it
// is missing), Stripe and S3. Demo and production differ only in how these are obtained.
import type Stripe from 'stripe';
import type { S3Client } from '@aws-sdk/client-s3';
import type { ConsoleMode, ServiceState } from '../api/contract/system';
import type { Database } from '../infra/db/database';
import type { DemoEndpoints } from './connections';

export interface Backends {
  mode: ConsoleMode;
  database: Database | null;
  databaseState: ServiceState;
  stripe: { client: Stripe; mode: 'emulator' | 'test' | 'live' } | null;
  stripeState: ServiceState;
  storage: { s3: S3Client; bucket: string; endpoint: string | null } | null;
  storageState: ServiceState;
  demo: DemoEndpoints | null;
  stop(): Promise<void>;
}

export const ok = (label: string, message?: string): ServiceState => ({ state: 'ok', label, ...(message ? { message } : {}) });
export const notConfigured = (label: string, fix: string): ServiceState => ({ state: 'not_configured', label, message: 'Not configured.', fix });
