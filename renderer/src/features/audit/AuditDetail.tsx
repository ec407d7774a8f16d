// One audit row, opened: the before/after diff, and every field of the row including the
// hash and the previous hash that chain it to the rest of the log.
import type { JSX } from 'react';
import type { AuditEntry } from '@contract/audit';
import { href } from '../../app/router';
import { formatExact } from '../../lib/format';
import { CopyButton } from '../../ui/CopyButton';
import { JsonDiff } from '../../ui/JsonDiff';
import { KeyValue } from '../../ui/KeyValue';

function Hash({ value }: { value: string | null }): JSX.Element {
  if (!value) return <span className="faint">—</span>;
  return (
    <span className="row audit-hash">
      <code className="truncate" title={value}>
        {value}
      </code>
      <CopyButton value={value} label="Copy hash" />
    </span>
  );
}

export function AuditDetail({ entry }: { entry: AuditEntry }): JSX.Element {
  return (
    <div className="audit-detail" data-testid="audit-detail">
      <div className="audit-detail-diff">
        {entry.reason && (
          <p className="audit-reason">
            <span className="muted">Reason</span> {entry.reason}
          </p>
        )}
        <JsonDiff before={entry.before} after={entry.after} />
      </div>
      <KeyValue
        labelWidth={96}
        items={[
          { label: 'Sequence', value: <span className="mono">#{entry.seq}</span> },
          { label: 'At', value: formatExact(entry.at) },
          {
            label: 'Actor',
            value: entry.actor ? (
              <span>
                @{entry.actor.username} <a href={href('/audit', { actorId: entry.actor.id })}>only theirs</a>
              </span>
            ) : (
              'the console'
            ),
          },
          { label: 'Roles', value: entry.actorRoles.length ? entry.actorRoles.join(', ') : '—' },
          { label: 'Operation', value: `${entry.operation} on ${entry.tableName}` },
          {
            label: 'Target',
            value: entry.targetId ? (
              <span className="audit-target">
                <code className="truncate" title={entry.targetId}>
                  {entry.targetId}
                </code>
                <span className="audit-target-links">
                  <a href={href('/audit', { targetId: entry.targetId })}>its history</a>
                  {entry.tableName === 'users' && <a href={`#/users/${entry.targetId}`}>open user</a>}
                </span>
              </span>
            ) : (
              '—'
            ),
          },
          { label: 'Origin', value: entry.origin ?? '—' },
          { label: 'Hash', value: <Hash value={entry.hash} /> },
          { label: 'Prev hash', value: <Hash value={entry.prevHash} /> },
        ]}
      />
    </div>
  );
}
