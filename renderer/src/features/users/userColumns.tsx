// Columns of the user search results. Defined once at module level: stable for TanStack Table.
import { createColumnHelper } from '@tanstack/react-table';
import type { UserSearchHit } from '@contract/users';
import { Avatar } from '../../ui/Avatar';
import { MaskedValue } from '../../ui/MaskedValue';
import { Time } from '../../ui/Time';
import { AccountStatusPill } from './AccountStatusPill';
import { MATCH_LABELS, ROLE_NAMES } from './labels';

const column = createColumnHelper<UserSearchHit>();

export const userSearchColumns = [
  column.display({
    id: 'user',
    header: 'User',
    meta: { width: '26%' },
    cell: ({ row }) => {
      const hit = row.original;
      return (
        <span className="dt-cell-primary">
          <Avatar name={hit.displayName ?? hit.username} seed={hit.id} size={20} />
          <span className="truncate">
            <span className="user-cell-name">{hit.displayName ?? hit.username}</span> <span className="faint">@{hit.username}</span>
          </span>
        </span>
      );
    },
  }),
  column.accessor((hit) => hit.email.value, { id: 'email', header: 'Email', meta: { width: '20%' }, cell: ({ row }) => <MaskedValue value={row.original.email} kind="email" /> }),
  column.accessor((hit) => hit.phone.value, { id: 'phone', header: 'Phone', meta: { width: 136 }, cell: ({ row }) => <MaskedValue value={row.original.phone} kind="phone number" /> }),
  column.accessor('status', { header: 'Status', meta: { width: 112 }, cell: ({ getValue }) => <AccountStatusPill status={getValue()} /> }),
  column.accessor('role', { header: 'Role', meta: { width: 96 }, cell: ({ getValue }) => ROLE_NAMES[getValue()] }),
  column.accessor('matchedOn', {
    header: 'Matched on',
    meta: { width: 150 },
    cell: ({ row }) => (
      <span className="match-cell">
        {MATCH_LABELS[row.original.matchedOn]}
        <span className="match-score tabular" title="Match score (1 = exact)">
          {row.original.score.toFixed(2)}
        </span>
      </span>
    ),
  }),
  column.accessor('createdAt', { header: 'Created', meta: { width: 124, align: 'right' }, cell: ({ getValue }) => <Time value={getValue()} /> }),
];
