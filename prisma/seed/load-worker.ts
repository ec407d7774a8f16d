// A worker thread of the scale seeder: rebuilds the same (deterministic) world and job list
// as the main thread, then runs the COPY jobs the main thread hands it, on its own connection.
// Generating rows in two threads keeps both cores busy while PostgreSQL ingests them.
import { parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';
import { longestFirst, planJobs, runGroupJob, runJob, type WorkerLoadOptions } from './lib/bulk';
import { createCtx, WORLD_GROUPS, WORLD_TABLES } from './world';

/** What a worker thread is told: the load options minus what only the main thread needs. */
export type LoadWorkerData = Omit<WorkerLoadOptions, 'workers' | 'jobs' | 'onJob'> & { entry: string };

export type LoadWorkerMessage =
  | { type: 'ready'; jobs: number }
  | { type: 'done'; index: number; rows: number; counts: Record<string, number>; ms: number }
  | { type: 'error'; index: number; message: string }
  | { type: 'stopped' };

const data = workerData as LoadWorkerData;
const port = parentPort!;
const post = (m: LoadWorkerMessage) => port.postMessage(m);
const ctx = createCtx({ seed: data.seed, users: data.users, now: data.now, profile: 'scale' });
const jobs = longestFirst(ctx, planJobs(ctx, WORLD_TABLES.filter((t) => data.tables.includes(t.table)), { perPartition: true, freezable: new Set(data.freezable), groups: WORLD_GROUPS.filter((g) => data.groups.includes(g.name)) }));
const client = new pg.Client({ connectionString: data.url, application_name: 'social-flow-seed-worker' });
await client.connect();

port.on('message', (m: { type: 'run'; index: number } | { type: 'stop' }) => {
  void (async () => {
    if (m.type === 'stop') {
      await client.end().catch(() => {});
      post({ type: 'stopped' });
      return;
    }
    const started = performance.now();
    try {
      const job = jobs[m.index]!;
      const counts = job.group
        ? await runGroupJob(async () => {
            const c = new pg.Client({ connectionString: data.url, application_name: 'social-flow-seed-worker' });
            await c.connect();
            return { client: c, release: () => c.end() };
          }, ctx, job.group, { replica: data.replica })
        : new Map([[job.gen.table, await runJob(client, ctx, job, { replica: data.replica })]]);
      const rows = [...counts.values()].reduce((a, b) => a + b, 0);
      post({ type: 'done', index: m.index, rows, counts: Object.fromEntries(counts), ms: performance.now() - started });
    } catch (error) {
      post({ type: 'error', index: m.index, message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
post({ type: 'ready', jobs: jobs.length });
