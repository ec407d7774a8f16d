// Production: connections come from the OS keychain. A database that is unreachable or not
// migrated does not stop the console: it starts, says which, and says how to fix it.
import type { KeychainState } from '../infra/secrets/secret-store';
import { SECRET_ACCOUNTS } from '../infra/secrets/secret-store';
import { describeUrl, openDatabase, type Database } from '../infra/db/database';
import { migrationState } from '../infra/db/migrator';
import { createStripeClient, stripeMode } from '../infra/stripe/stripe-client';
import { createS3Client } from '../infra/aws/aws-config';
import type { ServiceState } from '../api/contract/system';
import type { Logger } from '../infra/log';
import { ok, notConfigured, type Backends } from './backends';
import { parseAws } from './connections';

async function checkDatabase(url: string, migrationsDir: string): Promise<{ database: Database | null; state: ServiceState }> {
  const label = describeUrl(url);
  const database = openDatabase(url);
  try {
    await database.pool.query('SELECT 1');
  } catch (error) {
    await database.close();
    return {
      database: null,
      state: {
        state: 'unreachable',
        label,
        message: `Cannot reach the database at ${label}: ${error instanceof Error ? error.message : String(error)}`,
        fix: 'Check that the server is running and the saved URL is right (Settings → Connections), or remove the saved connection to return to the demo.',
      },
    };
  }
  const migrations = await migrationState(url, migrationsDir);
  if (migrations.pending.length || migrations.failed.length) {
    return {
      database,
      state: {
        state: 'not_migrated',
        label,
        message: `The database at ${label} is missing ${migrations.pending.length} migration(s) (${migrations.pending[0] ?? migrations.failed[0]}…).`,
        fix: 'Apply them from a terminal: DATABASE_URL=<the URL> npm run db:migrate',
      },
    };
  }
  return { database, state: ok(label) };
}

export async function connectProductionBackends(keychain: Extract<KeychainState, { available: true }>, migrationsDir: string, log: Logger): Promise<Backends> {
  const store = keychain.store;
  const [databaseUrl, stripeKey, awsJson] = await Promise.all([
    store.get(SECRET_ACCOUNTS.database),
    store.get(SECRET_ACCOUNTS.stripe),
    store.get(SECRET_ACCOUNTS.aws),
  ]);
  const { database, state } = await checkDatabase(databaseUrl!, migrationsDir);
  if (state.state !== 'ok') log.warn(state.message ?? 'database not ready');
  const aws = parseAws(awsJson);
  return {
    mode: 'production',
    database: state.state === 'ok' ? database : null,
    databaseState: state,
    stripe: stripeKey ? { client: createStripeClient(stripeKey), mode: stripeMode(stripeKey) } : null,
    stripeState: stripeKey ? ok(`Stripe (${stripeMode(stripeKey)} mode)`) : notConfigured('Stripe', 'Add the Stripe secret key in Settings → Connections.'),
    storage: aws ? { s3: createS3Client(aws), bucket: aws.bucket, endpoint: null } : null,
    storageState: aws ? ok(`S3 ${aws.bucket} (${aws.region})`) : notConfigured('S3', 'Add AWS credentials and the media bucket in Settings → Connections.'),
    demo: null,
    async stop() {
      await database?.close();
    },
  };
}
