// Column metadata the console's tables understand, and what the table shares with its cells.
import type { RowData } from '@tanstack/react-table';

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    align?: 'left' | 'right' | 'center';
    /** CSS width of the column (px number or any CSS length); omitted columns share the rest. */
    width?: number | string;
    className?: string;
    /** Accessible header text when the header cell renders something else. */
    label?: string;
  }
}

/** Shared with the selection header through table.options.meta: counted once per change. */
export interface SelectionMeta {
  selectedCount: number;
  rowCount: number;
}
