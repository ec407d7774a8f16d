// The signed-in staff member and the console's status, for every screen: `useSession()`
// gives the status (mode, services), `me`, and `can(permission)` to hide what a role cannot do.
import { createContext, use, type JSX, type ReactNode } from 'react';
import type { Me, SystemStatus } from '@contract/system';
import type { Permission } from '@contract/permissions';

export interface Session {
  status: SystemStatus;
  me: Me;
  can: (permission: Permission) => boolean;
  signOut: () => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ value, children }: { value: Session; children: ReactNode }): JSX.Element {
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): Session {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession outside the signed-in shell');
  return session;
}

export const STATUS_KEY = ['system.status', {}] as const;
