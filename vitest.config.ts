import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/postgres-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file gets its own database cloned from a migrated template; two workers
          // keep this 2-core machine busy without starving Postgres.
          maxWorkers: 2,
        },
      },
      {
        test: { name: 'keychain', include: ['tests/keychain/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
    ],
  },
});
