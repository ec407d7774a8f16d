// Account enforcement as a state machine, in one place, shared with the UI so the UI never
// offers a move the main process would refuse.
export type AccountStatus = 'ACTIVE' | 'INACTIVE' | 'SUSPENDED' | 'BANNED' | 'PENDING_VERIFICATION';
export type AccountAction = 'suspend' | 'ban' | 'lift';

const MOVES: Record<AccountStatus, readonly AccountAction[]> = {
  ACTIVE: ['suspend', 'ban'],
  INACTIVE: ['suspend', 'ban'],
  PENDING_VERIFICATION: ['suspend', 'ban'],
  SUSPENDED: ['ban', 'lift'],
  BANNED: ['lift'],
};

export function allowedAccountActions(status: AccountStatus): readonly AccountAction[] {
  return MOVES[status];
}

export function accountActionAllowed(status: AccountStatus, action: AccountAction): boolean {
  return MOVES[status].includes(action);
}

/** Longest suspension the console sets; longer means a ban. */
export const MAX_SUSPENSION_DAYS = 365;
