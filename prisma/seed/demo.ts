// The demo default's data: seeded once into the console's own embedded database (a marker
// row in console_settings records the seed and version), reused on every later start.
import type { S3Client } from '@aws-sdk/client-s3';
import type { Database } from '../../electron/infra/db/database';
import type { Logger } from '../../electron/infra/log';
import type { EmulatorAdmin } from '../../electron/emulators/stripe';
import { DEMO_STAFF } from './demo-staff';
import { hashPassword } from '../../electron/domain/access/passwords';

export const DEMO_SEED = 20261122;
export const DEMO_DATA_VERSION = 1;
const MARKER = 'demo.seeded';

export interface DemoSeedDeps {
  database: Database;
  stripe: EmulatorAdmin;
  s3: S3Client;
  bucket: string;
  log: Logger;
}

export async function ensureDemoData(deps: DemoSeedDeps): Promise<void> {
  const marker = await deps.database.prisma.consoleSetting.findUnique({ where: { key: MARKER } });
  if (marker) return;
  const started = Date.now();
  deps.log.info('seeding the demo data (first start only)…');
  await seedDemoStaff(deps.database);
  await deps.database.prisma.consoleSetting.create({
    data: { key: MARKER, value: { seed: DEMO_SEED, version: DEMO_DATA_VERSION, at: new Date().toISOString(), ms: Date.now() - started } },
  });
  deps.log.info(`demo data ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export async function seedDemoStaff(database: Database): Promise<void> {
  const roles = new Map((await database.prisma.role.findMany()).map((r) => [r.name, r.id]));
  const passwordHash = await hashPassword(DEMO_STAFF[0]!.password);
  for (const member of DEMO_STAFF) {
    const user = await database.prisma.user.upsert({
      where: { email: member.email },
      update: {},
      create: {
        email: member.email,
        username: member.username,
        displayName: member.displayName,
        passwordHash,
        role: member.role === 'admin' ? 'ADMIN' : member.role.includes('moderator') ? 'MODERATOR' : 'USER',
        isVerified: true,
        emailVerifiedAt: new Date(),
        twoFactorEnabled: !!member.totpSecret,
        twoFactorSecret: member.totpSecret ?? null,
      },
    });
    const roleId = roles.get(member.role);
    if (!roleId) throw new Error(`role ${member.role} missing: are the migrations applied?`);
    await database.prisma.userRoleAssignment.upsert({
      where: { userId_roleId: { userId: user.id, roleId } },
      update: {},
      create: { userId: user.id, roleId },
    });
  }
}
