import type { JSX } from 'react';
import type { UserDetail } from '@contract/users';
import { formatExact } from '../../lib/format';
import { EmptyState } from '../../ui/EmptyState';
import { Panel } from '../../ui/Panel';
import { Time } from '../../ui/Time';
import { Timeline } from '../../ui/Timeline';
import { enforcementLabel } from './labels';

export function EnforcementHistory({ entries }: { entries: UserDetail['enforcement'] }): JSX.Element {
  return (
    <Panel title="Enforcement history" meta={entries.length > 0 ? `${entries.length}` : undefined} testId="enforcement-history">
      {entries.length === 0 ? (
        <EmptyState icon="shieldCheck" title="No warnings, suspensions or bans" compact />
      ) : (
        <Timeline
          label="Enforcement history"
          items={entries.map((entry) => {
            const { label, tone } = enforcementLabel(entry.action);
            return {
              id: entry.id,
              title: label,
              tone,
              at: entry.createdAt,
              meta: entry.actor ? `by @${entry.actor.username}` : 'by the console',
              body: (
                <>
                  {entry.reason ? <p>{entry.reason}</p> : <p className="faint">No reason recorded.</p>}
                  {(entry.endsAt || entry.liftedAt) && (
                    <p className="faint">
                      {entry.endsAt && <>Until {formatExact(entry.endsAt)}. </>}
                      {entry.liftedAt && (
                        <>
                          Lifted <Time value={entry.liftedAt} />.
                        </>
                      )}
                    </p>
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
