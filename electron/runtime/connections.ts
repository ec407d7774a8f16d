// Saved connections: read from and written to the OS keychain only. The renderer learns
// whether each is set and its non-secret parts (host, user, region, a key hint), never the
// secret itself. Saving takes effect on the next start of the console's connections.
import { HeadBucketCommand } from '@aws-sdk/client-s3';
import pg from 'pg';
import type { z } from 'zod';
import { ApiError } from '../api/contract/errors';
import type { ConnectionKind, ConnectionsView, ConnectionTestResult, DatabaseConnectionView, connectionInput } from '../api/contract/connections';
import type { KeychainState } from '../infra/secrets/secret-store';
import { SECRET_ACCOUNTS } from '../infra/secrets/secret-store';
import { createStripeClient, keyHint, stripeMode } from '../infra/stripe/stripe-client';
import { createS3Client, type AwsConfig } from '../infra/aws/aws-config';
import { migrationState } from '../infra/db/migrator';
import type { Database } from '../infra/db/database';
import { command } from '../domain/command';
import type { Actor } from '../domain/audit/audit-writer';

type ConnectionInput = z.infer<typeof connectionInput>;
type TestInput = ConnectionInput | { kind: ConnectionKind; saved: true };

export interface DemoEndpoints {
  databaseUrl: string;
  stripeUrl: string;
  s3Endpoint: string;
  bucket: string;
}

function databaseView(url: string | null, source: DatabaseConnectionView['source']): DatabaseConnectionView {
  if (!url) return { configured: false, source: 'none', host: null, port: null, database: null, user: null };
  try {
    const u = new URL(url);
    return { configured: true, source, host: u.hostname, port: Number(u.port || 5432), database: decodeURIComponent(u.pathname.slice(1)), user: decodeURIComponent(u.username) || null };
  } catch {
    return { configured: true, source, host: null, port: null, database: null, user: null };
  }
}

export function parseAws(json: string | null): AwsConfig | null {
  if (!json) return null;
  try {
    const parsed = JSON.parse(json) as AwsConfig;
    return parsed.region && parsed.accessKeyId && parsed.secretAccessKey && parsed.bucket ? parsed : null;
  } catch {
    return null;
  }
}

export class ConnectionManager {
  private restartRequired = false;

  constructor(
    private readonly deps: {
      keychain: KeychainState;
      demo: DemoEndpoints | null;
      migrationsDir: string;
      db: () => Database | null;
    },
  ) {}

  async saved(kind: ConnectionKind): Promise<string | null> {
    if (!this.deps.keychain.available) return null;
    return this.deps.keychain.store.get(SECRET_ACCOUNTS[kind]);
  }

  async view(): Promise<ConnectionsView> {
    const keychain = this.deps.keychain;
    const [database, replica, stripe, aws] = await Promise.all([
      this.saved('database'),
      this.saved('replica'),
      this.saved('stripe'),
      this.saved('aws'),
    ]);
    const demo = this.deps.demo;
    const awsConfig = parseAws(aws);
    return {
      keychain: { available: keychain.available, message: keychain.available ? null : keychain.reason },
      database: database ? databaseView(database, 'keychain') : demo ? databaseView(demo.databaseUrl, 'demo') : databaseView(null, 'none'),
      replica: databaseView(replica, 'keychain'),
      stripe: stripe
        ? { configured: true, source: 'keychain', mode: stripeMode(stripe), keyHint: keyHint(stripe) }
        : demo
          ? { configured: true, source: 'demo', mode: 'emulator', keyHint: 'local emulator — no real money' }
          : { configured: false, source: 'none', mode: null, keyHint: null },
      aws: awsConfig
        ? { configured: true, source: 'keychain', region: awsConfig.region, bucket: awsConfig.bucket, accessKeyHint: `${awsConfig.accessKeyId.slice(0, 4)}…${awsConfig.accessKeyId.slice(-4)}`, endpoint: null }
        : demo
          ? { configured: true, source: 'demo', region: 'us-east-1', bucket: demo.bucket, accessKeyHint: null, endpoint: demo.s3Endpoint }
          : { configured: false, source: 'none', region: null, bucket: null, accessKeyHint: null, endpoint: null },
      restartRequired: this.restartRequired,
    };
  }

  async save(input: ConnectionInput, actor: Actor): Promise<ConnectionsView> {
    const store = this.requireKeychain();
    const value = input.kind === 'database' || input.kind === 'replica' ? input.url : input.kind === 'stripe' ? input.secretKey : JSON.stringify({ region: input.region, accessKeyId: input.accessKeyId, secretAccessKey: input.secretAccessKey, bucket: input.bucket });
    await store.set(SECRET_ACCOUNTS[input.kind], value);
    this.restartRequired = true;
    const view = await this.view();
    await this.audit(actor, 'connections.save', input.kind, view);
    return view;
  }

  async remove(kind: ConnectionKind, actor: Actor): Promise<ConnectionsView> {
    const store = this.requireKeychain();
    await store.delete(SECRET_ACCOUNTS[kind]);
    this.restartRequired = true;
    const view = await this.view();
    await this.audit(actor, 'connections.remove', kind, view);
    return view;
  }

  async test(input: TestInput): Promise<ConnectionTestResult> {
    const started = performance.now();
    const done = (ok: boolean, message: string): ConnectionTestResult => ({ ok, message, latencyMs: Math.round(performance.now() - started) });
    const value = 'saved' in input ? await this.saved(input.kind) : null;
    if ('saved' in input && !value) return done(false, 'Nothing is saved for this connection.');
    try {
      switch (input.kind) {
        case 'database':
        case 'replica':
          return done(true, await this.testDatabase('url' in input ? input.url : value!));
        case 'stripe': {
          const key = 'secretKey' in input ? input.secretKey : value!;
          const balance = await createStripeClient(key).balance.retrieve();
          const available = balance.available.map((b) => `${(b.amount / 100).toFixed(2)} ${b.currency.toUpperCase()}`).join(', ');
          return done(true, `Connected to Stripe (${stripeMode(key)} mode). Available balance: ${available || 'none'}.`);
        }
        case 'aws': {
          const config = 'bucket' in input ? input : parseAws(value);
          if (!config) return done(false, 'The saved AWS credentials are incomplete.');
          await createS3Client(config).send(new HeadBucketCommand({ Bucket: config.bucket }));
          return done(true, `Connected to S3 bucket ${config.bucket} in ${config.region}.`);
        }
      }
    } catch (error) {
      return done(false, error instanceof Error ? error.message.slice(0, 300) : 'The connection failed.');
    }
  }

  private async testDatabase(url: string): Promise<string> {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    await client.connect();
    try {
      const version = (await client.query<{ v: string }>('SHOW server_version')).rows[0]?.v ?? '?';
      const state = await migrationState(url, this.deps.migrationsDir);
      const migrations = state.pending.length === 0 ? `all ${state.applied.length} migrations applied` : `${state.pending.length} migration(s) pending — apply them with npm run db:migrate`;
      return `Connected to PostgreSQL ${version}; ${migrations}.`;
    } finally {
      await client.end();
    }
  }

  /** Records that an admin applied the saved connections (the restart follows). */
  async recordApply(actor: Actor): Promise<void> {
    await this.audit(actor, 'connections.apply', 'database', await this.view());
  }

  private requireKeychain() {
    if (!this.deps.keychain.available) throw new ApiError({ code: 'UNAVAILABLE', message: this.deps.keychain.reason });
    return this.deps.keychain.store;
  }

  private async audit(actor: Actor, action: string, kind: ConnectionKind, view: ConnectionsView): Promise<void> {
    const db = this.deps.db();
    if (!db) return;
    await command(db, actor, (_tx, audit) => audit({ action, tableName: 'connections', operation: 'ACTION', targetId: kind, after: view[kind] }));
  }
}
