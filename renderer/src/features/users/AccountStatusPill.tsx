import type { JSX } from 'react';
import type { AccountStatus } from '@contract/enforcement';
import { StatusPill } from '../../ui/Badge';
import { STATUS_LABELS, STATUS_TONES } from './labels';

export function AccountStatusPill({ status }: { status: AccountStatus }): JSX.Element {
  return (
    <StatusPill tone={STATUS_TONES[status]} testId="account-status">
      {STATUS_LABELS[status]}
    </StatusPill>
  );
}
