// What the signed-in staff member can do, derived from their permissions (so it is always
// true), and the screens they can open.
import type { JSX } from 'react';
import type { Permission } from '@contract/permissions';
import { ROUTES } from '../../app/routes';
import { useSession } from '../../app/session';
import { Icon } from '../../ui/Icon';
import { Kbd } from '../../ui/Kbd';
import { Panel } from '../../ui/Panel';

const ABILITIES: { permission: Permission; yes: string; no?: string }[] = [
  { permission: 'users.search', yes: 'Find any user by email, username, name, id, phone or Stripe id' },
  { permission: 'users.read', yes: 'Open a user: profile, content, payments, enforcement and staff history' },
  { permission: 'users.enforce', yes: 'Suspend, ban or lift an account, always with a reason' },
  { permission: 'users.pii.view', yes: 'See emails and phone numbers unmasked', no: 'Emails and phone numbers are masked for your role' },
  { permission: 'audit.read', yes: 'Read the audit log of every staff action' },
  { permission: 'audit.verify', yes: 'Verify that the audit log’s hash chain is intact' },
  { permission: 'connections.manage', yes: 'Manage connections: database, replica, Stripe, AWS (keychain)' },
  { permission: 'settings.manage', yes: 'Change console-wide settings', no: 'Read console-wide settings (admins change them)' },
];

export function YourScreens(): JSX.Element {
  const { can } = useSession();
  const screens = ROUTES.filter((route) => route.nav && route.path !== '/' && (!route.permission || can(route.permission)));
  const abilities = ABILITIES.filter((a) => can(a.permission) || a.no);
  return (
    <Panel title="What you can do here" meta={`${screens.length} screens for your roles`}>
      <ul className="abilities">
        {abilities.map((a) => {
          const yes = can(a.permission);
          return (
            <li key={a.permission} className={yes ? 'ability' : 'ability is-no'}>
              <Icon name={yes ? 'check' : 'lock'} size={14} />
              <span>{yes ? a.yes : a.no}</span>
            </li>
          );
        })}
      </ul>
      <ul className="screen-links">
        {screens.map((route) => (
          <li key={route.path}>
            <a className="screen-link" href={`#${route.path}`} aria-keyshortcuts={route.nav!.keys}>
              <span className="screen-link-icon">
                <Icon name={route.nav!.icon} size={16} />
              </span>
              <span className="screen-link-text">
                <span className="screen-link-title">{route.nav!.label ?? route.title}</span>
                {route.summary && <span className="muted">{route.summary}</span>}
              </span>
              {route.nav!.keys && <Kbd combo={route.nav!.keys} decorative />}
            </a>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
