// Holds the running console runtime and can replace it: after connections change in
// Settings ("apply now"), or when a saved database is unreachable and the console falls
// back to the demo. Transports hold the host's dispatcher, which always reaches the
// current runtime; a restart signs everyone out (sessions belong to a runtime).
import type { Dispatcher } from '../api/dispatcher';
import { startRuntime, type ConsoleRuntime, type RuntimeOptions } from './runtime';

export interface RuntimeHost {
  dispatcher: Dispatcher;
  current(): ConsoleRuntime;
  restart(reason: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startRuntimeHost(options: Omit<RuntimeOptions, 'requestRestart'>): Promise<RuntimeHost> {
  let restarting: Promise<void> | null = null;
  const requestRestart = (reason: string) => {
    // After the call that asked for it has answered.
    setTimeout(() => void host.restart(reason), 50);
  };
  let runtime = await startRuntime({ ...options, requestRestart });

  const host: RuntimeHost = {
    dispatcher: { call: (name, input, caller) => runtime.dispatcher.call(name, input, caller) },
    current: () => runtime,
    async restart(reason) {
      if (restarting) return restarting;
      restarting = (async () => {
        options.log.info(`restarting the console's connections: ${reason}`);
        const previous = runtime;
        // Stop first: the demo database cannot be opened twice from one data folder.
        await previous.stop();
        try {
          runtime = await startRuntime({ ...options, requestRestart });
        } catch (error) {
          options.log.error('restart failed; trying once more', { error: String(error) });
          runtime = await startRuntime({ ...options, requestRestart });
        }
      })().finally(() => (restarting = null));
      return restarting;
    },
    stop: () => runtime.stop(),
  };
  return host;
}
