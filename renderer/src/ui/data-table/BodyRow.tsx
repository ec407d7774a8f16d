// One body row of the DataTable.
import { flexRender, type Row } from '@tanstack/react-table';
import { memo, type JSX } from 'react';

export interface BodyRowProps<T> {
  row: Row<T>;
  index: number;
  domId: string;
  active: boolean;
  expanded: boolean | undefined;
  /** Undefined when the table has no selection column. */
  selected: boolean | undefined;
  onRowClick: (index: number) => void;
  /** Only to re-render memoised rows when the columns change (e.g. a column chooser). */
  visibleColumns: unknown;
}

// Memoised: while scrolling only the rows that come into view render; a row object from
// TanStack Table keeps its identity as long as the data does.
export const BodyRow = memo(function BodyRow<T>({ row, index, domId, active, expanded, selected, onRowClick }: BodyRowProps<T>): JSX.Element {
  return (
    <tr
      id={domId}
      className={['dt-row', active ? 'is-active' : '', selected ? 'is-selected' : ''].filter(Boolean).join(' ')}
      aria-rowindex={index + 2}
      aria-selected={selected}
      aria-expanded={expanded}
      onClick={() => onRowClick(index)}
    >
      {row.getVisibleCells().map((cell) => {
        const meta = cell.column.columnDef.meta;
        return (
          <td key={cell.id} className={['dt-td', meta?.align ? `align-${meta.align}` : '', meta?.className ?? ''].filter(Boolean).join(' ')}>
            {flexRender(cell.column.columnDef.cell, cell.getContext())}
          </td>
        );
      })}
    </tr>
  );
}) as <T>(props: BodyRowProps<T>) => JSX.Element;
