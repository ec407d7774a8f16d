// The checkbox column for bulk selection: a header that selects every loaded row, and a
// checkbox per row (outside the tab order: the keyboard selects with x or Space).
import type { ColumnDef } from '@tanstack/react-table';
import { Checkbox } from '../Checkbox';
import type { SelectionMeta } from './meta';

export function selectionColumn<T>(): ColumnDef<T, unknown> {
  return {
    id: '__select',
    meta: { width: 36, align: 'center', label: 'Select' },
    enableSorting: false,
    header: ({ table }) => {
      // Counted once per selection change (see SelectionMeta), not by walking every row.
      const { selectedCount, rowCount } = table.options.meta as SelectionMeta;
      const all = rowCount > 0 && selectedCount >= rowCount;
      return (
        <Checkbox
          aria-label="Select all loaded rows"
          checked={all}
          indeterminate={selectedCount > 0 && !all}
          onChange={table.getToggleAllRowsSelectedHandler()}
        />
      );
    },
    cell: ({ row, table }) => (
      <Checkbox
        aria-label="Select row"
        tabIndex={-1}
        checked={Boolean(table.getState().rowSelection[row.id])}
        onClick={(event) => event.stopPropagation()}
        onChange={row.getToggleSelectedHandler()}
      />
    ),
  };
}
