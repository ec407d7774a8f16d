// Console roles and what each may do. The main process enforces this matrix on every call
// (see electron/api/dispatcher.ts); the renderer reads it only to hide what a role cannot do.
export const STAFF_ROLES = [
  'moderator',
  'senior_moderator',
  'finance',
  'ad_reviewer',
  'rights',
  'support',
  'admin',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const ROLE_LABELS: Record<StaffRole, string> = {
  moderator: 'Moderator',
  senior_moderator: 'Senior moderator',
  finance: 'Finance',
  ad_reviewer: 'Ad reviewer',
  rights: 'Rights',
  support: 'Support',
  admin: 'Admin',
};

export const PERMISSIONS = [
  // people
  'users.search',
  'users.read',
  'users.pii.view', // see emails and phone numbers unmasked
  'users.pii.reveal', // unmask one value with a reason (audited)
  'users.enforce', // warn, suspend, ban, lift
  'users.support', // revoke sessions, reset 2FA, resend verification, cancel subscription
  'users.notes.write',
  // moderation
  'moderation.queue',
  'moderation.decide',
  'moderation.escalated',
  'moderation.bulk',
  'moderation.appeals',
  'moderation.rules.manage',
  'moderation.policies.manage',
  'moderation.stats',
  'moderation.live',
  // money
  'payouts.read',
  'payouts.approve',
  'payouts.hold',
  'refunds.request',
  'refunds.approve',
  'ledger.read',
  'reconciliation.run',
  // ads
  'ads.review',
  'ads.appeals',
  'ads.thresholds.manage',
  // rights
  'copyright.claims',
  'copyright.catalog',
  'copyright.terminate',
  // data
  'explorer.read',
  'explorer.export',
  'analytics.read',
  // administration
  'audit.read',
  'audit.verify',
  'settings.manage',
  'connections.manage',
  'staff.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const everyone: Permission[] = ['users.search', 'users.read', 'users.notes.write', 'explorer.read', 'analytics.read'];
const moderation: Permission[] = ['moderation.queue', 'moderation.decide', 'moderation.appeals', 'moderation.stats', 'moderation.live', 'users.enforce'];

export const ROLE_PERMISSIONS: Record<StaffRole, readonly Permission[]> = {
  moderator: [...everyone, ...moderation],
  senior_moderator: [
    ...everyone,
    ...moderation,
    'moderation.escalated',
    'moderation.bulk',
    'moderation.rules.manage',
    'copyright.terminate',
  ],
  finance: [
    ...everyone,
    'users.pii.view',
    'payouts.read',
    'payouts.approve',
    'payouts.hold',
    'refunds.request',
    'refunds.approve',
    'ledger.read',
    'reconciliation.run',
    'explorer.export',
  ],
  ad_reviewer: [...everyone, 'ads.review', 'ads.appeals'],
  rights: [...everyone, 'copyright.claims', 'copyright.catalog'],
  support: [...everyone, 'users.pii.reveal', 'users.support', 'refunds.request', 'payouts.read', 'ledger.read'],
  // Administration and oversight, deliberately without money approvals or content decisions:
  // segregation of duties keeps an admin from approving the payouts they could configure.
  // Admins may enforce on accounts: they are the only ones who may act on staff accounts.
  admin: [
    ...everyone,
    'users.enforce',
    'users.pii.view',
    'users.pii.reveal',
    'moderation.stats',
    'moderation.policies.manage',
    'moderation.rules.manage',
    'copyright.terminate',
    'payouts.read',
    'ledger.read',
    'ads.thresholds.manage',
    'explorer.export',
    'audit.read',
    'audit.verify',
    'settings.manage',
    'connections.manage',
    'staff.manage',
  ],
};

export function permissionsFor(roles: readonly StaffRole[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}

export const isStaffRole = (value: string): value is StaffRole => (STAFF_ROLES as readonly string[]).includes(value);
