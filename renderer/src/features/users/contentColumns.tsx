import { createColumnHelper } from '@tanstack/react-table';
import type { ContentSummary, PaymentSummary } from '@contract/users';
import { formatMoney, formatNumber } from '../../lib/format';
import { humanize, statusTone } from '../../lib/tones';
import { StatusPill } from '../../ui/Badge';
import { Icon, type IconName } from '../../ui/Icon';
import { Time } from '../../ui/Time';

const KIND: Record<ContentSummary['kind'], { label: string; icon: IconName }> = {
  video: { label: 'Video', icon: 'video' },
  post: { label: 'Post', icon: 'audit' },
  comment: { label: 'Comment', icon: 'more' },
  live_stream: { label: 'Live', icon: 'play' },
};

const content = createColumnHelper<ContentSummary>();
export const contentColumns = [
  content.accessor('title', {
    header: 'Content',
    cell: ({ row }) => (
      <span className="dt-cell-primary">
        <span className="kind-chip" title={KIND[row.original.kind].label}>
          <Icon name={KIND[row.original.kind].icon} size={12} />
          {KIND[row.original.kind].label}
        </span>
        <span className="truncate" title={row.original.title}>
          {row.original.title || <span className="faint">(untitled)</span>}
        </span>
      </span>
    ),
  }),
  content.accessor('moderationStatus', {
    header: 'Moderation',
    meta: { width: 124 },
    cell: ({ getValue }) => (getValue() ? <StatusPill tone={statusTone(getValue())}>{humanize(getValue())}</StatusPill> : <span className="faint">—</span>),
  }),
  content.accessor('visibility', { header: 'Visibility', meta: { width: 96 }, cell: ({ getValue }) => humanize(getValue()) }),
  content.accessor('views', { header: 'Views', meta: { width: 80, align: 'right' }, cell: ({ getValue }) => formatNumber(getValue()) }),
  content.accessor('createdAt', { header: 'Created', meta: { width: 120, align: 'right' }, cell: ({ getValue }) => <Time value={getValue()} /> }),
];

const payment = createColumnHelper<PaymentSummary>();
export const paymentColumns = [
  payment.accessor('type', {
    header: 'Payment',
    cell: ({ row }) => (
      <span className="truncate" title={row.original.description ?? undefined}>
        {humanize(row.original.type)}
        {row.original.description && <span className="faint"> · {row.original.description}</span>}
      </span>
    ),
  }),
  payment.accessor('status', { header: 'Status', meta: { width: 150 }, cell: ({ getValue }) => <StatusPill tone={statusTone(getValue())}>{humanize(getValue())}</StatusPill> }),
  payment.accessor('amountCents', { header: 'Amount', meta: { width: 104, align: 'right' }, cell: ({ row }) => formatMoney(row.original.amountCents, row.original.currency) }),
  payment.accessor('refundedCents', {
    header: 'Refunded',
    meta: { width: 96, align: 'right' },
    cell: ({ row }) => (row.original.refundedCents > 0 ? formatMoney(row.original.refundedCents, row.original.currency) : <span className="faint">—</span>),
  }),
  payment.accessor('createdAt', { header: 'Date', meta: { width: 120, align: 'right' }, cell: ({ getValue }) => <Time value={getValue()} /> }),
];
