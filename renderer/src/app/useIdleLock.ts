// Idle lock. Real input (a key or a pointer press) sends `auth.heartbeat` at most once a
// minute; the server answers with the time it will lock. At that time the console asks the
// server for its status and shows the lock screen when it says so. Mutations also count as
// activity on the server, so they push the local deadline too.
import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Me } from '@contract/system';
import { call } from '../api/client';
import { isApiError } from '../lib/errors';
import { onMutationActivity } from './query-client';
import { STATUS_KEY } from './session';
import { applyLocked, applySignedOut } from './session-cache';

const HEARTBEAT_EVERY_MS = 60_000;
const RECHECK_MS = 15_000;

export function useIdleLock(me: Me): void {
  const client = useQueryClient();
  const { locked, idleLockMinutes, id } = me;

  useEffect(() => {
    if (locked) return;
    let lockAt = Date.now() + idleLockMinutes * 60_000;
    let lastBeat = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(check, Math.max(0, lockAt - Date.now()) + 250);
    };

    const check = async () => {
      await client.refetchQueries({ queryKey: STATUS_KEY, exact: true });
      if (stopped) return;
      const status = client.getQueryData<{ me: Me | null }>(STATUS_KEY);
      if (!status?.me || status.me.locked) return; // the gate takes over
      lockAt = Math.max(lockAt, Date.now() + RECHECK_MS);
      schedule();
    };

    const beat = () => {
      lastBeat = Date.now();
      call('auth.heartbeat', {})
        .then((result) => {
          if (stopped) return;
          lockAt = Date.parse(result.lockAt);
          schedule();
        })
        .catch((error: unknown) => {
          if (!isApiError(error)) return;
          if (error.code === 'LOCKED') applyLocked(client);
          else if (error.code === 'UNAUTHENTICATED') applySignedOut(client);
        });
    };

    const onActivity = (event: Event) => {
      if (!event.isTrusted) return;
      if (Date.now() - lastBeat >= HEARTBEAT_EVERY_MS) beat();
    };

    beat();
    window.addEventListener('keydown', onActivity, true);
    window.addEventListener('pointerdown', onActivity, true);
    const offMutations = onMutationActivity(() => {
      lockAt = Date.now() + idleLockMinutes * 60_000;
      schedule();
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('keydown', onActivity, true);
      window.removeEventListener('pointerdown', onActivity, true);
      offMutations();
    };
  }, [client, locked, idleLockMinutes, id]);
}
