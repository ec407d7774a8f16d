// Rows for integration tests, written through the real Prisma client.
import { randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { Database } from '../../electron/infra/db/database';
import type { StaffRole } from '../../electron/api/contract/permissions';

const unique = () => randomBytes(5).toString('hex');
const FAST_HASHES = new Map<string, string>();

/** bcrypt at cost 4: same format as production hashes, fast enough for tests. */
export function hashFor(password: string): string {
  let hash = FAST_HASHES.get(password);
  if (!hash) FAST_HASHES.set(password, (hash = bcrypt.hashSync(password, 4)));
  return hash;
}

export async function createUser(db: Database, overrides: Partial<Parameters<Database['prisma']['user']['create']>[0]['data']> = {}) {
  const id = unique();
  return db.prisma.user.create({
    data: { username: `user_${id}`, email: `user_${id}@example.com`, displayName: `User ${id}`, passwordHash: hashFor('user-password'), ...overrides },
  });
}

export async function createStaff(db: Database, roles: StaffRole[], options: { password?: string; totpSecret?: string; email?: string } = {}) {
  const user = await createUser(db, {
    email: options.email ?? `staff_${unique()}@socialflow.test`,
    passwordHash: hashFor(options.password ?? 'staff-password'),
    twoFactorEnabled: !!options.totpSecret,
    twoFactorSecret: options.totpSecret ?? null,
  });
  const rows = await db.prisma.role.findMany({ where: { name: { in: roles } } });
  await db.prisma.userRoleAssignment.createMany({ data: rows.map((role) => ({ userId: user.id, roleId: role.id })) });
  return user;
}

export async function createPlatformSessions(db: Database, userId: string, count: number) {
  await db.prisma.userSession.createMany({
    data: Array.from({ length: count }, () => ({ userId, refreshTokenHash: randomBytes(16).toString('hex'), expiresAt: new Date(Date.now() + 86_400_000) })),
  });
}
