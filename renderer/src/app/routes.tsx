// Every screen of the console, one line each: path, title, the permission it needs, and where
// it sits in the sidebar. Later issues add their routes here (moderation queues, payouts,
// ads, copyright, explorer, analytics) and the sidebar, palette and "g" shortcuts follow.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Permission } from '@contract/permissions';
import type { IconName } from '../ui/Icon';

export interface ScreenProps {
  params: Record<string, string>;
  query: URLSearchParams;
}

export type NavSection = 'Overview' | 'Moderation' | 'Money' | 'Ads' | 'Rights' | 'People' | 'Data' | 'Administration';
export const NAV_SECTIONS: readonly NavSection[] = ['Overview', 'Moderation', 'Money', 'Ads', 'Rights', 'People', 'Data', 'Administration'];

export interface RouteDef {
  path: string;
  title: string;
  component: LazyExoticComponent<ComponentType<ScreenProps>>;
  /** Needed to open the screen; absent = any signed-in staff member. */
  permission?: Permission;
  nav?: { section: NavSection; icon: IconName; keys?: string; label?: string };
  /** What the screen is for, shown on Home and in the palette. */
  summary?: string;
}

const Home = lazy(() => import('../features/home/HomePage'));
const Users = lazy(() => import('../features/users/UsersPage'));
const User = lazy(() => import('../features/users/UserPage'));
const Audit = lazy(() => import('../features/audit/AuditPage'));
const Settings = lazy(() => import('../features/settings/SettingsPage'));

export const ROUTES: readonly RouteDef[] = [
  { path: '/', title: 'Home', component: Home, nav: { section: 'Overview', icon: 'home', keys: 'g h' }, summary: 'Service health and where to start.' },
  { path: '/users', title: 'Users', component: Users, permission: 'users.search', nav: { section: 'People', icon: 'users', keys: 'g u' }, summary: 'Find anyone by email, username, id, phone or Stripe id.' },
  { path: '/users/:id', title: 'User', component: User, permission: 'users.read' },
  { path: '/audit', title: 'Audit log', component: Audit, permission: 'audit.read', nav: { section: 'Administration', icon: 'audit', keys: 'g a' }, summary: 'Who did what, when and why; verify the hash chain.' },
  { path: '/settings', title: 'Settings', component: Settings, nav: { section: 'Administration', icon: 'settings', keys: 'g s' }, summary: 'Connections, keychain and console-wide settings.' },
];
