// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL and records them in
// _prisma_migrations as Prisma Migrate does (see electron/infra/db/migrator.ts).
import { join } from 'node:path';
import { applyMigrations, migrationState } from '../electron/infra/db/migrator.ts';
import { describeUrl } from '../electron/infra/db/database.ts';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL to the platform database, e.g.\n  DATABASE_URL=postgresql://user:password@host:5432/social_flow npm run db:migrate');
  process.exit(2);
}
const dir = join(process.cwd(), 'prisma', 'migrations');
try {
  if (process.argv.includes('--status')) {
    const state = await migrationState(url, dir);
    console.log(`${describeUrl(url)}: ${state.applied.length} applied, ${state.pending.length} pending${state.pending.length ? ` (${state.pending.join(', ')})` : ''}`);
    process.exit(state.pending.length ? 1 : 0);
  }
  const { applied } = await applyMigrations(url, dir, (line) => console.log(line));
  console.log(applied.length ? `Applied ${applied.length} migration(s) to ${describeUrl(url)}.` : `${describeUrl(url)} is up to date.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
