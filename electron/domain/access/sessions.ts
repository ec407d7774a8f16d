// Staff sessions live in the main process only. A transport maps its own handle (the
// window's webContents in the desktop app, an HttpOnly cookie in the browser mode) to a
// session id; the renderer never holds anything it could replay elsewhere.
import { randomBytes } from 'node:crypto';
import type { Clock } from '../../infra/clock';
import type { Permission, StaffRole } from '../../api/contract/permissions';
import { permissionsFor } from '../../api/contract/permissions';

export interface StaffIdentity {
  userId: string;
  username: string;
  displayName: string | null;
  email: string;
  roles: StaffRole[];
}

export interface StaffSession extends StaffIdentity {
  id: string;
  permissions: ReadonlySet<Permission>;
  signedInAt: Date;
  lastActivityAt: Date;
  /** Set when the session locked (idle); cleared by unlock. */
  lockedAt: Date | null;
  origin: 'desktop' | 'web';
}

export class SessionStore {
  private readonly sessions = new Map<string, StaffSession>();

  constructor(
    private readonly clock: Clock,
    private readonly idleLockMinutes: () => number,
  ) {}

  create(identity: StaffIdentity, origin: StaffSession['origin']): StaffSession {
    const now = this.clock.now();
    const session: StaffSession = {
      ...identity,
      id: randomBytes(32).toString('base64url'),
      permissions: permissionsFor(identity.roles),
      signedInAt: now,
      lastActivityAt: now,
      lockedAt: null,
      origin,
    };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The session, with its lock state brought up to date; null when unknown. */
  get(id: string | null | undefined): StaffSession | null {
    if (!id) return null;
    const session = this.sessions.get(id);
    if (!session) return null;
    if (!session.lockedAt && this.idleMs(session) >= this.idleLockMinutes() * 60_000) {
      session.lockedAt = new Date(session.lastActivityAt.getTime() + this.idleLockMinutes() * 60_000);
    }
    return session;
  }

  /** The staff member did something: push the idle lock back (not while locked). */
  touch(session: StaffSession): Date {
    if (!session.lockedAt) session.lastActivityAt = this.clock.now();
    return this.lockAt(session);
  }

  lockAt(session: StaffSession): Date {
    return new Date(session.lastActivityAt.getTime() + this.idleLockMinutes() * 60_000);
  }

  unlock(session: StaffSession): void {
    session.lockedAt = null;
    session.lastActivityAt = this.clock.now();
  }

  destroy(id: string): void {
    this.sessions.delete(id);
  }

  /** Ends every console session of a staff member (e.g. when their account is suspended). */
  destroyForUser(userId: string): number {
    let ended = 0;
    for (const [id, session] of this.sessions) {
      if (session.userId === userId) {
        this.sessions.delete(id);
        ended++;
      }
    }
    return ended;
  }

  private idleMs(session: StaffSession): number {
    return this.clock.now().getTime() - session.lastActivityAt.getTime();
  }
}
