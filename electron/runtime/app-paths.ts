// Where the built renderer and the migrations are, for the bundled entry points
// (out/main/*.js) and for a packaged app (electron-builder copies the migrations into the
// app's resources folder).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AppPaths {
  root: string;
  rendererDir: string;
  migrationsDir: string;
}

export function appPaths(resourcesPath?: string): AppPaths {
  // out/main/<entry>.js → the project (or app.asar) root two levels up.
  const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
  const packagedMigrations = resourcesPath ? join(resourcesPath, 'migrations') : null;
  return {
    root,
    rendererDir: join(root, 'out', 'renderer'),
    migrationsDir: packagedMigrations && existsSync(packagedMigrations) ? packagedMigrations : join(root, 'prisma', 'migrations'),
  };
}
