// Every staff action recorded against this user (audit.forTarget), newest first, each with
// its reason and, on demand, the before/after diff.
import type { JSX } from 'react';
import { useApiQuery } from '../../api/hooks';
import { useSession } from '../../app/session';
import { auditActionLabel } from '../../lib/audit-labels';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { JsonDiff } from '../../ui/JsonDiff';
import { Panel } from '../../ui/Panel';
import { SkeletonLines } from '../../ui/Skeleton';
import { Timeline } from '../../ui/Timeline';

export function StaffActions({ userId }: { userId: string }): JSX.Element {
  const { can } = useSession();
  const audit = useApiQuery('audit.forTarget', { targetId: userId, limit: 50 });
  const items = audit.data ?? [];
  return (
    <Panel
      title="Staff actions"
      meta={audit.data ? `${items.length}${items.length === 50 ? '+' : ''}` : undefined}
      actions={can('audit.read') ? <a href={`#/audit?targetId=${encodeURIComponent(userId)}`}>Open in audit log</a> : undefined}
      testId="staff-actions"
    >
      {audit.isPending ? (
        <SkeletonLines lines={4} />
      ) : audit.isError ? (
        <ErrorState error={audit.error} onRetry={() => void audit.refetch()} compact />
      ) : items.length === 0 ? (
        <EmptyState icon="audit" title="No staff actions recorded" compact />
      ) : (
        <Timeline
          label="Staff actions"
          items={items.map((entry) => {
            const { label, tone } = auditActionLabel(entry.action);
            return {
              id: entry.id,
              title: label,
              tone,
              at: entry.at,
              meta: (
                <>
                  {entry.actor ? `by @${entry.actor.username}` : 'by the console'} · <span className="mono">audit #{entry.seq}</span>
                </>
              ),
              body: (
                <>
                  {entry.reason && <p>{entry.reason}</p>}
                  {(entry.before != null || entry.after != null) && (
                    <details className="inline-details">
                      <summary>Show the change</summary>
                      <JsonDiff before={entry.before} after={entry.after} />
                    </details>
                  )}
                </>
              ),
            };
          })}
        />
      )}
    </Panel>
  );
}
