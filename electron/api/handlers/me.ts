import type { Me } from '../contract/system';
import type { StaffSession } from '../../domain/access/sessions';

export function toMe(session: StaffSession, idleLockMinutes: number): Me {
  return {
    id: session.userId,
    username: session.username,
    displayName: session.displayName,
    email: session.email,
    roles: session.roles,
    permissions: [...session.permissions],
    idleLockMinutes,
    locked: session.lockedAt !== null,
    signedInAt: session.signedInAt.toISOString(),
  };
}
