import type { JSX } from 'react';
import type { ApiError } from '@contract/errors';
import type { UserDetail } from '@contract/users';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

export function LiftDialog({ user, busy, error, onCancel, onConfirm }: { user: UserDetail; busy: boolean; error: ApiError | null; onCancel: () => void; onConfirm: (reason: string) => void }): JSX.Element {
  const banned = user.status === 'BANNED';
  return (
    <ConfirmDialog
      open
      title={banned ? `Unban @${user.username}` : `Lift the suspension of @${user.username}`}
      description={banned ? 'Restores the account now. The user is notified.' : 'Ends the suspension now, before its end time. The user is notified.'}
      confirmLabel={banned ? 'Unban' : 'Lift suspension'}
      busy={busy}
      error={error}
      onCancel={onCancel}
      onConfirm={onConfirm}
      reasonPlaceholder="Why the restriction ends early (appeal granted, mistake, …)"
      testId="lift-dialog"
    />
  );
}
