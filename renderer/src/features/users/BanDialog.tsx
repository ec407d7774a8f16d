import type { JSX } from 'react';
import type { ApiError } from '@contract/errors';
import type { UserDetail } from '@contract/users';
import { plural } from '../../lib/format';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

export function BanDialog({ user, busy, error, onCancel, onConfirm }: { user: UserDetail; busy: boolean; error: ApiError | null; onCancel: () => void; onConfirm: (reason: string) => void }): JSX.Element {
  return (
    <ConfirmDialog
      open
      tone="danger"
      title={`Ban @${user.username}`}
      description={`The account stays banned until someone lifts it. Signs them out everywhere (${plural(user.counts.activeSessions, 'active session')}) and notifies them.`}
      confirmLabel="Ban account"
      busy={busy}
      error={error}
      onCancel={onCancel}
      onConfirm={onConfirm}
      typeToConfirm={{ expected: user.username, label: `Type ${user.username} to confirm` }}
      reasonPlaceholder="The policy and the evidence, for whoever reviews this later"
      testId="ban-dialog"
    />
  );
}
