// Why the account is restricted, since when, by what reason, and (for a suspension) a live
// countdown to the moment it lifts itself.
import { useEffect, type JSX } from 'react';
import type { UserDetail } from '@contract/users';
import { formatCountdown, formatExact } from '../../lib/format';
import { Callout } from '../../ui/Callout';
import { Time } from '../../ui/Time';
import { useNow } from '../../ui/useNow';

export function EnforcementBanner({ user, onExpired }: { user: UserDetail; onExpired: () => void }): JSX.Element | null {
  if (user.status === 'BANNED' || user.ban) {
    return (
      <Callout tone="danger" icon="ban" title="This account is banned" testId="enforcement-banner">
        <p>
          <strong>Reason:</strong> {user.ban?.reason ?? 'No reason recorded.'}
        </p>
        {user.ban?.since && (
          <p className="muted">
            Since <Time value={user.ban.since} /> ({formatExact(user.ban.since)}). A ban does not end by itself; lift it to restore the account.
          </p>
        )}
      </Callout>
    );
  }
  if (user.status === 'SUSPENDED' || user.suspension) {
    return <SuspensionBanner user={user} onExpired={onExpired} />;
  }
  return null;
}

function SuspensionBanner({ user, onExpired }: { user: UserDetail; onExpired: () => void }): JSX.Element {
  const now = useNow(1000);
  const endsAt = user.suspension?.endsAt ?? null;
  const remaining = endsAt ? Date.parse(endsAt) - now : null;
  const ended = remaining !== null && remaining <= 0;

  // When the end passes, the main process lifts the suspension; fetch the new state.
  useEffect(() => {
    if (!ended) return;
    const timer = setTimeout(onExpired, 1500);
    return () => clearTimeout(timer);
  }, [ended, onExpired]);

  return (
    <Callout
      tone="warn"
      icon="pause"
      title="This account is suspended"
      testId="enforcement-banner"
      actions={
        endsAt ? (
          <div className="countdown" aria-live="off">
            <span className="countdown-label">{ended ? 'Lifting now…' : 'Lifts in'}</span>
            <span className="countdown-value tabular" role="timer" aria-label={`Lifts ${formatExact(endsAt)}`}>
              {formatCountdown(Math.max(0, remaining ?? 0))}
            </span>
          </div>
        ) : undefined
      }
    >
      <p>
        <strong>Reason:</strong> {user.suspension?.reason ?? 'No reason recorded.'}
      </p>
      <p className="muted">
        {user.suspension?.since && (
          <>
            Since <Time value={user.suspension.since} />.{' '}
          </>
        )}
        {endsAt ? <>Ends {formatExact(endsAt)}, and lifts itself then.</> : 'No end time recorded.'}
      </p>
    </Callout>
  );
}
