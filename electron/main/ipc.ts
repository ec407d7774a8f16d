// The desktop transport: one IPC channel, answered only for the app's own top frame, for
// procedure names in the contract only (checked again by the dispatcher). Each window is
// bound to at most one console session; the renderer never sees a session id.
import { ipcMain } from 'electron';
import type { Dispatcher } from '../api/dispatcher';
import { isProcedureName } from '../api/contract';
import { isTrustedSender } from './security';

export const CALL_CHANNEL = 'sfc:call';

export function registerIpc(dispatcher: Dispatcher, onRefused: (reason: string) => void): void {
  const sessionsByWindow = new Map<number, string>();
  ipcMain.handle(CALL_CHANNEL, async (event, name: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame)) {
      onRefused(`IPC from untrusted frame ${event.senderFrame?.url ?? '(gone)'}`);
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Refused: not the console window.' } };
    }
    if (!isProcedureName(name)) return { ok: false, error: { code: 'UNKNOWN_PROCEDURE', message: 'Unknown procedure.' } };
    const windowId = event.sender.id;
    event.sender.once('destroyed', () => sessionsByWindow.delete(windowId));
    return dispatcher.call(name, input, {
      transport: 'desktop',
      sessionId: sessionsByWindow.get(windowId) ?? null,
      clientKey: `desktop:${windowId}`,
      ip: null,
      bindSession(sessionId) {
        if (sessionId) sessionsByWindow.set(windowId, sessionId);
        else sessionsByWindow.delete(windowId);
      },
    });
  });
}
