// What each connection is called, what it is for, and which of its parts may be shown.
import type { ReactNode } from 'react';
import type { ConnectionKind, ConnectionsView } from '@contract/connections';
import type { IconName } from '../../ui/Icon';
import type { KeyValueItem } from '../../ui/KeyValue';

export interface ConnectionMeta {
  title: string;
  icon: IconName;
  purpose: string;
}

export const CONNECTIONS: Record<ConnectionKind, ConnectionMeta> = {
  database: { title: 'Database', icon: 'database', purpose: 'The platform’s Postgres: every read and write of the console.' },
  replica: { title: 'Read replica', icon: 'database', purpose: 'Optional. Analytics and the data explorer read from it, sparing the primary.' },
  stripe: { title: 'Stripe', icon: 'card', purpose: 'Payouts to creators’ Connect accounts and refunds of payments.' },
  aws: { title: 'AWS', icon: 'cloud', purpose: 'S3 for media and report imports; Rekognition for moderation labels.' },
};

const dash = (value: ReactNode) => (value === null || value === undefined || value === '' ? <span className="faint">—</span> : value);

export function connectionFacts(kind: ConnectionKind, view: ConnectionsView): { configured: boolean; source: 'keychain' | 'demo' | 'none'; facts: KeyValueItem[] } {
  if (kind === 'database' || kind === 'replica') {
    const c = view[kind];
    return {
      configured: c.configured,
      source: c.source,
      facts: [
        { label: 'Host', value: dash(c.host && <code>{c.host}{c.port ? `:${c.port}` : ''}</code>) },
        { label: 'Database', value: dash(c.database && <code>{c.database}</code>) },
        { label: 'User', value: dash(c.user && <code>{c.user}</code>) },
        { label: 'Password', value: c.configured ? <span className="faint">stored, never shown</span> : dash(null) },
      ],
    };
  }
  if (kind === 'stripe') {
    const c = view.stripe;
    return {
      configured: c.configured,
      source: c.source,
      facts: [
        { label: 'Mode', value: dash(c.mode && (c.mode === 'emulator' ? 'Local emulator (no real money)' : c.mode === 'test' ? 'Test mode' : 'Live mode')) },
        { label: 'Key', value: dash(c.keyHint && <code>{c.keyHint}</code>) },
      ],
    };
  }
  const c = view.aws;
  return {
    configured: c.configured,
    source: c.source,
    facts: [
      { label: 'Region', value: dash(c.region && <code>{c.region}</code>) },
      { label: 'Bucket', value: dash(c.bucket && <code>{c.bucket}</code>) },
      { label: 'Access key', value: dash(c.accessKeyHint && <code>{c.accessKeyHint}</code>) },
      { label: 'Endpoint', value: dash(c.endpoint && <code>{c.endpoint}</code>) },
    ],
  };
}
