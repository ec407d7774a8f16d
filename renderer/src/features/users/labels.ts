// Words and tones for the users area, in one place.
import type { AccountStatus } from '@contract/enforcement';
import type { PlatformRole, SearchMatch } from '@contract/users';
import type { Tone } from '../../ui/Badge';

export const MATCH_LABELS: Record<SearchMatch, string> = {
  id: 'ID',
  email: 'Email',
  username: 'Username',
  display_name: 'Name',
  phone: 'Phone',
  stripe_customer: 'Stripe customer',
  stripe_connect: 'Stripe Connect',
};

export const STATUS_LABELS: Record<AccountStatus, string> = {
  ACTIVE: 'Active',
  INACTIVE: 'Inactive',
  SUSPENDED: 'Suspended',
  BANNED: 'Banned',
  PENDING_VERIFICATION: 'Unverified',
};

export const STATUS_TONES: Record<AccountStatus, Tone> = {
  ACTIVE: 'ok',
  INACTIVE: 'neutral',
  SUSPENDED: 'warn',
  BANNED: 'danger',
  PENDING_VERIFICATION: 'info',
};

export const ROLE_NAMES: Record<PlatformRole, string> = {
  USER: 'User',
  CREATOR: 'Creator',
  MODERATOR: 'Moderator',
  ADMIN: 'Admin',
  SUPER_ADMIN: 'Super admin',
};

export const ENFORCEMENT_LABELS: Record<string, { label: string; tone: Tone }> = {
  SUSPEND: { label: 'Suspended', tone: 'warn' },
  BAN: { label: 'Banned', tone: 'danger' },
  LIFT_SUSPENSION: { label: 'Suspension lifted', tone: 'ok' },
  UNBAN: { label: 'Unbanned', tone: 'ok' },
  WARN: { label: 'Warned (strike)', tone: 'warn' },
  STRIKE: { label: 'Strike', tone: 'warn' },
};

export const enforcementLabel = (action: string): { label: string; tone: Tone } =>
  ENFORCEMENT_LABELS[action] ?? { label: action.charAt(0) + action.slice(1).toLowerCase().replace(/_/g, ' '), tone: 'neutral' };
