// A fresh, migrated, empty database for one integration test file.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createDatabaseIfMissing } from '../../electron/infra/db/embedded-postgres.ts';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const maintenanceUrl = inject('postgresMaintenanceUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  await createDatabaseIfMissing(maintenanceUrl, name, inject('postgresTemplate'));
  const url = new URL(maintenanceUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const client = new pg.Client({ connectionString: maintenanceUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
