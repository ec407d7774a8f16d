// Sign in with the platform's own staff credentials: email and password, then a 6-digit code
// when the account has 2FA. Errors stay in place; a rate limit shows the wait.
import { useRef, useState, type FormEvent, type JSX } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { DemoAccount, SystemStatus } from '@contract/system';
import { useApiMutation } from '../../api/hooks';
import { applySignedIn } from '../../app/session-cache';
import { fieldError } from '../../lib/errors';
import { formatWait } from '../../lib/format';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { TextField } from '../../ui/TextField';
import { AuthFrame } from './AuthFrame';
import { DemoAccounts } from './DemoAccounts';
import { ServiceNotice } from './ServiceNotice';
import { useRetryCountdown } from './useRetryCountdown';

export function SignInScreen({ status }: { status: SystemStatus }): JSX.Element {
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [step, setStep] = useState<'credentials' | 'totp'>('credentials');
  const submitRef = useRef<HTMLButtonElement>(null);
  const totpRef = useRef<HTMLInputElement>(null);
  const retry = useRetryCountdown();

  const signIn = useApiMutation('auth.signIn', {
    onSuccess: (result) => {
      if (result.status === 'totp_required') {
        setStep('totp');
        setTimeout(() => totpRef.current?.focus(), 0);
      } else {
        applySignedIn(client, result.me);
      }
    },
  });
  const error = signIn.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (retry.secondsLeft > 0) return;
    signIn.mutate(step === 'totp' ? { email, password, totp } : { email, password }, {
      onError: (failure) => {
        if (failure.code === 'RATE_LIMITED') retry.start(failure.retryAfter);
      },
    });
  };

  const pick = (account: DemoAccount) => {
    setEmail(account.email);
    setPassword(account.password);
    setTotp('');
    setStep('credentials');
    signIn.reset();
    submitRef.current?.focus();
  };

  const waiting = retry.secondsLeft > 0;
  const demo = status.mode === 'demo';

  return (
    <AuthFrame status={status}>
      <div className={demo ? 'auth-layout has-demo' : 'auth-layout'}>
        <section className="auth-card" aria-labelledby="signin-title">
          <h1 id="signin-title">{step === 'totp' ? 'Two-factor code' : 'Sign in'}</h1>
          <p className="muted auth-lede">
            {step === 'totp' ? `Enter the 6-digit code from the authenticator app for ${email}.` : 'Use your Social Flow staff account.'}
          </p>
          <ServiceNotice status={status} />
          <form className="auth-form" onSubmit={submit} noValidate>
            <FormError error={error && error.code !== 'RATE_LIMITED' ? error : null} shownFields={['email', 'password', 'totp']} titles={{ UNAUTHENTICATED: 'Could not sign you in' }} />
            {waiting && (
              <p className="auth-wait" role="status">
                Too many attempts. Try again in <strong className="tabular">{formatWait(retry.secondsLeft)}</strong>.
              </p>
            )}
            {step === 'credentials' ? (
              <>
                <TextField
                  label="Email"
                  type="email"
                  name="email"
                  autoComplete="username"
                  value={email}
                  onChange={(event) => setEmail(event.target.value)}
                  error={fieldError(error, 'email')}
                  autoFocus
                  required
                />
                <TextField
                  label="Password"
                  type="password"
                  name="password"
                  autoComplete="current-password"
                  value={password}
                  onChange={(event) => setPassword(event.target.value)}
                  error={fieldError(error, 'password')}
                  required
                />
              </>
            ) : (
              <TextField
                ref={totpRef}
                label="Authentication code"
                name="totp"
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="[0-9]*"
                maxLength={6}
                value={totp}
                onChange={(event) => setTotp(event.target.value.replace(/\D/g, '').slice(0, 6))}
                error={fieldError(error, 'totp')}
                hint="The code changes every 30 seconds."
                className="auth-totp"
                required
              />
            )}
            <div className="auth-actions">
              {step === 'totp' && (
                <Button
                  variant="ghost"
                  onClick={() => {
                    setStep('credentials');
                    setTotp('');
                    signIn.reset();
                  }}
                >
                  Back
                </Button>
              )}
              <Button ref={submitRef} type="submit" variant="primary" loading={signIn.isPending} disabled={waiting} className="auth-submit">
                {step === 'totp' ? 'Verify and sign in' : 'Sign in'}
              </Button>
            </div>
          </form>
        </section>
        {demo && <DemoAccounts accounts={status.demoAccounts} selected={email} onPick={pick} />}
      </div>
    </AuthFrame>
  );
}
