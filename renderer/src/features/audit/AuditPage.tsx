// The audit log: every state change the console made, newest first, filtered by actor, action
// prefix, target, table and time; keyset "Load more"; each row opens to its before/after diff
// and its hashes; "Verify chain" proves nothing was edited or removed.
import { useCallback, useMemo, useRef, useState, type JSX } from 'react';
import type { AuditEntry } from '@contract/audit';
import { useApiInfiniteQuery, useApiQuery } from '../../api/hooks';
import { href, navigate } from '../../app/router';
import type { ScreenProps } from '../../app/routes';
import { useSession } from '../../app/session';
import { useShortcuts } from '../../app/shortcuts';
import { formatNumber } from '../../lib/format';
import { Button } from '../../ui/Button';
import { DataTable, type DataTableHandle } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { Page, PageHeader } from '../../ui/PageHeader';
import { AuditDetail } from './AuditDetail';
import { auditColumns } from './auditColumns';
import { AuditFilters } from './AuditFilters';
import { activeCount, filtersFromQuery, toInput, type AuditFilterValues } from './filters';
import { VerifyResult } from './VerifyChain';
import './audit.css';

const PAGE = 100;
const rowId = (entry: AuditEntry) => entry.seq;
const renderDetail = (entry: AuditEntry) => <AuditDetail entry={entry} />;

export default function AuditPage({ query }: ScreenProps): JSX.Element {
  const { can } = useSession();
  const queryString = query.toString();
  const filters = useMemo(() => filtersFromQuery(new URLSearchParams(queryString)), [queryString]);
  const input = useMemo(() => ({ ...toInput(filters), limit: PAGE }), [filters]);
  const log = useApiInfiniteQuery('audit.list', input, (page) => page.nextCursor);
  const verify = useApiQuery('audit.verify', {}, { enabled: false, retry: false, staleTime: 0, gcTime: 0 });

  const rows = useMemo(() => log.data?.pages.flatMap((page) => page.items) ?? [], [log.data]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = useCallback(
    (entry: AuditEntry) =>
      setExpanded((current) => {
        const next = new Set(current);
        if (next.has(entry.seq)) next.delete(entry.seq);
        else next.add(entry.seq);
        return next;
      }),
    [],
  );

  const apply = (next: AuditFilterValues) => navigate(href('/audit', toInput(next)), { replace: false });
  const firstFilter = useRef<HTMLInputElement>(null);
  const tableRef = useRef<DataTableHandle>(null);
  const runVerify = () => void verify.refetch();

  useShortcuts('audit', [
    { keys: 'f', description: 'Edit the filters', group: 'Audit log', run: () => firstFilter.current?.focus() },
    { keys: 't', description: 'Focus the table', group: 'Audit log', run: () => tableRef.current?.focus() },
    { keys: 'm', description: 'Load more rows', group: 'Audit log', run: () => void log.fetchNextPage(), enabled: log.hasNextPage },
    { keys: 'v', description: 'Verify the hash chain', group: 'Audit log', run: runVerify, enabled: can('audit.verify') },
  ]);

  const filterCount = activeCount(filters);
  return (
    <Page fill width="full" testId="audit-page">
      <PageHeader
        title="Audit log"
        description="Append-only and hash-chained: every change made through the console, with who, why, and before / after."
        actions={
          can('audit.verify') ? (
            <Button icon="shieldCheck" kbd="v" onClick={runVerify} loading={verify.isFetching}>
              Verify chain
            </Button>
          ) : undefined
        }
      />
      <VerifyResult result={verify.data} error={verify.isError ? verify.error : null} onRetry={runVerify} />
      <AuditFilters value={filters} onApply={apply} error={log.isError ? log.error : null} firstFieldRef={firstFilter} />
      <div className="audit-summary" aria-live="polite">
        {log.data && (
          <span className="tabular">
            {formatNumber(rows.length)} {rows.length === 1 ? 'entry' : 'entries'} loaded
            {log.hasNextPage ? ', more available' : ', that is all'}
            {filterCount > 0 && ` · ${filterCount} filter${filterCount === 1 ? '' : 's'}`}
          </span>
        )}
        <span className="faint audit-tip">Click a row or press Enter to see its change and hashes.</span>
      </div>
      <div className="audit-table">
        <DataTable
          ref={tableRef}
          label="Audit log entries"
          data={rows}
          columns={auditColumns}
          getRowId={rowId}
          onOpen={toggle}
          expandedIds={expanded}
          renderExpanded={renderDetail}
          loading={log.isPending}
          error={log.isError && log.error.code !== 'VALIDATION' ? log.error : undefined}
          onRetry={() => void log.refetch()}
          hasMore={log.hasNextPage}
          loadingMore={log.isFetchingNextPage}
          onLoadMore={() => void log.fetchNextPage()}
          empty={
            log.isError ? (
              <EmptyState icon="filter" title="Fix the highlighted filters" compact />
            ) : (
              <EmptyState icon="audit" title={filterCount > 0 ? 'No entries match these filters' : 'The audit log is empty'} compact>
                {filterCount > 0 && <p>Action matches by prefix (user. finds every user action); ids must be exact.</p>}
              </EmptyState>
            )
          }
          testId="audit-table"
        />
      </div>
    </Page>
  );
}
