// Who is signed in, their roles, the theme and sign out.
import type { JSX } from 'react';
import { ROLE_LABELS } from '@contract/permissions';
import { Avatar } from '../ui/Avatar';
import { Badge } from '../ui/Badge';
import { Icon } from '../ui/Icon';
import { Kbd } from '../ui/Kbd';
import { Menu } from '../ui/Menu';
import { useSession } from './session';
import { setThemePreference, useTheme, type ThemePreference } from './theme';

const THEMES: { id: ThemePreference; label: string; icon: 'monitor' | 'moon' | 'sun' }[] = [
  { id: 'system', label: 'Match the system', icon: 'monitor' },
  { id: 'dark', label: 'Dark', icon: 'moon' },
  { id: 'light', label: 'Light', icon: 'sun' },
];

export function UserMenu({ onOpenHelp, onOpenPalette }: { onOpenHelp: () => void; onOpenPalette: () => void }): JSX.Element {
  const { me, signOut } = useSession();
  const { preference } = useTheme();
  const name = me.displayName ?? me.username;
  return (
    <Menu
      label="Account"
      triggerLabel={`Account: ${name}`}
      triggerClassName="user-trigger"
      trigger={
        <>
          <Avatar name={name} seed={me.id} size={24} />
          <span className="user-trigger-name">{name}</span>
          <Icon name="chevronDown" size={12} />
        </>
      }
      header={
        <div className="user-menu-header">
          <div className="user-menu-name">{name}</div>
          <div className="faint">{me.email}</div>
          <div className="row-wrap user-menu-roles">
            {me.roles.map((role) => (
              <Badge key={role} tone="accent">
                {ROLE_LABELS[role]}
              </Badge>
            ))}
          </div>
        </div>
      }
      items={[
        ...THEMES.map((theme) => ({
          id: `theme-${theme.id}`,
          label: `Theme: ${theme.label}`,
          icon: theme.icon,
          hint: preference === theme.id ? <Icon name="check" size={14} label="current" /> : undefined,
          onSelect: () => setThemePreference(theme.id),
        })),
        'separator' as const,
        { id: 'palette', label: 'Command palette', icon: 'command' as const, hint: <Kbd combo="mod+k" decorative />, onSelect: onOpenPalette },
        { id: 'help', label: 'Keyboard shortcuts', icon: 'keyboard' as const, hint: <Kbd combo="?" decorative />, onSelect: onOpenHelp },
        'separator' as const,
        { id: 'signout', label: 'Sign out', icon: 'logout' as const, tone: 'danger' as const, onSelect: signOut },
      ]}
    />
  );
}
