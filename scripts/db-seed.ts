// `npm run db:seed -- --scale <users> [--reset] [--parallel <n>]`
//
// Seeds the benchmark data set: <users> users with proportional videos, posts, comments,
// follows, views, ad impressions, payments, payouts, ledger, moderation cases, notifications…
// streamed with COPY. Target: DATABASE_URL when set (it must be empty, or pass --reset to drop
// and recreate it), otherwise an embedded PostgreSQL cluster in .data/bench, started and
// stopped here. Prints the time, rows per second per table and the peak RSS, and records a
// marker that `npm run bench` reuses.
import { ensureScaleDataSet } from '../prisma/seed/scale-target.ts';
import { peakRssMb } from '../prisma/seed/scale.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const inline = process.argv.find((a) => a.startsWith(`--${name}=`));
  return inline?.split('=')[1];
}

const users = Number((arg('scale') ?? '').replace(/[_,]/g, ''));
if (!Number.isInteger(users) || users < 100 || users > 9_000_000) {
  console.error('Usage: npm run db:seed -- --scale <users> [--reset] [--parallel <n>]\n  e.g. npm run db:seed -- --scale 1000000   (100 ≤ users ≤ 9,000,000)');
  process.exit(2);
}
const parallel = Number(arg('parallel') ?? 2);
const reset = process.argv.includes('--reset');
const log = (line: string) => console.log(line);

try {
  const { target, marker, seeded } = await ensureScaleDataSet({ users, reset, parallel, log });
  await target.stop();
  if (!seeded) {
    console.log(`Nothing to do: ${target.label} already holds the scale-${users} data set (seeded in ${marker.seconds} s). Pass --reset to seed it again.`);
  } else {
    const pad = (s: string, n: number) => s.padStart(n);
    console.log(`\nSeeded ${seeded.totalRows.toLocaleString('en-US')} rows for ${users.toLocaleString('en-US')} users into ${target.label} in ${seeded.seconds.toFixed(1)} s`);
    console.log(`peak RSS ${peakRssMb()} MB · database size ${(seeded.databaseBytes / 1024 ** 3).toFixed(2)} GiB · ${seeded.replicaMode ? 'session_replication_role = replica' : 'foreign keys re-validated'}\n`);
    console.log(`${'table'.padEnd(28)}${pad('rows', 14)}${pad('COPY s', 9)}${pad('rows/s', 12)}`);
    for (const t of [...seeded.tables].sort((a, b) => b.rows - a.rows)) {
      console.log(`${t.table.padEnd(28)}${pad(t.rows.toLocaleString('en-US'), 14)}${pad((t.ms / 1000).toFixed(1), 9)}${pad(t.rowsPerSecond.toLocaleString('en-US'), 12)}`);
    }
    console.log('\nphases: ' + seeded.phases.map((p) => `${p.label} ${p.seconds.toFixed(1)} s`).join(' · '));
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
