// The signed-in staff member's permissions, grouped by area, behind a disclosure.
import type { JSX } from 'react';
import type { Permission } from '@contract/permissions';
import { Panel } from '../../ui/Panel';

const AREAS: Record<string, string> = {
  users: 'People',
  moderation: 'Moderation',
  payouts: 'Money',
  refunds: 'Money',
  ledger: 'Money',
  reconciliation: 'Money',
  ads: 'Ads',
  copyright: 'Rights',
  explorer: 'Data',
  analytics: 'Data',
  audit: 'Administration',
  settings: 'Administration',
  connections: 'Administration',
  staff: 'Administration',
};

export function PermissionList({ permissions }: { permissions: readonly Permission[] }): JSX.Element {
  const groups = new Map<string, string[]>();
  for (const permission of permissions) {
    const area = AREAS[permission.split('.')[0]!] ?? 'Other';
    groups.set(area, [...(groups.get(area) ?? []), permission]);
  }
  return (
    <Panel title="Your permissions" meta={`${permissions.length}`}>
      <details className="perm-details">
        <summary>Show what your roles allow</summary>
        <dl className="perm-list">
          {[...groups.entries()].map(([area, list]) => (
            <div key={area} className="perm-group">
              <dt>{area}</dt>
              <dd>
                {list.map((permission) => (
                  <code key={permission}>{permission}</code>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </Panel>
  );
}
