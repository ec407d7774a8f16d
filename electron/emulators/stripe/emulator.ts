// startStripeEmulator: the state (replayed from the journal when a data directory is given), the
// HTTP server on 127.0.0.1, and the admin API.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdmin, type EmulatorAdmin } from './admin';
import { Journal } from './journal';
import { buildRouter } from './routes';
import { createRequestHandler } from './server';
import { EmulatorState, type JournalOp } from './state';

export interface StripeEmulatorOptions {
  /** TCP port on 127.0.0.1; 0 or omitted picks a free one. */
  port?: number;
  /** Directory for the journal (state survives restarts); omitted = in memory only. */
  dataDir?: string;
  /** Secret keys accepted; omitted = any `sk_test_…` / `rk_test_…` key. */
  apiKeys?: string[];
  /** One line per request and internal error; silent when omitted. */
  log?: (line: string) => void;
  /** Simulated processing time per request in ms (0 by default; also settable via admin). */
  processingDelayMs?: number;
  /** Wall clock in ms (tests); Date.now by default. `admin.advanceTime` moves it forward. */
  clock?: () => number;
}

export interface StripeEmulator {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  host: '127.0.0.1';
  port: number;
  /** Stops accepting requests, lets those in progress finish, closes the journal. */
  close(): Promise<void>;
  admin: EmulatorAdmin;
}

/** Rewrite the journal at start when it holds over twice the operations its state needs. */
function shouldCompact(state: EmulatorState): boolean {
  return state.opsInJournal > 10_000 && state.opsInJournal > 2 * state.liveOpCount();
}

export async function startStripeEmulator(options: StripeEmulatorOptions = {}): Promise<StripeEmulator> {
  const log = options.log ?? (() => undefined);
  let journal: Journal<JournalOp> | null = null;
  let state: EmulatorState;
  if (options.dataDir !== undefined) {
    const opened = Journal.open<JournalOp>(options.dataDir);
    journal = opened.journal;
    try {
      state = new EmulatorState(journal, options.clock ?? Date.now);
      state.replay(opened.replay.ops);
      if (opened.replay.truncatedBytes > 0) {
        log(`stripe-emulator: dropped a torn last journal line (${opened.replay.truncatedBytes} bytes)`);
      }
      if (shouldCompact(state)) {
        const before = state.opsInJournal;
        const lines = state.snapshot();
        journal.rewrite(lines);
        state.opsInJournal = lines.reduce((sum, line) => sum + line.length, 0);
        log(`stripe-emulator: compacted the journal from ${before} to ${state.opsInJournal} operations`);
      }
    } catch (error) {
      journal.close();
      throw error;
    }
  } else {
    state = new EmulatorState(null, options.clock ?? Date.now);
  }

  let delayMs = options.processingDelayMs ?? 0;
  const handler = createRequestHandler({
    state,
    router: buildRouter(),
    acceptedKeys: options.apiKeys ? new Set(options.apiKeys) : null,
    processingDelayMs: () => delayMs,
    log,
  });

  const inFlight = new Set<Promise<void>>();
  const server: Server = createServer((req, res) => {
    const done = handler(req, res).finally(() => inFlight.delete(done));
    inFlight.add(done);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    journal?.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  log(`stripe-emulator: listening on http://127.0.0.1:${port}${options.dataDir ? ` (data in ${options.dataDir})` : ' (in memory)'}`);

  let closing: Promise<void> | null = null;
  return {
    url: `http://127.0.0.1:${port}`,
    host: '127.0.0.1',
    port,
    admin: createAdmin(state, (ms) => {
      delayMs = ms;
    }),
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        await Promise.allSettled([...inFlight]);
        server.closeAllConnections();
        await stopped;
        journal?.close();
      })();
      return closing;
    },
  };
}
