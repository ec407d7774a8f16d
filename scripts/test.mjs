// `npm test`: everything CI runs, in order, stopping at the first failure — lint, types,
// the build, unit tests, integration tests on a real PostgreSQL, the keychain tests on a
// real Secret Service, and end-to-end tests in Chromium against the browser mode.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { markBuilt } from './lib/build-state.mjs';

const root = process.cwd();
const bin = (name) => join(root, 'node_modules', '.bin', name);
const only = process.argv.slice(2);

const steps = [
  ['lint', [bin('eslint'), '--max-warnings', '0', '.']],
  ['typecheck', [bin('tsc'), '-p', 'tsconfig.node.json', '--noEmit'], [bin('tsc'), '-p', 'tsconfig.web.json', '--noEmit']],
  ['build', [bin('electron-vite'), 'build']],
  ['unit', [bin('vitest'), 'run', '--project', 'unit']],
  ['integration', [bin('vitest'), 'run', '--project', 'integration']],
  ['keychain', [process.execPath, join('scripts', 'with-keyring.mjs'), bin('vitest'), 'run', '--project', 'keychain']],
  ['e2e', [bin('playwright'), 'test']],
];

const results = [];
for (const [name, ...commands] of steps) {
  if (only.length && !only.includes(name)) continue;
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  let status = 0;
  for (const [cmd, ...args] of commands) {
    status = spawnSync(cmd, args, { stdio: 'inherit', cwd: root }).status ?? 1;
    if (status !== 0) break;
  }
  if (name === 'build' && status === 0) markBuilt(root);
  results.push({ name, ok: status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  if (status !== 0) break;
}

console.log('\n  step          result   seconds');
for (const r of results) console.log(`  ${r.name.padEnd(13)} ${r.ok ? 'pass' : 'FAIL'}     ${r.seconds.padStart(6)}`);
const failed = results.find((r) => !r.ok);
if (failed) {
  console.log(`\n${failed.name} failed.`);
  process.exit(1);
}
console.log('\nAll checks passed.');
