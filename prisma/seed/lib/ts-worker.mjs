// Bootstraps a worker thread that runs TypeScript (the seeders' load workers): registers tsx's
// loader in this thread, then imports the entry module named in workerData.entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
