// Prisma CLI configuration (Prisma 7). The console applies migrations itself
// (`npm run db:migrate`, see scripts/db-migrate.ts); this file serves `prisma generate`
// and, on machines where Prisma's native engine can be downloaded, `prisma migrate deploy`.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/social_flow' },
});
