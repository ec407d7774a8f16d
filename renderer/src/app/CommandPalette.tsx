// Ctrl/⌘+K: every command the registry knows (navigation, theme, sign out, the current
// screen's actions), filtered as you type, plus "Search users for …". ↑/↓ and Enter.
import { useId, useLayoutEffect, useMemo, useRef, useState, type JSX, type KeyboardEvent } from 'react';
import { Icon } from '../ui/Icon';
import { Kbd } from '../ui/Kbd';
import { pushModal } from '../ui/modal-stack';
import { Portal } from '../ui/portal';
import { trapTab } from '../ui/focus';
import { href, navigate } from './router';
import { useSession } from './session';
import { listShortcuts } from './shortcuts';
import './palette.css';

interface Command {
  id: string;
  label: string;
  group: string;
  keys?: string | undefined;
  run: () => void;
}

function matches(label: string, query: string): boolean {
  const haystack = label.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

// The current screen's own commands first, then navigation and the rest; "search users for …"
// leads only when no command matches what was typed (so "sign out" signs out).
const GROUP_RANK: Record<string, number> = { Navigation: 2, Global: 3, Account: 4 };
const rank = (group: string, searchFirst: boolean) => (group === 'Search' ? (searchFirst ? 0 : 5) : (GROUP_RANK[group] ?? 1));

export function CommandPalette({ onClose, onShowHelp }: { onClose: () => void; onShowHelp: () => void }): JSX.Element {
  const { can } = useSession();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useLayoutEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const pop = pushModal();
    inputRef.current?.focus();
    return () => {
      pop();
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  // A snapshot of the registry when the palette opens: the current screen's commands included.
  const [registered] = useState<Command[]>(() =>
    listShortcuts()
      .filter((s) => s.run && s.enabled !== false && !s.hideInPalette)
      .map((s, index) => ({ id: `cmd-${index}`, label: s.description, group: s.group, keys: s.keys, run: s.run! })),
  );

  const commands = useMemo<Command[]>(() => {
    const trimmed = query.trim();
    const list: Command[] = [];
    if (trimmed && can('users.search')) {
      list.push({ id: 'search-users', label: `Search users for “${trimmed}”`, group: 'Search', run: () => navigate(href('/users', { q: trimmed })) });
    }
    list.push(...registered.filter((c) => !trimmed || matches(`${c.group} ${c.label}`, trimmed)));
    if (!trimmed || matches('show keyboard shortcuts help', trimmed)) {
      if (!list.some((c) => c.label === 'Show keyboard shortcuts')) list.push({ id: 'help', label: 'Show keyboard shortcuts', group: 'Global', keys: '?', run: onShowHelp });
    }
    const searchFirst = list.every((c) => c.group === 'Search');
    return list.map((c, index) => ({ c, index })).sort((a, b) => rank(a.c.group, searchFirst) - rank(b.c.group, searchFirst) || a.index - b.index).map(({ c }) => c);
  }, [query, registered, can, onShowHelp]);

  const activeIndex = Math.min(active, commands.length - 1);
  const optionId = (index: number) => `${id}-cmd-${index}`;

  const run = (command: Command | undefined) => {
    if (!command) return;
    onClose();
    // Let the palette unmount (and give focus back) before the command moves focus itself.
    setTimeout(command.run, 0);
  };

  const scrollTo = (index: number) => {
    listRef.current?.querySelector(`#${CSS.escape(optionId(index))}`)?.scrollIntoView({ block: 'nearest' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (event.key === 'ArrowDown' || (event.key === 'n' && event.ctrlKey)) {
      event.preventDefault();
      const next = (activeIndex + 1) % Math.max(1, commands.length);
      setActive(next);
      scrollTo(next);
    } else if (event.key === 'ArrowUp' || (event.key === 'p' && event.ctrlKey)) {
      event.preventDefault();
      const next = (activeIndex - 1 + commands.length) % Math.max(1, commands.length);
      setActive(next);
      scrollTo(next);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(commands[activeIndex]);
    } else if ((event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (rootRef.current) {
      trapTab(event, rootRef.current);
    }
  };

  return (
    <Portal>
      <div className="dialog-backdrop palette-backdrop" role="presentation" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
        <div className="palette" role="dialog" aria-modal="true" aria-label="Command palette" ref={rootRef} onKeyDown={onKeyDown}>
          <div className="palette-input-row">
            <Icon name="command" size={16} className="palette-input-icon" />
            <input
              ref={inputRef}
              className="palette-input"
              role="combobox"
              aria-expanded="true"
              aria-controls={`${id}-list`}
              aria-activedescendant={commands.length > 0 ? optionId(activeIndex) : undefined}
              aria-autocomplete="list"
              aria-label="Type a command or a user to search for"
              placeholder="Type a command, or a user to search for…"
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
                setActive(0);
              }}
              autoComplete="off"
              spellCheck={false}
            />
            <Kbd combo="escape" />
          </div>
          <ul className="palette-list" id={`${id}-list`} role="listbox" aria-label="Commands" ref={listRef}>
            {commands.length === 0 && (
              <li className="palette-empty" role="presentation">
                No command matches “{query}”.
              </li>
            )}
            {commands.map((command, index) => {
              const heading = index === 0 || commands[index - 1]!.group !== command.group ? command.group : null;
              return (
                <li key={command.id} role="presentation">
                  {heading && (
                    <div className="palette-group" aria-hidden="true">
                      {heading}
                    </div>
                  )}
                  <div
                    id={optionId(index)}
                    role="option"
                    aria-selected={index === activeIndex}
                    className={index === activeIndex ? 'palette-option is-active' : 'palette-option'}
                    onMouseMove={() => setActive(index)}
                    onClick={() => run(command)}
                  >
                    <span className="palette-label">{command.label}</span>
                    {command.keys && <Kbd combo={command.keys} decorative />}
                  </div>
                </li>
              );
            })}
          </ul>
          <div className="palette-footer faint">
            <Kbd combo="arrowup" /> <Kbd combo="arrowdown" /> move · <Kbd combo="enter" /> run · <Kbd combo="escape" /> close
          </div>
        </div>
      </div>
    </Portal>
  );
}
