// The demo's staff accounts, one or more per console role. Listed on the sign-in screen in
// demo mode only (and in the README); they exist only in the demo database the console
// creates for itself.
import type { StaffRole } from '../../electron/api/contract/permissions';

export const DEMO_PASSWORD = 'demo-console-2026';

/** Base32 TOTP secret of the one demo account with 2FA on (add it to any authenticator app). */
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export interface DemoStaffMember {
  email: string;
  password: string;
  username: string;
  displayName: string;
  role: StaffRole;
  note: string;
  totpSecret?: string;
}

const MEMBERS: Omit<DemoStaffMember, 'password'>[] = [
  { email: 'moderator@socialflow.demo', username: 'mod.maya', displayName: 'Maya Okafor', role: 'moderator', note: 'Moderation queues, decisions, account enforcement' },
  { email: 'moderator2@socialflow.demo', username: 'mod.jonas', displayName: 'Jonas Berg', role: 'moderator', note: 'A second moderator (appeals go to someone else)' },
  { email: 'senior@socialflow.demo', username: 'senior.ana', displayName: 'Ana Ruiz', role: 'senior_moderator', note: 'Escalations, bulk decisions, keyword rules' },
  { email: 'finance@socialflow.demo', username: 'fin.li', displayName: 'Li Wei', role: 'finance', note: 'Payouts, refunds, ledger' },
  { email: 'finance2@socialflow.demo', username: 'fin.omar', displayName: 'Omar Haddad', role: 'finance', note: 'Second approver for large payouts' },
  { email: 'ads@socialflow.demo', username: 'ads.priya', displayName: 'Priya Nair', role: 'ad_reviewer', note: 'Ad review queue' },
  { email: 'rights@socialflow.demo', username: 'rights.tom', displayName: 'Tom Keller', role: 'rights', note: 'Copyright claims and the catalog' },
  { email: 'support@socialflow.demo', username: 'support.sam', displayName: 'Sam Patel', role: 'support', note: 'User lookup, 360 view, safe actions' },
  { email: 'admin@socialflow.demo', username: 'admin.eva', displayName: 'Eva Lindqvist', role: 'admin', note: 'Settings, connections, audit log' },
  {
    email: 'security@socialflow.demo',
    username: 'admin.kofi',
    displayName: 'Kofi Mensah',
    role: 'admin',
    note: `Admin with 2FA on: TOTP secret ${DEMO_TOTP_SECRET}`,
    totpSecret: DEMO_TOTP_SECRET,
  },
];

export const DEMO_STAFF: DemoStaffMember[] = MEMBERS.map((member) => ({ ...member, password: DEMO_PASSWORD }));
