// The signed-in console: sidebar, top bar, the current screen, the command palette and the
// shortcuts overlay. Global shortcuts are registered here; screens add their own.
import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type JSX } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Me, SystemStatus } from '@contract/system';
import type { Permission } from '@contract/permissions';
import { call } from '../api/client';
import { EmptyState } from '../ui/EmptyState';
import { ErrorState } from '../ui/ErrorState';
import { PortalHostContext } from '../ui/portal';
import { SkeletonLines } from '../ui/Skeleton';
import { useLocalStorage } from '../ui/useLocalStorage';
import { CommandPalette } from './CommandPalette';
import { resolveRoute } from './resolve-route';
import { navigate, useLocation } from './router';
import { ROUTES } from './routes';
import { ScreenBoundary } from './ScreenBoundary';
import { SessionProvider, type Session } from './session';
import { applySignedOut } from './session-cache';
import { useShortcutListener, useShortcuts, type Shortcut } from './shortcuts';
import { ShortcutsHelp } from './ShortcutsHelp';
import { Sidebar } from './Sidebar';
import { toggleTheme } from './theme';
import { TopBar } from './TopBar';
import { useIdleLock } from './useIdleLock';
import './shell.css';

export interface ShellProps {
  status: SystemStatus;
  me: Me;
  inert: boolean;
}

export function Shell({ status, me, inert }: ShellProps): JSX.Element {
  const client = useQueryClient();
  const location = useLocation();
  const [portalHost, setPortalHost] = useState<HTMLDivElement | null>(null);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [collapsed, setCollapsed] = useLocalStorage<boolean>('sfc.sidebar.collapsed', false);
  const searchRef = useRef<HTMLInputElement>(null);
  const mainRef = useRef<HTMLElement>(null);

  useIdleLock(me);
  useShortcutListener();

  const permissions = useMemo(() => new Set<string>(me.permissions), [me.permissions]);
  const can = useCallback((permission: Permission) => permissions.has(permission), [permissions]);
  const signOut = useCallback(() => {
    call('auth.signOut', {})
      .catch(() => undefined)
      .finally(() => applySignedOut(client));
  }, [client]);
  const session = useMemo<Session>(() => ({ status, me, can, signOut }), [status, me, can, signOut]);

  const resolved = resolveRoute(location.path);

  useEffect(() => {
    document.title = `${resolved?.route.title ?? 'Not found'} · Social Flow Console`;
  }, [resolved?.route.title]);

  // After a navigation, a screen reader user lands at the new content, not on a lost focus.
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null) mainRef.current?.focus({ preventScroll: true });
    mainRef.current?.scrollTo({ top: 0 });
  }, [location.path]);

  const globalShortcuts = useMemo<Shortcut[]>(
    () => [
      { keys: 'mod+k', description: 'Open the command palette', group: 'Global', run: () => setPaletteOpen((open) => !open), allowInInputs: true, hideInPalette: true },
      { keys: '?', description: 'Show keyboard shortcuts', group: 'Global', run: () => setHelpOpen(true) },
      ...(can('users.search') ? [{ keys: '/', description: 'Search users', group: 'Global', run: () => searchRef.current?.focus() }] : []),
      { keys: '[', description: 'Collapse or expand the sidebar', group: 'Global', run: () => setCollapsed(!collapsed) },
      { keys: 'shift+t', description: 'Switch between dark and light theme', group: 'Global', run: toggleTheme },
      ...ROUTES.filter((route) => route.nav?.keys && (!route.permission || can(route.permission))).map<Shortcut>((route) => ({
        keys: route.nav!.keys!,
        description: `Go to ${route.nav!.label ?? route.title}`,
        group: 'Navigation',
        run: () => navigate(route.path),
      })),
      { keys: 'j', description: 'Next row (when a table has focus)', group: 'Tables' },
      { keys: 'k', description: 'Previous row', group: 'Tables' },
      { keys: 'enter', description: 'Open the row', group: 'Tables' },
      { keys: 'x', description: 'Select the row', group: 'Tables' },
      { keys: 'home', description: 'First row (End: last)', group: 'Tables' },
      { keys: 'enter', description: 'Confirm a dialog (Shift+Enter: new line)', group: 'Dialogs' },
      { keys: 'escape', description: 'Close a dialog or menu', group: 'Dialogs' },
      { description: 'Sign out', group: 'Account', run: signOut },
    ],
    [can, collapsed, setCollapsed, signOut],
  );
  useShortcuts('global', globalShortcuts);

  const Screen = resolved?.route.component;
  const allowed = !resolved?.route.permission || can(resolved.route.permission);

  return (
    <SessionProvider value={session}>
      <PortalHostContext value={portalHost}>
        <div className={collapsed ? 'shell is-collapsed' : 'shell'} inert={inert} aria-hidden={inert || undefined}>
          <a className="skip-link" href="#main" onClick={(event) => { event.preventDefault(); mainRef.current?.focus(); }}>
            Skip to content
          </a>
          <Sidebar path={location.path} collapsed={collapsed} onToggle={() => setCollapsed(!collapsed)} />
          <div className="shell-main">
            <TopBar searchRef={searchRef} onOpenPalette={() => setPaletteOpen(true)} onOpenHelp={() => setHelpOpen(true)} />
            <main id="main" className="shell-content" ref={mainRef} tabIndex={-1}>
              {!resolved || !Screen ? (
                <EmptyState icon="search" title="There is no page here" actions={<a href="#/">Go home</a>}>
                  <p>
                    <code>{location.path}</code> is not a page of this console.
                  </p>
                </EmptyState>
              ) : !allowed ? (
                <ErrorState
                  error={{ code: 'FORBIDDEN', message: `Your roles cannot open ${resolved.route.title}.` }}
                  permission={resolved.route.permission}
                  actions={<a href="#/">Go home</a>}
                />
              ) : (
                <ScreenBoundary key={resolved.route.path}>
                  <Suspense fallback={<div className="screen-loading"><SkeletonLines lines={6} /></div>}>
                    <Screen params={resolved.params} query={location.query} />
                  </Suspense>
                </ScreenBoundary>
              )}
            </main>
          </div>
          <div ref={setPortalHost} className="portal-host" />
          {paletteOpen && <CommandPalette onClose={() => setPaletteOpen(false)} onShowHelp={() => setHelpOpen(true)} />}
          <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
        </div>
      </PortalHostContext>
    </SessionProvider>
  );
}
