// Users: search as you type (debounced 150 ms) by email, username, display name, id, phone or
// Stripe id. ↓ moves into the results, Enter opens a user. The query lives in the URL, so
// back/forward and the global search land here with it.
import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useRef, useState, type JSX, type KeyboardEvent } from 'react';
import type { UserSearchHit } from '@contract/users';
import { useApiQuery } from '../../api/hooks';
import { href, navigate } from '../../app/router';
import type { ScreenProps } from '../../app/routes';
import { useShortcuts } from '../../app/shortcuts';
import { formatDuration, plural } from '../../lib/format';
import { DataTable, type DataTableHandle } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { Kbd } from '../../ui/Kbd';
import { Page, PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { userSearchColumns } from './userColumns';
import './users.css';

const LIMIT = 50;
const getRowId = (hit: UserSearchHit) => hit.id;
const openUser = (hit: UserSearchHit) => navigate(`/users/${hit.id}`);

export default function UsersPage({ query }: ScreenProps): JSX.Element {
  const urlQ = query.get('q') ?? '';
  const [text, setText] = useState(urlQ);
  const [seenUrlQ, setSeenUrlQ] = useState(urlQ);
  if (urlQ !== seenUrlQ) {
    // Arrived with a new ?q= (global search, back/forward): show it in the box.
    setSeenUrlQ(urlQ);
    setText(urlQ);
  }
  const q = useDebouncedValue(text.trim(), 150);
  const lastPushed = useRef(q);
  useEffect(() => {
    if (q === lastPushed.current) return;
    lastPushed.current = q;
    navigate(href('/users', { q }), { replace: true });
  }, [q]);

  const inputRef = useRef<HTMLInputElement>(null);
  const tableRef = useRef<DataTableHandle>(null);
  useShortcuts('users', [{ keys: '/', description: 'Focus the search box', group: 'Users', run: () => inputRef.current?.select() }]);

  const search = useApiQuery('users.search', { q, limit: LIMIT }, { enabled: q.length > 0, placeholderData: keepPreviousData });
  const items = q.length > 0 ? (search.data?.items ?? null) : null;
  const stale = search.isPlaceholderData;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && items && items.length > 0) {
      event.preventDefault();
      tableRef.current?.move(0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      tableRef.current?.openActive();
    } else if (event.key === 'Escape' && text) {
      event.preventDefault();
      setText('');
    }
  };

  return (
    <Page fill width="full" testId="users-page">
      <PageHeader title="Users" description="Find anyone by email, @username, display name, id, phone, or Stripe customer / Connect id. Prefix and fuzzy." />
      <div className="users-searchbar">
        <div className="users-search">
          <Icon name="search" size={16} className="users-search-icon" />
          <input
            ref={inputRef}
            className="users-search-input"
            type="search"
            aria-label="Search users"
            placeholder="ada@example.com, @ada, +1 415…, cus_…, acct_…, or a user id"
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
            autoFocus
            autoComplete="off"
            spellCheck={false}
          />
          {search.isFetching && <Spinner size={14} label="Searching" />}
        </div>
        <div className="users-meta" aria-live="polite">
          {items && (
            <>
              <span className="tabular">{plural(items.length, 'result')}</span>
              {items.length === LIMIT && <span className="faint">(the best {LIMIT}; refine to see others)</span>}
              {search.data && (
                <span className="faint tabular" title="Time the search took on the server" data-testid="search-took">
                  {formatDuration(search.data.tookMs)}
                </span>
              )}
            </>
          )}
          <span className="users-hint faint">
            <Kbd combo="arrowdown" /> results · <Kbd combo="enter" /> open
          </span>
        </div>
      </div>
      <div className={stale ? 'users-results is-stale' : 'users-results'}>
        {q.length === 0 ? (
          <EmptyState icon="users" title="Search for anyone on the platform">
            <p>Type at least one character. Exact ids and emails rank first; names and usernames match by prefix and by similarity, so a misspelt name still finds them.</p>
          </EmptyState>
        ) : (
          <DataTable
            ref={tableRef}
            label="User search results"
            data={items ?? EMPTY}
            columns={userSearchColumns}
            getRowId={getRowId}
            onOpen={openUser}
            loading={search.isPending}
            error={search.isError ? search.error : undefined}
            onRetry={() => void search.refetch()}
            empty={
              <EmptyState icon="search" title={`No users match “${q}”`} compact>
                <p>Try fewer letters, another field (email, phone, Stripe id), or paste the full id.</p>
              </EmptyState>
            }
            testId="users-table"
          />
        )}
      </div>
    </Page>
  );
}

const EMPTY: UserSearchHit[] = [];
