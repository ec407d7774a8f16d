// Work the console does on its own: on start-up and then on a timer. Each job is
// idempotent (safe to repeat, safe with several consoles running), and a failing run is
// logged and retried at the next tick, never fatal.
import type { Logger } from '../infra/log';

export interface Job {
  name: string;
  everyMs: number;
  run(): Promise<unknown>;
}

export function startScheduler(jobs: Job[], log: Logger): { stop(): void; runNow(name: string): Promise<void> } {
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<string>();
  const runJob = async (job: Job) => {
    if (running.has(job.name)) return; // the previous run is still going
    running.add(job.name);
    try {
      const result = await job.run();
      if (typeof result === 'number' && result > 0) log.info(`${job.name}: ${result}`);
    } catch (error) {
      log.warn(`${job.name} failed; will retry`, { error: error instanceof Error ? error.message : String(error) });
    } finally {
      running.delete(job.name);
    }
  };
  for (const job of jobs) {
    void runJob(job);
    const timer = setInterval(() => void runJob(job), job.everyMs);
    timer.unref();
    timers.push(timer);
  }
  return {
    stop: () => timers.forEach(clearInterval),
    runNow: async (name) => {
      const job = jobs.find((j) => j.name === name);
      if (job) await runJob(job);
    },
  };
}
