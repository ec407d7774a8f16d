// The session lives in the `system.status` query: signing in, locking, unlocking and signing
// out are edits of that one cache entry, so every part of the shell agrees at once.
import type { QueryClient } from '@tanstack/react-query';
import type { Me, SystemStatus } from '@contract/system';
import { STATUS_KEY } from './session';

const isStatus = (key: readonly unknown[]) => key[0] === 'system.status';

function editStatus(client: QueryClient, edit: (status: SystemStatus) => SystemStatus) {
  client.setQueryData<SystemStatus>(STATUS_KEY, (status) => (status ? edit(status) : status));
}

export function applySignedIn(client: QueryClient, me: Me): void {
  editStatus(client, (status) => ({ ...status, me }));
  void client.invalidateQueries({ predicate: (query) => !isStatus(query.queryKey) });
}

export function applyUnlocked(client: QueryClient, me: Me): void {
  editStatus(client, (status) => ({ ...status, me: { ...me, locked: false } }));
  void client.invalidateQueries({ predicate: (query) => !isStatus(query.queryKey) });
}

export function applyLocked(client: QueryClient): void {
  editStatus(client, (status) => (status.me && !status.me.locked ? { ...status, me: { ...status.me, locked: true } } : status));
}

export function applySignedOut(client: QueryClient): void {
  editStatus(client, (status) => ({ ...status, me: null }));
  client.removeQueries({ predicate: (query) => !isStatus(query.queryKey) });
  client.getMutationCache().clear();
}
