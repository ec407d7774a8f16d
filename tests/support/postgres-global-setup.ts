// Vitest global setup for integration tests: one throwaway PostgreSQL 18 cluster per run,
// with a template database that has every migration applied. Test files clone it
// (CREATE DATABASE … TEMPLATE) so each file starts from the same migrated, empty state.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../electron/infra/db/embedded-postgres.ts';
import { applyMigrations } from '../../electron/infra/db/migrator.ts';

export const TEMPLATE_DATABASE = 'sfc_template';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresMaintenanceUrl: string;
    postgresTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'sfc-test-pg-'));
  const server = await startEmbeddedPostgres({
    dir,
    database: TEMPLATE_DATABASE,
    // Durability is irrelevant for a throwaway cluster; speed is not.
    settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: '200' },
  });
  await applyMigrations(server.url, join(process.cwd(), 'prisma', 'migrations'));
  project.provide('postgresMaintenanceUrl', server.urlFor('postgres'));
  project.provide('postgresTemplate', TEMPLATE_DATABASE);
  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
