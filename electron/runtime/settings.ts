// Console-wide settings (idle lock, approval thresholds, lease length) live in the
// platform database (console_settings) so every staff member's console applies the same
// policy; changing one is a state change like any other: one command, one audit row.
import type { ConsoleSettings } from '../api/contract/connections';
import type { Database } from '../infra/db/database';
import { command } from '../domain/command';
import type { Actor } from '../domain/audit/audit-writer';

export const DEFAULT_SETTINGS: ConsoleSettings = {
  idleLockMinutes: 15,
  payoutSecondApprovalCents: 100_000,
  refundSecondApprovalCents: 50_000,
  moderationLeaseMinutes: 10,
};

const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof ConsoleSettings)[];
const CACHE_MS = 15_000;

export class SettingsStore {
  private cached: { at: number; value: ConsoleSettings } | null = null;

  constructor(private readonly db: () => Database | null) {}

  /** Current settings; the defaults while no database is connected. */
  async current(): Promise<ConsoleSettings> {
    if (this.cached && Date.now() - this.cached.at < CACHE_MS) return this.cached.value;
    const db = this.db();
    if (!db) return DEFAULT_SETTINGS;
    try {
      const rows = await db.prisma.consoleSetting.findMany({ where: { key: { in: KEYS } } });
      const value = { ...DEFAULT_SETTINGS };
      for (const row of rows) {
        const key = row.key as keyof ConsoleSettings;
        if (typeof row.value === 'number') value[key] = row.value;
      }
      this.cached = { at: Date.now(), value };
      return value;
    } catch {
      return this.cached?.value ?? DEFAULT_SETTINGS;
    }
  }

  /** Synchronous read for hot paths (the idle lock check); refreshed by current(). */
  snapshot(): ConsoleSettings {
    return this.cached?.value ?? DEFAULT_SETTINGS;
  }

  async update(changes: Partial<ConsoleSettings>, reason: string, actor: Actor): Promise<ConsoleSettings> {
    const db = this.db();
    if (!db) throw new Error('no database');
    const before = await this.current();
    const entries = Object.entries(changes).filter(([, v]) => v !== undefined) as [keyof ConsoleSettings, number][];
    await command(db, actor, async (tx, audit) => {
      for (const [key, value] of entries) {
        await tx.consoleSetting.upsert({
          where: { key },
          create: { key, value, updatedById: actor.userId },
          update: { value, updatedById: actor.userId },
        });
      }
      await audit({
        action: 'settings.update',
        tableName: 'console_settings',
        targetId: entries.map(([k]) => k).join(','),
        reason,
        before: Object.fromEntries(entries.map(([k]) => [k, before[k]])),
        after: Object.fromEntries(entries),
      });
    });
    this.cached = null;
    return this.current();
  }
}
