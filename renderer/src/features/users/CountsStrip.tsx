import type { JSX } from 'react';
import type { UserDetail } from '@contract/users';
import { formatCompact, formatNumber } from '../../lib/format';

export function CountsStrip({ counts }: { counts: UserDetail['counts'] }): JSX.Element {
  const items: { label: string; value: number; tone?: 'warn' }[] = [
    { label: 'Followers', value: counts.followers },
    { label: 'Following', value: counts.following },
    { label: 'Videos', value: counts.videos },
    { label: 'Posts', value: counts.posts },
    { label: 'Total views', value: counts.totalViews },
    { label: 'Active sessions', value: counts.activeSessions },
    { label: 'Active strikes', value: counts.activeStrikes, tone: counts.activeStrikes > 0 ? 'warn' : undefined },
  ];
  return (
    <dl className="counts" aria-label="Counts">
      {items.map((item) => (
        <div key={item.label} className={item.tone ? `count count-${item.tone}` : 'count'}>
          <dt>{item.label}</dt>
          <dd className="tabular" title={formatNumber(item.value)}>
            {item.value >= 100_000 ? formatCompact(item.value) : formatNumber(item.value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
