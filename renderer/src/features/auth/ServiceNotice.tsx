// Before sign-in: if a service is down or the database is not migrated, say so with the fix,
// so nobody wonders why their password "does not work". Staff live in that database, so when
// it is the saved database that is broken, offer the way out: forget it and use the demo.
import { useState, type JSX } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { SystemStatus } from '@contract/system';
import { useApiMutation } from '../../api/hooks';
import { STATUS_KEY } from '../../app/session';
import { Button } from '../../ui/Button';
import { Callout } from '../../ui/Callout';
import { Dialog } from '../../ui/Dialog';
import { FormError } from '../../ui/FormError';
import { toast } from '../../ui/toast-store';

export function ServiceNotice({ status }: { status: SystemStatus }): JSX.Element | null {
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const forget = useApiMutation('system.forgetDatabase', {
    onSuccess: () => {
      setConfirming(false);
      toast.info('Switching to the demo database', { description: 'The saved connection was removed from the keychain.' });
      void client.invalidateQueries({ queryKey: STATUS_KEY });
    },
  });
  const failing = [status.database, status.stripe, status.storage].filter((service) => service.state === 'unreachable' || service.state === 'not_migrated');
  if (failing.length === 0) return null;
  const databaseBroken = status.database.state === 'unreachable' || status.database.state === 'not_migrated';
  return (
    <>
      <Callout
        tone={databaseBroken ? 'danger' : 'warn'}
        title={databaseBroken ? 'The database is not ready' : 'Some services are unavailable'}
        role="status"
        testId="service-notice"
      >
        <ul>
          {failing.map((service) => (
            <li key={service.label}>
              <strong>{service.label}</strong>
              {service.message ? `: ${service.message}` : ''}
              {service.fix && <div className="mono">{service.fix}</div>}
            </li>
          ))}
        </ul>
        {databaseBroken && status.mode === 'production' && (
          <p className="service-notice-action">
            <Button size="sm" onClick={() => setConfirming(true)}>
              Forget this database and use the demo…
            </Button>
          </p>
        )}
      </Callout>
      <Dialog
        open={confirming}
        title="Forget the saved database?"
        description="Removes the saved database connection from the keychain and reconnects on the built-in demo data, so you can sign in and enter a working connection in Settings."
        onClose={() => setConfirming(false)}
        onSubmit={() => forget.mutate({})}
        busy={forget.isPending}
        tone="danger"
        size="sm"
        footer={
          <>
            <Button onClick={() => setConfirming(false)} disabled={forget.isPending}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" loading={forget.isPending} data-autofocus="">
              Forget and use the demo
            </Button>
          </>
        }
      >
        <FormError error={forget.error} />
      </Dialog>
    </>
  );
}
