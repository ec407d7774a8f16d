// Where the built renderer and the migrations are, for the bundled entry points
// (out/main/*.js) and for a packaged app (electron-builder copies the migrations into the
// app's resources folder).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AppPaths {
  root: string;
  rendererDir: string;
  migrationsDir: string;
}

export function appPaths(resourcesPath?: string): AppPaths {
  const root = projectRoot(dirname(fileURLToPath(import.meta.url)));
  const packagedMigrations = resourcesPath ? join(resourcesPath, 'migrations') : null;
  return {
    root,
    rendererDir: join(root, 'out', 'renderer'),
    migrationsDir: packagedMigrations && existsSync(packagedMigrations) ? packagedMigrations : join(root, 'prisma', 'migrations'),
  };
}

/**
 * The nearest folder above the running bundle with a package.json: the project, or app.asar
 * in a packaged app. Searched rather than counted because the bundler decides whether this code
 * lands in out/main/<entry>.js or in a shared chunk one level deeper.
 */
function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dir === dirname(dir)) throw new Error(`No package.json above ${from}: cannot locate the console's files.`);
  }
}
