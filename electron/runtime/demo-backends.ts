// The demo default: with nothing configured, the console brings its own world — PostgreSQL
// 18 in the data folder, migrated and seeded once with deterministic demo data; the Stripe
// emulator ("no real money") and an S3 server on loopback. The code paths above this file
// are the production ones; only the endpoints differ.
import { join } from 'node:path';
import S3rver from 's3rver';
import { startEmbeddedPostgres } from '../infra/db/embedded-postgres';
import { applyMigrations } from '../infra/db/migrator';
import { openDatabase } from '../infra/db/database';
import { createStripeClient } from '../infra/stripe/stripe-client';
import { createS3Client } from '../infra/aws/aws-config';
import { startStripeEmulator } from '../emulators/stripe';
import { ensureDemoData } from '../../prisma/seed/demo';
import type { Logger } from '../infra/log';
import { ok, type Backends } from './backends';

export const DEMO_BUCKET = 'social-flow-media';
export const DEMO_STRIPE_KEY = 'sk_test_emulatorDemoKey00000000000000';
const DEMO_AWS = { region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export async function startDemoBackends(dataDir: string, migrationsDir: string, log: Logger): Promise<Backends> {
  const root = join(dataDir, 'demo');
  log.info('starting the demo database (embedded PostgreSQL)…');
  const postgres = await startEmbeddedPostgres({ dir: join(root, 'postgres'), database: 'social_flow', log: (line) => log.debug(line) });
  const stops: (() => Promise<unknown>)[] = [() => postgres.stop()];
  try {
    const { applied } = await applyMigrations(postgres.url, migrationsDir, (line) => log.info(line));
    if (applied.length) log.info(`applied ${applied.length} migration(s)`);

    const stripe = await startStripeEmulator({ port: 0, dataDir: join(root, 'stripe'), apiKeys: [DEMO_STRIPE_KEY] });
    stops.unshift(() => stripe.close());
    const s3server = new S3rver({ port: 0, address: '127.0.0.1', directory: join(root, 's3'), silent: true, configureBuckets: [{ name: DEMO_BUCKET, configs: [] }] });
    const { port: s3Port } = await s3server.run();
    stops.unshift(() => s3server.close());
    const s3Endpoint = `http://127.0.0.1:${s3Port}`;
    const s3 = createS3Client({ ...DEMO_AWS, bucket: DEMO_BUCKET, endpoint: s3Endpoint });

    const database = openDatabase(postgres.url);
    stops.unshift(() => database.close());
    await ensureDemoData({ database, stripe: stripe.admin, s3, bucket: DEMO_BUCKET, log });

    return {
      mode: 'demo',
      database,
      databaseState: ok('Demo database (embedded PostgreSQL)'),
      stripe: { client: createStripeClient(DEMO_STRIPE_KEY, { host: stripe.host, port: stripe.port, protocol: 'http' }), mode: 'emulator' },
      stripeState: ok('Stripe emulator — no real money'),
      storage: { s3, bucket: DEMO_BUCKET, endpoint: s3Endpoint },
      storageState: ok('Local S3 (s3rver)'),
      demo: { databaseUrl: postgres.url, stripeUrl: stripe.url, s3Endpoint, bucket: DEMO_BUCKET },
      async stop() {
        for (const stop of stops) await stop().catch(() => {});
      },
    };
  } catch (error) {
    for (const stop of stops) await stop().catch(() => {});
    throw error;
  }
}
