// The gate: `system.status` decides between the sign-in screen, the lock screen (over the
// shell, which stays mounted and inert so nothing typed is lost) and the shell itself.
import { useEffect, useMemo, type JSX } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ROLE_LABELS } from '@contract/permissions';
import type { SystemStatus } from '@contract/system';
import { onSessionError } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { SignInScreen } from '../features/auth/SignInScreen';
import { LockScreen } from '../features/auth/LockScreen';
import { ErrorExplainersContext, type ErrorExplainers, type ServiceHealth } from '../ui/error-context';
import { ErrorState } from '../ui/ErrorState';
import { Spinner } from '../ui/Spinner';
import { toast } from '../ui/toast-store';
import { Toaster } from '../ui/Toaster';
import { applyLocked, applySignedOut } from './session-cache';
import { Shell } from './Shell';
import './app.css';

export function servicesOf(status: SystemStatus | undefined): ServiceHealth[] {
  if (!status) return [];
  return [
    { key: 'database', ...status.database },
    { key: 'stripe', ...status.stripe },
    { key: 'storage', ...status.storage },
  ];
}

export function App(): JSX.Element {
  const client = useQueryClient();
  const status = useApiQuery('system.status', {}, { refetchInterval: 30_000, refetchIntervalInBackground: false });

  useEffect(
    () =>
      onSessionError((error) => {
        if (error.code === 'LOCKED') applyLocked(client);
        else if (client.getQueryData<SystemStatus>(['system.status', {}])?.me) {
          applySignedOut(client);
          toast.info('Your session ended', { description: 'Sign in again to continue.' });
        }
      }),
    [client],
  );

  const data = status.data;
  const explainers = useMemo<ErrorExplainers>(() => ({ services: servicesOf(data), roles: (data?.me?.roles ?? []).map((role) => ROLE_LABELS[role]) }), [data]);

  let content: JSX.Element;
  if (!data) {
    content = status.isError ? (
      <div className="gate-center">
        <ErrorState error={status.error} onRetry={() => void status.refetch()} retrying={status.isFetching} title="The console cannot start" />
      </div>
    ) : (
      <div className="gate-center" role="status" aria-label="Starting the console">
        <Spinner size={20} />
      </div>
    );
  } else if (!data.me) {
    content = <SignInScreen status={data} />;
  } else {
    content = (
      <>
        {status.isError && status.error.code === 'UNAVAILABLE' && (
          <div className="connection-lost" role="alert">
            Cannot reach the console server. Showing what was last loaded; retrying every 30 s.
          </div>
        )}
        <Shell status={data} me={data.me} inert={data.me.locked} />
        {data.me.locked && <LockScreen status={data} me={data.me} />}
      </>
    );
  }

  return (
    <ErrorExplainersContext value={explainers}>
      {content}
      <Toaster />
    </ErrorExplainersContext>
  );
}
