// The top bar: global user search, the mode badge, service health, palette and help buttons,
// and the user menu.
import type { JSX, RefObject } from 'react';
import { IconButton } from '../ui/IconButton';
import { Kbd } from '../ui/Kbd';
import { GlobalSearch } from './GlobalSearch';
import { HealthDots } from './HealthDots';
import { ModeBadge } from './ModeBadge';
import { useSession } from './session';
import { UserMenu } from './UserMenu';

export function TopBar({ searchRef, onOpenPalette, onOpenHelp }: { searchRef: RefObject<HTMLInputElement | null>; onOpenPalette: () => void; onOpenHelp: () => void }): JSX.Element {
  const { can, status } = useSession();
  return (
    <header className="topbar">
      {can('users.search') ? <GlobalSearch inputRef={searchRef} /> : <span className="topbar-search-placeholder" />}
      <ModeBadge mode={status.mode} />
      <span className="spacer" />
      <HealthDots status={status} />
      <button type="button" className="topbar-palette" onClick={onOpenPalette} aria-keyshortcuts="Control+K Meta+K">
        <span>Commands</span>
        <Kbd combo="mod+k" decorative />
      </button>
      <IconButton icon="keyboard" label="Keyboard shortcuts (?)" onClick={onOpenHelp} />
      <UserMenu onOpenHelp={onOpenHelp} onOpenPalette={onOpenPalette} />
    </header>
  );
}
