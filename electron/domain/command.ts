// One path for every state change the console makes (Ozone's emitEvent, Mastodon's
// Admin::AccountAction): a single READ COMMITTED transaction in which the change and its
// audit row are written together. A command that changes nothing it can name in the audit
// log is a bug, so a command that writes no audit row is rolled back.
//
// External calls (Stripe, AWS, e-mail) never happen inside `work`: record the intent here,
// call out afterwards, and record the outcome in a second command.
import type { Database, Tx } from '../infra/db/database';
import { recordAudit, type Actor, type AuditEvent, type AuditReceipt } from './audit/audit-writer';

export type Audit = (event: AuditEvent) => Promise<AuditReceipt>;

/** Returned by a command that found nothing to change (e.g. someone else got there first). */
export const UNCHANGED: unique symbol = Symbol('unchanged');

export interface CommandOptions {
  /** Milliseconds the transaction may run (default 15 s). */
  timeout?: number;
}

export async function command<T>(
  db: Database,
  actor: Actor,
  work: (tx: Tx, audit: Audit) => Promise<T>,
  options: CommandOptions = {},
): Promise<T> {
  return db.prisma.$transaction(
    async (tx) => {
      let recorded = 0;
      const audit: Audit = async (event) => {
        recorded++;
        return recordAudit(tx, actor, event);
      };
      const result = await work(tx, audit);
      if (recorded === 0 && result !== UNCHANGED) {
        throw new Error('A state change reached commit without its audit row; rolled back.');
      }
      return result;
    },
    { isolationLevel: 'ReadCommitted', timeout: options.timeout ?? 15_000, maxWait: 5_000 },
  );
}
