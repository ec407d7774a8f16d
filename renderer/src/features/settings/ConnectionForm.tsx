// Entering a new value for one connection. Secrets go in password fields, are sent once, and
// are cleared from the form after saving; the console never reads them back.
import { useState, type FormEvent, type JSX } from 'react';
import type { ConnectionKind, ConnectionsView } from '@contract/connections';
import type { InputOf } from '@contract/index';
import { useApiMutation } from '../../api/hooks';
import { fieldError } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { TextField } from '../../ui/TextField';
import { toast } from '../../ui/toast-store';
import { TestResult } from './TestResult';

type ConnectionInput = InputOf<'connections.save'>;

interface Draft {
  url: string;
  secretKey: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  bucket: string;
}

function toInput(kind: ConnectionKind, d: Draft): ConnectionInput {
  if (kind === 'database' || kind === 'replica') return { kind, url: d.url };
  if (kind === 'stripe') return { kind, secretKey: d.secretKey };
  return { kind, region: d.region, accessKeyId: d.accessKeyId, secretAccessKey: d.secretAccessKey, bucket: d.bucket };
}

const FIELDS: Record<ConnectionKind, string[]> = {
  database: ['url'],
  replica: ['url'],
  stripe: ['secretKey'],
  aws: ['region', 'accessKeyId', 'secretAccessKey', 'bucket'],
};

export function ConnectionForm({ kind, view, title, disabled, onDone }: { kind: ConnectionKind; view: ConnectionsView; title: string; disabled: boolean; onDone: () => void }): JSX.Element {
  const [draft, setDraft] = useState<Draft>({ url: '', secretKey: '', region: view.aws.region ?? '', accessKeyId: '', secretAccessKey: '', bucket: view.aws.bucket ?? '' });
  const set = (key: keyof Draft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }));

  const test = useApiMutation('connections.test');
  const save = useApiMutation('connections.save', {
    invalidates: ['connections.get', 'system.status'],
    onSuccess: () => {
      setDraft((d) => ({ ...d, url: '', secretKey: '', secretAccessKey: '', accessKeyId: '' }));
      toast.success(`${title} saved to the keychain`, { description: 'It takes effect after the console restarts its connections.' });
      onDone();
    },
  });
  const error = save.error ?? test.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    test.reset();
    save.mutate(toInput(kind, draft));
  };
  const runTest = () => {
    save.reset();
    test.mutate(toInput(kind, draft));
  };

  return (
    <form className="connection-form" onSubmit={submit} noValidate aria-label={`New ${title} connection`}>
      <FormError error={error} shownFields={FIELDS[kind]} />
      {(kind === 'database' || kind === 'replica') && (
        <TextField
          label="Connection URL"
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder="postgresql://user:password@host:5432/database"
          value={draft.url}
          onChange={set('url')}
          error={fieldError(error, 'url')}
          hint="Includes the password, so it is hidden as you type. Stored in the OS keychain only."
          required
        />
      )}
      {kind === 'stripe' && (
        <TextField
          label="Secret or restricted key"
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder="sk_test_… or rk_live_…"
          value={draft.secretKey}
          onChange={set('secretKey')}
          error={fieldError(error, 'secretKey')}
          hint="A restricted key with transfers, refunds and accounts (read) is enough."
          required
        />
      )}
      {kind === 'aws' && (
        <div className="connection-grid">
          <TextField label="Region" placeholder="us-east-1" value={draft.region} onChange={set('region')} error={fieldError(error, 'region')} spellCheck={false} required />
          <TextField label="Bucket" placeholder="social-flow-media" value={draft.bucket} onChange={set('bucket')} error={fieldError(error, 'bucket')} spellCheck={false} required />
          <TextField label="Access key id" placeholder="AKIA…" value={draft.accessKeyId} onChange={set('accessKeyId')} error={fieldError(error, 'accessKeyId')} autoComplete="off" spellCheck={false} required />
          <TextField
            label="Secret access key"
            type="password"
            autoComplete="off"
            value={draft.secretAccessKey}
            onChange={set('secretAccessKey')}
            error={fieldError(error, 'secretAccessKey')}
            required
          />
        </div>
      )}
      {test.data && <TestResult result={test.data} subject="The values above" />}
      <div className="connection-form-actions">
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
        <Button icon="refresh" onClick={runTest} loading={test.isPending}>
          Test
        </Button>
        <Button type="submit" variant="primary" icon="key" loading={save.isPending} disabled={disabled} title={disabled ? 'No keychain on this machine' : undefined}>
          Save to keychain
        </Button>
      </div>
    </form>
  );
}
