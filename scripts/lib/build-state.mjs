// Is out/ older than the sources? `npm start` rebuilds only then.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['electron', 'renderer', 'prisma/schema', 'prisma/seed', 'prisma/generated', 'package.json', 'electron.vite.config.ts'];
const OUTPUTS = ['out/main/index.js', 'out/main/web.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
export const STAMP = 'out/.build-stamp';

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    max = Math.max(max, newest(join(path, entry)));
  }
  return max;
}

export function buildIsCurrent(root) {
  if (!OUTPUTS.every((file) => existsSync(join(root, file))) || !existsSync(join(root, STAMP))) return false;
  const built = statSync(join(root, STAMP)).mtimeMs;
  return SOURCES.every((source) => newest(join(root, source)) <= built);
}

export function markBuilt(root) {
  writeFileSync(join(root, STAMP), new Date().toISOString() + '\n');
}
