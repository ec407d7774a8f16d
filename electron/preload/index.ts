// The only bridge between the sandboxed page and the main process: one named function per
// procedure of the contract (no raw ipcRenderer, no arbitrary channel), frozen.
import { contextBridge, ipcRenderer } from 'electron';
import { PROCEDURE_NAMES } from '../api/contract';

const CALL_CHANNEL = 'sfc:call';

const api = Object.freeze(
  Object.fromEntries(PROCEDURE_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(CALL_CHANNEL, name, input)])),
);

contextBridge.exposeInMainWorld('sfc', Object.freeze({ transport: 'desktop', api }));
