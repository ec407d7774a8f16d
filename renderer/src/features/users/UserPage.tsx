// The user page: everything about one account on one screen, and the enforcement actions the
// account's state allows (from the shared state machine, via detail.allowedActions) when the
// staff member holds users.enforce. Keys: s suspend, b ban, l lift, Esc back.
import { useCallback, useState, type JSX } from 'react';
import type { AccountAction } from '@contract/enforcement';
import { useApiQuery } from '../../api/hooks';
import { goBack } from '../../app/router';
import type { ScreenProps } from '../../app/routes';
import { useSession } from '../../app/session';
import { useShortcuts } from '../../app/shortcuts';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { Page } from '../../ui/PageHeader';
import { Skeleton, SkeletonLines } from '../../ui/Skeleton';
import { BanDialog } from './BanDialog';
import { CountsStrip } from './CountsStrip';
import { EnforcementBanner } from './EnforcementBanner';
import { EnforcementHistory } from './EnforcementHistory';
import { LiftDialog } from './LiftDialog';
import { MoneyPanel } from './MoneyPanel';
import { ProfilePanel } from './ProfilePanel';
import { StaffActions } from './StaffActions';
import { SuspendDialog } from './SuspendDialog';
import { UserHeader } from './UserHeader';
import { Payments, RecentContent } from './UserTables';
import { useEnforcement } from './useEnforcement';
import './users.css';

export default function UserPage({ params }: ScreenProps): JSX.Element {
  const id = params.id ?? '';
  const { can } = useSession();
  const detail = useApiQuery('users.get', { id });
  const [dialog, setDialog] = useState<AccountAction | null>(null);
  const user = detail.data;
  const actions = user && can('users.enforce') ? user.allowedActions : [];

  const close = useCallback(() => setDialog(null), []);
  const enforcement = useEnforcement({ id, username: user?.username ?? '' }, close);
  const open = (action: AccountAction) => {
    enforcement.suspend.reset();
    enforcement.ban.reset();
    enforcement.lift.reset();
    setDialog(action);
  };
  const refetch = detail.refetch;
  const onExpired = useCallback(() => void refetch(), [refetch]);

  useShortcuts('user', [
    { keys: 's', description: 'Suspend this account', group: 'User', run: () => open('suspend'), enabled: actions.includes('suspend') },
    { keys: 'b', description: 'Ban this account', group: 'User', run: () => open('ban'), enabled: actions.includes('ban') },
    { keys: 'l', description: 'Lift the suspension or ban', group: 'User', run: () => open('lift'), enabled: actions.includes('lift') },
    { keys: 'escape', description: 'Back to the previous screen', group: 'User', run: () => goBack('/users') },
    { keys: 'r', description: 'Refresh this user', group: 'User', run: () => void refetch() },
  ]);

  if (detail.isPending) return <UserPageSkeleton />;
  if (detail.isError) {
    const code = detail.error.code;
    return (
      <Page width="wide">
        <a className="page-back" href="#/users">
          ← Users
        </a>
        {code === 'NOT_FOUND' || code === 'VALIDATION' ? (
          <EmptyState icon="user" title={code === 'NOT_FOUND' ? 'No user with this id' : 'That is not a user id'} actions={<a href="#/users">Search users</a>}>
            <p>
              <code>{id}</code>
            </p>
          </EmptyState>
        ) : (
          <ErrorState error={detail.error} onRetry={() => void refetch()} retrying={detail.isFetching} permission="users.read" />
        )}
      </Page>
    );
  }

  const u = user!;
  return (
    <Page width="wide" testId="user-page">
      <a className="page-back" href="#/users" onClick={(event) => { event.preventDefault(); goBack('/users'); }}>
        ← Back
      </a>
      <UserHeader user={u} actions={actions} onAction={open} />
      <EnforcementBanner user={u} onExpired={onExpired} />
      <CountsStrip counts={u.counts} />
      <div className="user-grid">
        <div className="stack">
          <RecentContent items={u.recentContent} />
          <Payments items={u.payments} />
          <StaffActions userId={u.id} />
        </div>
        <div className="stack">
          <ProfilePanel user={u} />
          <MoneyPanel money={u.money} />
          <EnforcementHistory entries={u.enforcement} />
        </div>
      </div>
      {dialog === 'suspend' && (
        <SuspendDialog
          user={u}
          busy={enforcement.suspend.isPending}
          error={enforcement.suspend.error}
          onCancel={close}
          onConfirm={({ reason, endsAt }) => enforcement.suspend.mutate({ userId: u.id, reason, endsAt })}
        />
      )}
      {dialog === 'ban' && (
        <BanDialog user={u} busy={enforcement.ban.isPending} error={enforcement.ban.error} onCancel={close} onConfirm={(reason) => enforcement.ban.mutate({ userId: u.id, reason })} />
      )}
      {dialog === 'lift' && (
        <LiftDialog user={u} busy={enforcement.lift.isPending} error={enforcement.lift.error} onCancel={close} onConfirm={(reason) => enforcement.lift.mutate({ userId: u.id, reason })} />
      )}
    </Page>
  );
}

function UserPageSkeleton(): JSX.Element {
  return (
    <Page width="wide">
      <div className="user-header" role="status" aria-label="Loading the user">
        <Skeleton width={52} height={52} radius={26} />
        <div className="user-header-main">
          <Skeleton width={280} height={22} />
          <Skeleton width={420} height={12} />
        </div>
      </div>
      <Skeleton height={56} />
      <div className="user-grid">
        <SkeletonLines lines={8} />
        <SkeletonLines lines={6} />
      </div>
    </Page>
  );
}
