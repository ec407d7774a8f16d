// Staff sign in with the platform's own credentials: users.password_hash (bcrypt) and, when
// users.two_factor_enabled, a TOTP code from users.two_factor_secret. Staff are users with
// at least one console role (user_roles). Whatever fails — unknown email, wrong password,
// not staff, account not active — the answer is the same sentence, in the same time.
import { ApiError } from '../../api/contract/errors';
import { isStaffRole, type StaffRole } from '../../api/contract/permissions';
import type { Database } from '../../infra/db/database';
import type { Clock } from '../../infra/clock';
import { command } from '../command';
import type { FailureRateLimiter } from './rate-limiter';
import { verifyPassword } from './passwords';
import { verifyTotp } from './totp';
import type { SessionStore, StaffIdentity, StaffSession } from './sessions';

export const WRONG_CREDENTIALS = 'Email or password is incorrect.';

export interface SignInRequest {
  email: string;
  password: string;
  totp?: string | undefined;
}

export interface ClientInfo {
  origin: 'desktop' | 'web';
  /** Identifies where attempts come from (a window, a browser) for rate limiting. */
  clientKey: string;
  ip: string | null;
}

export type SignInOutcome = { status: 'signed_in'; session: StaffSession } | { status: 'totp_required' };

interface StaffRecord {
  identity: StaffIdentity;
  passwordHash: string | null;
  twoFactorEnabled: boolean;
  twoFactorSecret: string | null;
  active: boolean;
}

export class Authenticator {
  /** Last TOTP step accepted per user: a code is good once. */
  private readonly usedSteps = new Map<string, number>();

  constructor(
    private readonly deps: { db: () => Database; sessions: SessionStore; clock: Clock; limiter: FailureRateLimiter },
  ) {}

  async signIn(request: SignInRequest, client: ClientInfo): Promise<SignInOutcome> {
    const email = request.email.trim().toLowerCase();
    const keys = [`email:${email}`, `client:${client.clientKey}`];
    this.refuseIfLimited(keys);

    const staff = await this.findStaff(email);
    const passwordOk = await verifyPassword(request.password, staff?.passwordHash);
    if (!staff || !passwordOk || !staff.active || staff.identity.roles.length === 0) {
      keys.forEach((k) => this.deps.limiter.recordFailure(k));
      throw new ApiError({ code: 'UNAUTHENTICATED', message: WRONG_CREDENTIALS });
    }
    if (staff.twoFactorEnabled) {
      if (!request.totp) return { status: 'totp_required' };
      this.checkTotp(staff, request.totp, keys);
    }
    keys.forEach((k) => this.deps.limiter.reset(k));

    const session = this.deps.sessions.create(staff.identity, client.origin);
    const now = this.deps.clock.now();
    await command(this.deps.db(), { userId: staff.identity.userId, roles: staff.identity.roles, origin: client.origin }, async (tx, audit) => {
      await tx.user.update({
        where: { id: staff.identity.userId },
        data: { lastLoginAt: now, currentLoginAt: now, lastLoginIp: client.ip, currentLoginIp: client.ip, loginCount: { increment: 1 } },
      });
      await audit({ action: 'auth.sign_in', tableName: 'users', operation: 'ACTION', targetId: staff.identity.userId, after: { origin: client.origin, roles: staff.identity.roles } });
    });
    return { status: 'signed_in', session };
  }

  async unlock(session: StaffSession, password: string, totp: string | undefined, client: ClientInfo): Promise<void> {
    const keys = [`email:${session.email.toLowerCase()}`, `client:${client.clientKey}`];
    this.refuseIfLimited(keys);
    const staff = await this.findStaff(session.email.toLowerCase());
    const ok = staff !== null && staff.active && (await verifyPassword(password, staff.passwordHash));
    if (!ok || !staff) {
      keys.forEach((k) => this.deps.limiter.recordFailure(k));
      if (this.deps.limiter.retryAfter(keys[0]!) > 0) this.deps.sessions.destroy(session.id);
      throw new ApiError({ code: 'UNAUTHENTICATED', message: 'The password is incorrect.' });
    }
    if (staff.twoFactorEnabled) {
      if (!totp) throw new ApiError({ code: 'VALIDATION', message: 'Enter the code from your authenticator app.', fields: [{ path: 'totp', message: 'required' }] });
      this.checkTotp(staff, totp, keys);
    }
    keys.forEach((k) => this.deps.limiter.reset(k));
    this.deps.sessions.unlock(session);
  }

  private refuseIfLimited(keys: string[]): void {
    const wait = Math.max(...keys.map((k) => this.deps.limiter.retryAfter(k)));
    if (wait > 0) {
      throw new ApiError({
        code: 'RATE_LIMITED',
        message: `Too many failed attempts. Try again in ${wait < 90 ? `${wait} seconds` : `${Math.ceil(wait / 60)} minutes`}.`,
        retryAfter: wait,
      });
    }
  }

  private checkTotp(staff: StaffRecord, code: string, keys: string[]): void {
    const step = staff.twoFactorSecret ? verifyTotp(staff.twoFactorSecret, code, this.deps.clock.now()) : null;
    const last = this.usedSteps.get(staff.identity.userId);
    if (step === null || (last !== undefined && step <= last)) {
      keys.forEach((k) => this.deps.limiter.recordFailure(k));
      throw new ApiError({ code: 'UNAUTHENTICATED', message: 'That code is not valid. Enter the current code from your authenticator app.', fields: [{ path: 'totp', message: 'invalid or already used' }] });
    }
    this.usedSteps.set(staff.identity.userId, step);
  }

  private async findStaff(email: string): Promise<StaffRecord | null> {
    const prisma = this.deps.db().prisma;
    // lower(email) is indexed; Prisma's case-insensitive filter would be an ILIKE scan.
    const [match] = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE lower(email) = ${email} AND NOT is_deleted LIMIT 1`;
    if (!match) return null;
    const user = await prisma.user.findUnique({
      where: { id: match.id },
      select: {
        id: true,
        username: true,
        displayName: true,
        email: true,
        status: true,
        passwordHash: true,
        twoFactorEnabled: true,
        twoFactorSecret: true,
        roleAssignments: { select: { role: { select: { name: true } } } },
      },
    });
    if (!user) return null;
    const roles = user.roleAssignments.map((r) => r.role.name).filter(isStaffRole) as StaffRole[];
    return {
      identity: { userId: user.id, username: user.username, displayName: user.displayName, email: user.email, roles },
      passwordHash: user.passwordHash,
      twoFactorEnabled: user.twoFactorEnabled,
      twoFactorSecret: user.twoFactorSecret,
      active: user.status === 'ACTIVE',
    };
  }
}
