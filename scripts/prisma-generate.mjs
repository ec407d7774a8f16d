// Generates the Prisma client from prisma/schema. Prisma's CLI downloads its native schema
// engine before `generate`, even though generate never runs it; where that download is
// impossible (offline machines) we point PRISMA_SCHEMA_ENGINE_BINARY at an existing file,
// for this child process only.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
if (!existsSync(join(root, 'prisma', 'schema'))) process.exit(0);

const engines = join(root, 'node_modules', '@prisma', 'engines');
const hasSchemaEngine =
  existsSync(engines) && readdirSync(engines).some((name) => name.startsWith('schema-engine'));
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
if (!hasSchemaEngine && !env.PRISMA_SCHEMA_ENGINE_BINARY) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
const prismaCli = join(root, 'node_modules', 'prisma', 'build', 'index.js');
const result = spawnSync(process.execPath, [prismaCli, 'generate'], { stdio: 'inherit', env, cwd: root });
if (result.status !== 0) process.exit(result.status ?? 1);

const datamodel = spawnSync(process.execPath, [join('scripts', 'datamodel-export.mjs')], {
  stdio: 'inherit',
  cwd: root,
});
process.exit(datamodel.status ?? 1);
