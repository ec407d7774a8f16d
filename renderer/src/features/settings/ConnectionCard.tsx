// One connection: where its value comes from (demo / keychain / none), its non-secret parts,
// and Test, Replace and Remove.
import { useState, type JSX } from 'react';
import type { ConnectionKind, ConnectionsView } from '@contract/connections';
import { useApiMutation } from '../../api/hooks';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { FormError } from '../../ui/FormError';
import { Icon } from '../../ui/Icon';
import { KeyValue } from '../../ui/KeyValue';
import { toast } from '../../ui/toast-store';
import { CONNECTIONS, connectionFacts } from './connection-meta';
import { ConnectionForm } from './ConnectionForm';
import { TestResult } from './TestResult';

const SOURCE: Record<'keychain' | 'demo' | 'none', { label: string; tone: 'ok' | 'warn' | 'neutral' }> = {
  keychain: { label: 'Keychain', tone: 'ok' },
  demo: { label: 'Demo', tone: 'warn' },
  none: { label: 'Not set', tone: 'neutral' },
};

export function ConnectionCard({ kind, view, keychainAvailable }: { kind: ConnectionKind; view: ConnectionsView; keychainAvailable: boolean }): JSX.Element {
  const meta = CONNECTIONS[kind];
  const { configured, source, facts } = connectionFacts(kind, view);
  const [editing, setEditing] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const testSaved = useApiMutation('connections.test');
  const remove = useApiMutation('connections.remove', {
    invalidates: ['connections.get', 'system.status'],
    onSuccess: () => {
      setConfirmRemove(false);
      toast.success(`${meta.title} removed from the keychain`);
    },
  });

  return (
    <section className="connection-card" aria-labelledby={`conn-${kind}`} data-testid={`connection-${kind}`}>
      <header className="connection-head">
        <span className="connection-icon">
          <Icon name={meta.icon} size={16} />
        </span>
        <div className="connection-titles">
          <h2 id={`conn-${kind}`}>{meta.title}</h2>
          <p className="muted">{meta.purpose}</p>
        </div>
        <Badge tone={SOURCE[source].tone} title="Where the value comes from">
          {SOURCE[source].label}
        </Badge>
      </header>
      {configured ? <KeyValue items={facts} labelWidth={110} /> : <p className="muted connection-unset">Not configured{kind === 'replica' ? ': reads use the primary database.' : '.'}</p>}
      {testSaved.data && <TestResult result={testSaved.data} subject="The saved settings" />}
      {testSaved.error && <FormError error={testSaved.error} />}
      {editing ? (
        <ConnectionForm kind={kind} view={view} title={meta.title} disabled={!keychainAvailable} onDone={() => setEditing(false)} />
      ) : (
        <div className="connection-actions">
          {configured && (
            <Button size="sm" icon="refresh" onClick={() => testSaved.mutate({ kind, saved: true })} loading={testSaved.isPending}>
              Test
            </Button>
          )}
          <Button size="sm" icon={configured ? 'key' : 'plus'} onClick={() => setEditing(true)} disabled={!keychainAvailable} title={keychainAvailable ? undefined : 'No keychain on this machine'}>
            {source === 'keychain' ? 'Replace…' : 'Enter a value…'}
          </Button>
          {source === 'keychain' && (
            <Button size="sm" variant="ghost" icon="x" onClick={() => setConfirmRemove(true)}>
              Remove
            </Button>
          )}
        </div>
      )}
      <Dialog
        open={confirmRemove}
        title={`Remove the ${meta.title} connection?`}
        description="Deletes it from the OS keychain. The console falls back to the demo (or to nothing) after a restart."
        onClose={() => setConfirmRemove(false)}
        onSubmit={() => remove.mutate({ kind })}
        busy={remove.isPending}
        tone="danger"
        size="sm"
        footer={
          <>
            <Button onClick={() => setConfirmRemove(false)} disabled={remove.isPending}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" loading={remove.isPending} data-autofocus="">
              Remove
            </Button>
          </>
        }
      >
        <FormError error={remove.error} />
      </Dialog>
    </section>
  );
}
