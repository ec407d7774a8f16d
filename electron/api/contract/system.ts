import { z } from 'zod';
import { query, mutation } from './procedure';
import type { Permission, StaffRole } from './permissions';
import type { IsoDate } from './common';

export type ConsoleMode = 'demo' | 'production';

export interface DemoAccount {
  email: string;
  password: string;
  role: StaffRole;
  note: string;
}

export interface ServiceState {
  state: 'ok' | 'unreachable' | 'not_migrated' | 'not_configured';
  label: string;
  message?: string;
  fix?: string;
}

export interface Me {
  id: string;
  username: string;
  displayName: string | null;
  email: string;
  roles: StaffRole[];
  permissions: Permission[];
  idleLockMinutes: number;
  locked: boolean;
  signedInAt: IsoDate;
}

export interface SystemStatus {
  mode: ConsoleMode;
  transport: 'desktop' | 'web';
  version: string;
  database: ServiceState;
  stripe: ServiceState;
  storage: ServiceState;
  demoAccounts: DemoAccount[];
  me: Me | null;
}

export type SignInResult = { status: 'signed_in'; me: Me } | { status: 'totp_required' };

const password = z.string().min(1, 'enter your password').max(1024, 'password is too long');
const totp = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'the code has 6 digits')
  .optional();

export const systemProcedures = {
  'system.status': query<SystemStatus>()({
    input: z.object({}).strict(),
    permission: 'public',
    description: 'Mode, connection health and (in demo mode) the demo accounts; who is signed in.',
  }),
  'system.forgetDatabase': mutation<{ restarting: true }>()({
    input: z.object({}).strict(),
    permission: 'public',
    description:
      'Only while the saved database is unreachable or not migrated (so nobody can sign in to fix it): forget the saved database connection and reconnect on the demo.',
  }),
  'auth.signIn': mutation<SignInResult>()({
    input: z.object({ email: z.string().trim().min(3, 'enter your email').max(320, 'email is too long'), password, totp }).strict(),
    permission: 'public',
    description: 'Sign in with platform credentials (and a TOTP code when 2FA is on).',
  }),
  'auth.signOut': mutation<{ signedOut: true }>()({
    input: z.object({}).strict(),
    permission: 'session',
    description: 'End this console session.',
  }),
  'auth.unlock': mutation<Me>()({
    input: z.object({ password, totp }).strict(),
    permission: 'session',
    description: 'Lift the idle lock by re-entering the password.',
  }),
  'auth.heartbeat': mutation<{ lockAt: IsoDate }>()({
    input: z.object({}).strict(),
    permission: 'session',
    description: 'The staff member is active (keyboard or mouse): push the idle lock back.',
  }),
};
