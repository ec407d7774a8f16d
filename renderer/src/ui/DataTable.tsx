// The console's table: TanStack Table for the model (sorting, filtering and pagination all
// server-side via manual*), TanStack Virtual for the rows (only what is on screen is in the
// DOM, so a 100,000-row result scrolls like ten). Sticky header, compact rows, keyboard
// navigation (j/k or ↑/↓, Home/End, PgUp/PgDn, Enter opens, x or Space selects), selection
// checkboxes for bulk actions, optional expandable rows, and "Load more" for keyset pages.
//
// Callers must pass memoised `data` and `columns` (TanStack Table re-derives on identity).
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type ColumnFiltersState,
  type OnChangeFn,
  type RowSelectionState,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useImperativeHandle, useMemo, useRef, useState, type JSX, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { Button } from './Button';
import { EmptyState } from './EmptyState';
import { ErrorState } from './ErrorState';
import { Icon } from './Icon';
import { SkeletonRows } from './Skeleton';
import { BodyRow } from './data-table/BodyRow';
import type { SelectionMeta } from './data-table/meta';
import { selectionColumn } from './data-table/selectionColumn';
import './datatable.css';


export interface DataTableHandle {
  focus: () => void;
  /** Move the active row by `delta` (clamped) and focus the table. */
  move: (delta: number) => void;
  /** Open the active row (as Enter would). Returns false when there is none. */
  openActive: () => boolean;
}

export interface DataTableProps<T> {
  data: T[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<T, any>[];
  getRowId: (row: T) => string;
  /** Accessible name of the grid. */
  label: string;
  onOpen?: (row: T) => void;
  /** Server-side sorting: pass both to make columns sortable. */
  sorting?: SortingState;
  onSortingChange?: OnChangeFn<SortingState>;
  /** Server-side filtering state (the filter UI lives outside the table). */
  columnFilters?: ColumnFiltersState;
  selectable?: boolean;
  rowSelection?: RowSelectionState;
  onRowSelectionChange?: OnChangeFn<RowSelectionState>;
  /** Keyset pagination. */
  hasMore?: boolean;
  loadingMore?: boolean;
  onLoadMore?: () => void;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  empty?: ReactNode;
  density?: 'compact' | 'comfortable';
  /** Without it the table fills its parent (which must give it a height). */
  maxHeight?: number;
  /** Rows whose detail is open, and what to show under them. */
  expandedIds?: ReadonlySet<string>;
  renderExpanded?: (row: T) => ReactNode;
  /** Which rows look "current" beyond the keyboard cursor (e.g. an open item). */
  testId?: string;
  ref?: Ref<DataTableHandle>;
}

const ROW_HEIGHT = { compact: 28, comfortable: 34 } as const;

export function DataTable<T>({
  data,
  columns,
  getRowId,
  label,
  onOpen,
  sorting,
  onSortingChange,
  columnFilters,
  selectable = false,
  rowSelection,
  onRowSelectionChange,
  hasMore = false,
  loadingMore = false,
  onLoadMore,
  loading = false,
  error,
  onRetry,
  empty,
  density = 'compact',
  maxHeight,
  expandedIds,
  renderExpanded,
  testId,
  ref,
}: DataTableProps<T>): JSX.Element {
  const gridId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState(0);

  const allColumns = useMemo<ColumnDef<T, unknown>[]>(() => (selectable ? [selectionColumn<T>(), ...columns] : columns), [selectable, columns]);
  const [ownSelection, setOwnSelection] = useState<RowSelectionState>({});
  const selection = rowSelection ?? ownSelection;
  const selectedCount = useMemo(() => Object.keys(selection).length, [selection]);

  // TanStack Table returns functions that cannot be memoised by the React Compiler; this
  // component passes stable inputs and reads the table during render only.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable<T>({
    data,
    columns: allColumns,
    getRowId: (row) => getRowId(row),
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualFiltering: true,
    manualPagination: true,
    enableSorting: Boolean(onSortingChange),
    enableMultiSort: false,
    enableRowSelection: selectable,
    state: {
      ...(sorting ? { sorting } : {}),
      ...(columnFilters ? { columnFilters } : {}),
      rowSelection: selection,
    },
    ...(onSortingChange ? { onSortingChange } : {}),
    onRowSelectionChange: onRowSelectionChange ?? setOwnSelection,
    meta: { selectedCount, rowCount: data.length } satisfies SelectionMeta,
  });

  const rows = table.getRowModel().rows;
  const firstId = rows[0]?.id;
  const [seenFirstId, setSeenFirstId] = useState(firstId);
  if (firstId !== seenFirstId) {
    // A new result set (not more rows of the same one): start at the top again.
    setSeenFirstId(firstId);
    setActive(0);
  }
  const rowHeight = ROW_HEIGHT[density];
  const activeIndex = rows.length === 0 ? -1 : Math.min(active, rows.length - 1);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items.length > 0 ? items[0]!.start : 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  const rowDomId = (index: number) => `${gridId}-row-${index}`;

  const moveTo = useCallback(
    (index: number) => {
      if (rows.length === 0) return;
      const next = Math.max(0, Math.min(rows.length - 1, index));
      setActive(next);
      virtualizer.scrollToIndex(next, { align: 'auto' });
    },
    [rows.length, virtualizer],
  );

  const open = useCallback(
    (index: number) => {
      const row = rows[index];
      if (!row || !onOpen) return false;
      onOpen(row.original);
      return true;
    },
    [rows, onOpen],
  );

  useImperativeHandle(
    ref,
    () => ({
      focus: () => tableRef.current?.focus(),
      move: (delta: number) => {
        tableRef.current?.focus();
        moveTo(activeIndex + delta);
      },
      openActive: () => open(activeIndex < 0 ? 0 : activeIndex),
    }),
    [activeIndex, moveTo, open],
  );

  const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (event.target !== tableRef.current || event.altKey || event.metaKey || event.ctrlKey) return;
    const key = event.key;
    let handled = true;
    if (key === 'j' || key === 'ArrowDown') moveTo(activeIndex + 1);
    else if (key === 'k' || key === 'ArrowUp') moveTo(activeIndex - 1);
    else if (key === 'Home') moveTo(0);
    else if (key === 'End') moveTo(rows.length - 1);
    else if (key === 'PageDown') moveTo(activeIndex + page);
    else if (key === 'PageUp') moveTo(activeIndex - page);
    else if (key === 'Enter') handled = open(activeIndex);
    else if ((key === 'x' || key === ' ') && selectable && activeIndex >= 0) rows[activeIndex]?.toggleSelected();
    else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const headerGroups = table.getHeaderGroups();
  const visibleColumns = table.getVisibleLeafColumns();
  const columnCount = allColumns.length;
  const showBody = rows.length > 0;

  // Row clicks go through a ref so rows can stay memoised while the handlers change.
  const clickRef = useRef<(index: number) => void>(() => undefined);
  useEffect(() => {
    clickRef.current = (index: number) => {
      setActive(index);
      open(index);
    };
  });
  const onRowClick = useCallback((index: number) => clickRef.current(index), []);

  return (
    <div className={`dt dt-${density}`} data-testid={testId}>
      <div className="dt-scroll" ref={scrollRef} style={maxHeight ? { maxHeight } : undefined}>
        <table
          ref={tableRef}
          className="dt-table"
          role="grid"
          aria-label={label}
          aria-rowcount={rows.length + 1}
          aria-multiselectable={selectable || undefined}
          aria-activedescendant={showBody && activeIndex >= 0 ? rowDomId(activeIndex) : undefined}
          aria-busy={loading || loadingMore || undefined}
          tabIndex={showBody ? 0 : -1}
          onKeyDown={onKeyDown}
          onFocus={() => {
            if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
          }}
        >
          <colgroup>
            {visibleColumns.map((column) => {
              const width = column.columnDef.meta?.width;
              return <col key={column.id} style={width !== undefined ? { width: typeof width === 'number' ? `${width}px` : width } : undefined} />;
            })}
          </colgroup>
          <thead className="dt-head">
            {headerGroups.map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => {
                  const meta = header.column.columnDef.meta;
                  const sorted = header.column.getIsSorted();
                  const canSort = header.column.getCanSort();
                  const content = header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={['dt-th', meta?.align ? `align-${meta.align}` : '', meta?.className ?? ''].filter(Boolean).join(' ')}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : canSort ? 'none' : undefined}
                    >
                      {canSort ? (
                        <button type="button" className="dt-sort" onClick={header.column.getToggleSortingHandler()}>
                          {content}
                          <Icon name="chevronDown" size={12} className={`dt-sort-icon ${sorted ? `is-${sorted}` : ''}`} />
                        </button>
                      ) : (
                        content
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          {showBody && paddingTop > 0 && (
            <tbody aria-hidden="true">
              <tr className="dt-spacer">
                <td colSpan={columnCount} style={{ height: paddingTop }} />
              </tr>
            </tbody>
          )}
          {showBody &&
            items.map((item) => {
              const row = rows[item.index]!;
              const expanded = Boolean(renderExpanded && expandedIds?.has(row.id));
              return (
                <tbody key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="dt-group">
                  <BodyRow
                    row={row}
                    index={item.index}
                    domId={rowDomId(item.index)}
                    active={item.index === activeIndex}
                    expanded={renderExpanded ? expanded : undefined}
                    selected={selectable ? Boolean(selection[row.id]) : undefined}
                    onRowClick={onRowClick}
                    visibleColumns={visibleColumns}
                  />
                  {expanded && (
                    <tr className="dt-detail">
                      <td colSpan={columnCount}>{renderExpanded!(row.original)}</td>
                    </tr>
                  )}
                </tbody>
              );
            })}
          {showBody && paddingBottom > 0 && (
            <tbody aria-hidden="true">
              <tr className="dt-spacer">
                <td colSpan={columnCount} style={{ height: paddingBottom }} />
              </tr>
            </tbody>
          )}
        </table>
        {!showBody && (
          <div className="dt-state">
            {loading ? (
              <SkeletonRows rows={8} columns={Math.min(columnCount, 6)} />
            ) : error ? (
              <ErrorState error={error} onRetry={onRetry} compact />
            ) : (
              (empty ?? <EmptyState title="Nothing here" compact />)
            )}
          </div>
        )}
        {showBody && error != null && (
          <div className="dt-state">
            <ErrorState error={error} onRetry={onRetry} compact />
          </div>
        )}
        {showBody && hasMore && onLoadMore && (
          <div className="dt-more">
            <Button size="sm" onClick={onLoadMore} loading={loadingMore}>
              Load more
            </Button>
          </div>
        )}
      </div>
      {selectable && selectedCount > 0 && (
        <div className="dt-selection" role="status">
          {selectedCount} selected
          <button type="button" className="link-button" onClick={() => table.resetRowSelection()}>
            Clear
          </button>
        </div>
      )}
    </div>
  );
}
