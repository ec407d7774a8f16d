// The global user search in the top bar ("/" focuses it). As you type, the best matches
// appear below (users.search, debounced 150 ms); ↑/↓ choose, Enter opens the user, or, with
// nothing chosen, the full results on the Users screen. Esc closes, Esc again leaves the box.
import { keepPreviousData } from '@tanstack/react-query';
import { useId, useState, type JSX, type KeyboardEvent, type RefObject } from 'react';
import type { UserSearchHit } from '@contract/users';
import { useApiQuery } from '../api/hooks';
import { Avatar } from '../ui/Avatar';
import { Icon } from '../ui/Icon';
import { Kbd } from '../ui/Kbd';
import { Spinner } from '../ui/Spinner';
import { useDebouncedValue } from '../ui/useDebouncedValue';
import { AccountStatusPill } from '../features/users/AccountStatusPill';
import { MATCH_LABELS } from '../features/users/labels';
import { href, navigate } from './router';

export function GlobalSearch({ inputRef }: { inputRef: RefObject<HTMLInputElement | null> }): JSX.Element {
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const q = useDebouncedValue(text.trim(), 150);
  const search = useApiQuery('users.search', { q, limit: 8 }, { enabled: open && q.length > 0, placeholderData: keepPreviousData, staleTime: 5_000 });

  const hits: UserSearchHit[] = q.length > 0 ? (search.data?.items ?? []) : [];
  const optionCount = q.length > 0 ? hits.length + 1 : 0; // + "see all results"
  const showList = open && text.trim().length > 0;
  const activeIndex = Math.min(active, optionCount - 1);

  const finish = () => {
    setOpen(false);
    setActive(-1);
    setText('');
    inputRef.current?.blur();
  };
  const openUser = (hit: UserSearchHit) => {
    navigate(`/users/${hit.id}`);
    finish();
  };
  const seeAll = () => {
    const query = text.trim();
    if (!query) return;
    navigate(href('/users', { q: query }));
    finish();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(optionCount - 1, index + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(-1, index - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = activeIndex >= 0 ? hits[activeIndex] : undefined;
      if (hit) openUser(hit);
      else seeAll();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (showList) setOpen(false);
      else inputRef.current?.blur();
    }
  };

  const optionId = (index: number) => `${id}-opt-${index}`;

  return (
    <div className="gsearch" role="search">
      <Icon name="search" size={14} className="gsearch-icon" />
      <input
        ref={inputRef}
        className="gsearch-input"
        type="search"
        role="combobox"
        aria-label="Search users by email, username, name, id, phone or Stripe id"
        aria-expanded={showList}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={showList && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-keyshortcuts="/"
        placeholder="Search users…"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {search.isFetching && showList ? <Spinner size={12} /> : <Kbd combo="/" className="gsearch-kbd" decorative />}
      {showList && (
        <ul className="gsearch-list" id={`${id}-list`} role="listbox" aria-label="Matching users" onMouseDown={(event) => event.preventDefault()}>
          {search.isError && (
            <li className="gsearch-note" role="presentation">
              {search.error.message}
            </li>
          )}
          {!search.isError && q.length > 0 && hits.length === 0 && !search.isFetching && (
            <li className="gsearch-note" role="presentation">
              No users match “{q}”.
            </li>
          )}
          {hits.map((hit, index) => (
            <li
              key={hit.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className={index === activeIndex ? 'gsearch-option is-active' : 'gsearch-option'}
              onClick={() => openUser(hit)}
              onMouseMove={() => setActive(index)}
            >
              <Avatar name={hit.displayName ?? hit.username} seed={hit.id} size={22} />
              <span className="gsearch-name truncate">
                {hit.displayName ?? hit.username} <span className="faint">@{hit.username}</span>
              </span>
              <span className="gsearch-match faint">{MATCH_LABELS[hit.matchedOn]}</span>
              <AccountStatusPill status={hit.status} />
            </li>
          ))}
          {q.length > 0 && (
            <li
              id={optionId(hits.length)}
              role="option"
              aria-selected={activeIndex === hits.length}
              className={activeIndex === hits.length ? 'gsearch-option gsearch-all is-active' : 'gsearch-option gsearch-all'}
              onClick={seeAll}
              onMouseMove={() => setActive(hits.length)}
            >
              <Icon name="search" size={14} />
              <span className="truncate">See all results for “{text.trim()}”</span>
              <Kbd combo="enter" decorative />
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
