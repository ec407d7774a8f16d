import type { JSX } from 'react';
import type { ContentSummary, PaymentSummary, UserDetail } from '@contract/users';
import { formatMoney } from '../../lib/format';
import { DataTable } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { Panel } from '../../ui/Panel';
import { contentColumns, paymentColumns } from './contentColumns';

const contentId = (item: ContentSummary) => `${item.kind}:${item.id}`;
const paymentId = (item: PaymentSummary) => item.id;

export function RecentContent({ items }: { items: UserDetail['recentContent'] }): JSX.Element {
  return (
    <Panel title="Recent content" meta={items.length > 0 ? `latest ${items.length}` : undefined} flush testId="recent-content">
      <DataTable
        label="Recent content"
        data={items as ContentSummary[]}
        columns={contentColumns}
        getRowId={contentId}
        maxHeight={300}
        empty={<EmptyState icon="video" title="No content yet" compact />}
      />
    </Panel>
  );
}

export function Payments({ items }: { items: UserDetail['payments'] }): JSX.Element {
  const total = items.reduce((sum, p) => sum + (p.currency.toUpperCase() === 'USD' ? p.amountCents - p.refundedCents : 0), 0);
  return (
    <Panel title="Payments" meta={items.length > 0 ? `latest ${items.length} · net ${formatMoney(total)}` : undefined} flush testId="payments">
      <DataTable
        label="Payments"
        data={items as PaymentSummary[]}
        columns={paymentColumns}
        getRowId={paymentId}
        maxHeight={300}
        empty={<EmptyState icon="card" title="No payments" compact />}
      />
    </Panel>
  );
}
