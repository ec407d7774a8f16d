// `npm run bench [-- --scale <users>] [--reset] [--only <text>]`
//
// Seeds (or reuses) the scale data set — 1,000,000 users by default, see scripts/db-seed.ts —
// then runs every measure in tests/bench/measures/*.ts, each beside its naive counterpart, and
// prints one table that starts with how the data set was seeded (time, peak RSS). Results are
// also written to tests/artifacts/bench-<timestamp>.json.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openDatabase } from '../../electron/infra/db/database';
import { ensureScaleDataSet } from '../../prisma/seed/scale-target';
import { peakRssMb } from '../../prisma/seed/scale';
import { Rng } from '../../prisma/seed/lib/prng';
import { formatTable, runMeasure, type Measure, type MeasureResult } from './measure';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
}

const users = Number((arg('scale') ?? '1000000').replace(/[_,]/g, ''));
const only = arg('only');
if (!Number.isInteger(users) || users < 100) {
  console.error('Usage: npm run bench [-- --scale <users>] [--reset] [--only <measure name part>]');
  process.exit(2);
}

const here = dirname(fileURLToPath(import.meta.url));
const log = (line: string) => console.log(line);

const { target, marker, seeded } = await ensureScaleDataSet({ users, reset: process.argv.includes('--reset'), log });
const db = openDatabase(target.url, { max: 12, applicationName: 'social-flow-bench' });
const results: MeasureResult[] = [];
try {
  const files = readdirSync(join(here, 'measures')).filter((f) => f.endsWith('.ts')).sort();
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(here, 'measures', file)).href)) as { default: Measure<unknown> | Measure<unknown>[] };
    for (const measure of [mod.default].flat()) {
      if (only && !measure.name.toLowerCase().includes(only.toLowerCase())) continue;
      log(`running ${measure.name}…`);
      const result = await runMeasure(measure, { db, pool: db.pool, scale: marker.scale, rng: new Rng(20261122, measure.name) });
      results.push(result);
      if (result.error) log(`  failed: ${result.error}`);
    }
  }
  const gib = (marker.databaseBytes / 1024 ** 3).toFixed(1);
  const header = [
    `Social Flow Console benchmarks — ${target.label}`,
    `data set: ${marker.scale.toLocaleString('en-US')} users, ${marker.totalRows.toLocaleString('en-US')} rows, ${gib} GiB; ` +
      `seeded ${seeded ? 'in this run' : `at ${marker.at}`} in ${marker.seconds.toFixed(1)} s, seeder peak RSS ${marker.peakRssMb} MB` +
      (seeded ? '' : ` (reused; this run's peak RSS ${peakRssMb()} MB)`),
    `video_views ${(marker.rows.video_views ?? 0).toLocaleString('en-US')} · ad_impressions ${(marker.rows.ad_impressions ?? 0).toLocaleString('en-US')} · moderation_cases ${(marker.rows.moderation_cases ?? 0).toLocaleString('en-US')} · audit_log ${(marker.rows.audit_log ?? 0).toLocaleString('en-US')}`,
  ];
  const table = formatTable(header, results);
  console.log('\n' + table);
  const artifacts = join(process.cwd(), 'tests', 'artifacts');
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(join(artifacts, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify({ marker, seeded, results }, null, 2));
} finally {
  await db.close();
  await target.stop();
}
if (results.some((r) => r.error)) process.exitCode = 1;
