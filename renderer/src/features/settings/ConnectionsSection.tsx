// The four connections, each a card with its source and non-secret parts, plus the keychain
// and restart notices. Secrets are typed into password fields and never come back.
import type { JSX } from 'react';
import { useApiQuery } from '../../api/hooks';
import { Callout } from '../../ui/Callout';
import { ErrorState } from '../../ui/ErrorState';
import { SkeletonLines } from '../../ui/Skeleton';
import { ConnectionCard } from './ConnectionCard';
import { ReconnectNotice } from './ReconnectNotice';

export function ConnectionsSection(): JSX.Element {
  const view = useApiQuery('connections.get', {});
  if (view.isPending) return <SkeletonLines lines={8} label="Loading connections" />;
  if (view.isError) return <ErrorState error={view.error} onRetry={() => void view.refetch()} permission="connections.manage" />;
  const v = view.data;
  return (
    <div className="stack" data-testid="connections">
      {!v.keychain.available && (
        <Callout tone="warn" icon="key" title="No OS keychain available" testId="keychain-unavailable">
          <p>{v.keychain.message ?? 'The console cannot reach a keychain on this machine.'}</p>
          <p className="muted">Connections cannot be saved here, and nothing is ever written to disk in plain text instead.</p>
        </Callout>
      )}
      {v.restartRequired && <ReconnectNotice />}
      <ConnectionCard kind="database" view={v} keychainAvailable={v.keychain.available} />
      <ConnectionCard kind="replica" view={v} keychainAvailable={v.keychain.available} />
      <ConnectionCard kind="stripe" view={v} keychainAvailable={v.keychain.available} />
      <ConnectionCard kind="aws" view={v} keychainAvailable={v.keychain.available} />
    </div>
  );
}
