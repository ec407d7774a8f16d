// The idle lock: the console stays where it was underneath (inert, hidden), and the person
// proves it is still them with their password (and a code when 2FA is on), or signs out.
import { useLayoutEffect, useRef, useState, type FormEvent, type JSX } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Me, SystemStatus } from '@contract/system';
import { ROLE_LABELS } from '@contract/permissions';
import { call } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { STATUS_KEY } from '../../app/session';
import { applySignedOut, applyUnlocked } from '../../app/session-cache';
import { fieldError } from '../../lib/errors';
import { formatWait, plural } from '../../lib/format';
import { Avatar } from '../../ui/Avatar';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { Icon } from '../../ui/Icon';
import { pushModal } from '../../ui/modal-stack';
import { TextField } from '../../ui/TextField';
import { AuthFrame } from './AuthFrame';
import { useRetryCountdown } from './useRetryCountdown';

export function LockScreen({ status, me }: { status: SystemStatus; me: Me }): JSX.Element {
  const client = useQueryClient();
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needTotp, setNeedTotp] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const retry = useRetryCountdown();

  useLayoutEffect(() => {
    const pop = pushModal();
    passwordRef.current?.focus();
    return pop;
  }, []);

  const unlock = useApiMutation('auth.unlock', { onSuccess: (next) => applyUnlocked(client, next) });
  const error = unlock.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (retry.secondsLeft > 0) return;
    unlock.mutate(needTotp ? { password, totp } : { password }, {
      onError: (failure) => {
        if (failure.fields?.some((field) => field.path === 'totp')) setNeedTotp(true);
        if (failure.code === 'RATE_LIMITED') retry.start(failure.retryAfter);
        // The session itself may be gone (signed out elsewhere, console restarted).
        if (failure.code === 'UNAUTHENTICATED') void client.refetchQueries({ queryKey: STATUS_KEY, exact: true });
      },
    });
  };

  const signOut = () => {
    call('auth.signOut', {})
      .catch(() => undefined)
      .finally(() => applySignedOut(client));
  };

  const name = me.displayName ?? me.username;
  const totpError = fieldError(error, 'totp');
  return (
    <div className="lock-layer" role="dialog" aria-modal="true" aria-labelledby="lock-title">
      <AuthFrame status={status}>
        <section className="auth-card lock-card">
          <div className="lock-who">
            <Avatar name={name} seed={me.id} size={44} />
            <div>
              <h1 id="lock-title" className="lock-title">
                <Icon name="lock" size={16} /> Console locked
              </h1>
              <p>
                {name} <span className="faint">· {me.roles.map((role) => ROLE_LABELS[role]).join(', ')}</span>
              </p>
              <p className="muted">{me.email}</p>
            </div>
          </div>
          <p className="muted">Locked after {plural(me.idleLockMinutes, 'minute')} without activity. Your work is still open underneath.</p>
          <form className="auth-form" onSubmit={submit} noValidate>
            <FormError error={error && error.code !== 'RATE_LIMITED' ? error : null} shownFields={['password', 'totp']} titles={{ UNAUTHENTICATED: 'Could not unlock' }} />
            {retry.secondsLeft > 0 && (
              <p className="auth-wait" role="status">
                Too many attempts. Try again in <strong className="tabular">{formatWait(retry.secondsLeft)}</strong>.
              </p>
            )}
            <TextField
              ref={passwordRef}
              label="Password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={fieldError(error, 'password')}
              required
            />
            {needTotp && (
              <TextField
                label="Authentication code"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                value={totp}
                onChange={(event) => setTotp(event.target.value.replace(/\D/g, '').slice(0, 6))}
                error={totpError === 'required' ? 'Enter the 6-digit code' : totpError}
                className="auth-totp"
                required
              />
            )}
            <div className="auth-actions">
              <Button variant="ghost" icon="logout" onClick={signOut}>
                Sign out
              </Button>
              <Button type="submit" variant="primary" icon="unlock" loading={unlock.isPending} disabled={retry.secondsLeft > 0} className="auth-submit">
                Unlock
              </Button>
            </div>
          </form>
        </section>
      </AuthFrame>
    </div>
  );
}
