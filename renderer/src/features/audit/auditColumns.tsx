import { createColumnHelper } from '@tanstack/react-table';
import type { AuditEntry } from '@contract/audit';
import { auditActionLabel } from '../../lib/audit-labels';
import { Icon } from '../../ui/Icon';
import { Time } from '../../ui/Time';

const column = createColumnHelper<AuditEntry>();

export const auditColumns = [
  column.display({
    id: 'expand',
    header: () => <span className="sr-only">Details</span>,
    meta: { width: 28, align: 'center', label: 'Details' },
    cell: () => <Icon name="chevronRight" size={12} className="audit-chevron" />,
  }),
  column.accessor('seq', { header: 'Seq', meta: { width: 76, align: 'right' }, cell: ({ getValue }) => <span className="mono faint">#{getValue()}</span> }),
  column.accessor('at', { header: 'When', meta: { width: 136 }, cell: ({ getValue }) => <Time value={getValue()} /> }),
  column.accessor((entry) => entry.actor?.username ?? '', {
    id: 'actor',
    header: 'Actor',
    meta: { width: 150 },
    cell: ({ row }) =>
      row.original.actor ? (
        <span title={row.original.actorRoles.join(', ')}>@{row.original.actor.username}</span>
      ) : (
        <span className="faint">console</span>
      ),
  }),
  column.accessor('action', {
    header: 'Action',
    meta: { width: 240 },
    cell: ({ getValue }) => {
      const { label, tone } = auditActionLabel(getValue());
      return (
        <span className="audit-action" title={getValue()}>
          <span className={`audit-dot tone-${tone}`} aria-hidden="true" />
          <span className="truncate">{label}</span>
        </span>
      );
    },
  }),
  column.accessor('tableName', {
    header: 'Target',
    meta: { width: 220 },
    cell: ({ row }) => (
      <span className="truncate" title={row.original.targetId ?? undefined}>
        <span className="muted">{row.original.tableName}</span>
        {row.original.targetId && <span className="mono faint"> {row.original.targetId.slice(0, 8)}</span>}
      </span>
    ),
  }),
  column.accessor('reason', {
    header: 'Reason',
    cell: ({ getValue }) => (getValue() ? <span title={getValue() ?? undefined}>{getValue()}</span> : <span className="faint">—</span>),
  }),
  column.accessor('origin', { header: 'Origin', meta: { width: 84 }, cell: ({ getValue }) => <span className="muted">{getValue() ?? '—'}</span> }),
];
