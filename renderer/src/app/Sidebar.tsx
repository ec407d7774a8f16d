// The left navigation: sections in a fixed order, each entry shown only when the signed-in
// staff member may open it. Collapses to icons ("[" or the button at the bottom).
import type { JSX } from 'react';
import { Icon } from '../ui/Icon';
import { IconButton } from '../ui/IconButton';
import { Kbd } from '../ui/Kbd';
import { navOwner } from './resolve-route';
import { NAV_SECTIONS, ROUTES } from './routes';
import { useSession } from './session';
import { Logo } from './Logo';

export function Sidebar({ path, collapsed, onToggle }: { path: string; collapsed: boolean; onToggle: () => void }): JSX.Element {
  const { can, status } = useSession();
  const current = navOwner(path);
  const visible = ROUTES.filter((route) => route.nav && (!route.permission || can(route.permission)));
  return (
    <nav className="sidebar" aria-label="Main">
      <a className="sidebar-brand" href="#/" aria-label="Social Flow Console, home">
        <Logo />
        {!collapsed && (
          <span className="sidebar-brand-text">
            <span className="sidebar-brand-name">Social Flow</span>
            <span className="sidebar-brand-sub">Console</span>
          </span>
        )}
      </a>
      <div className="sidebar-sections">
        {NAV_SECTIONS.map((section) => {
          const entries = visible.filter((route) => route.nav!.section === section);
          if (entries.length === 0) return null;
          return (
            <div className="sidebar-section" key={section} role="group" aria-label={section}>
              {!collapsed && section !== 'Overview' && <div className="sidebar-section-title">{section}</div>}
              {collapsed && section !== 'Overview' && <div className="sidebar-section-rule" aria-hidden="true" />}
              {entries.map((route) => {
                const label = route.nav!.label ?? route.title;
                const active = current === route.path;
                return (
                  <a
                    key={route.path}
                    href={`#${route.path}`}
                    className={active ? 'sidebar-link is-active' : 'sidebar-link'}
                    aria-current={active ? 'page' : undefined}
                    title={collapsed ? label : undefined}
                    aria-label={collapsed ? label : undefined}
                    aria-keyshortcuts={route.nav!.keys}
                  >
                    <Icon name={route.nav!.icon} size={16} />
                    {!collapsed && <span className="sidebar-link-label">{label}</span>}
                    {!collapsed && route.nav!.keys && <Kbd combo={route.nav!.keys} className="sidebar-link-kbd" decorative />}
                  </a>
                );
              })}
            </div>
          );
        })}
      </div>
      <div className="sidebar-footer">
        {!collapsed && <span className="sidebar-version faint">v{status.version}</span>}
        <IconButton icon="sidebar" label={collapsed ? 'Expand sidebar ([)' : 'Collapse sidebar ([)'} size="sm" onClick={onToggle} pressed={collapsed} />
      </div>
    </nav>
  );
}
