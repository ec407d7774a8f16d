// Saved connections take effect when the console reconnects. `connections.apply` does it in
// place (no relaunch); everyone, including you, signs in again afterwards.
import { useState, type JSX } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useApiMutation } from '../../api/hooks';
import { applySignedOut } from '../../app/session-cache';
import { Button } from '../../ui/Button';
import { Callout } from '../../ui/Callout';
import { Dialog } from '../../ui/Dialog';
import { FormError } from '../../ui/FormError';
import { toast } from '../../ui/toast-store';

export function ReconnectNotice(): JSX.Element {
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const apply = useApiMutation('connections.apply', {
    onSuccess: () => {
      setConfirming(false);
      applySignedOut(client);
      toast.info('Reconnecting with the saved connections', { description: 'Sign in again once the services are back.' });
    },
  });
  return (
    <>
      <Callout
        tone="info"
        icon="refresh"
        title="Restart required"
        testId="restart-required"
        actions={
          <Button size="sm" icon="refresh" onClick={() => setConfirming(true)}>
            Reconnect now…
          </Button>
        }
      >
        Saved changes take effect when the console reconnects. Reconnecting signs everyone out, including you.
      </Callout>
      <Dialog
        open={confirming}
        title="Reconnect with the saved connections?"
        description="Every staff member is signed out and signs in again on the new connections. Unsaved work in other windows is lost."
        onClose={() => setConfirming(false)}
        onSubmit={() => apply.mutate({})}
        busy={apply.isPending}
        size="sm"
        footer={
          <>
            <Button onClick={() => setConfirming(false)} disabled={apply.isPending}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" loading={apply.isPending} data-autofocus="">
              Reconnect and sign everyone out
            </Button>
          </>
        }
      >
        <FormError error={apply.error} />
      </Dialog>
    </>
  );
}
