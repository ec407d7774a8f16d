// The emulator's whole state: the collections, the balances per account and currency, the
// idempotency records and the clock — and the journal operations that rebuild it.
//
// Every change goes through `put`, `setBalance`, `saveIdempotency` or `advanceClock`, which apply
// it in memory and queue its operation; `commit` writes the queued operations as one journal line.
// Handlers validate before they change anything and never await between a change and the commit,
// so a line always holds a whole mutation (objects, balances and the idempotency record together).
import { SortedCollection } from './collection';
import { IdempotencyStore, type IdempotencyRecord } from './idempotency';
import { newId } from './ids';
import type { Journal } from './journal';
import type { ObjectKind, ObjectOfKind } from './objects';

export const JOURNAL_FORMAT = 1;

export type JournalOp =
  | { op: 'meta'; format: number; platform: string; createdMs: number }
  | { op: 'put'; kind: ObjectKind; owner: string; obj: ObjectOfKind[ObjectKind] }
  | { op: 'balance'; owner: string; currency: string; available: number; pending: number }
  | { op: 'idem'; record: IdempotencyRecord }
  | { op: 'clock'; offsetMs: number };

export interface BalanceAmounts {
  available: number;
  pending: number;
}

type Collections = { [K in ObjectKind]: SortedCollection<ObjectOfKind[K]> };

const ID_PREFIX_KIND: Record<string, ObjectKind> = {
  acct: 'account',
  tr: 'transfer',
  trr: 'transfer_reversal',
  po: 'payout',
  pi: 'payment_intent',
  ch: 'charge',
  re: 'refund',
};

export function kindOfId(id: string): ObjectKind | undefined {
  const at = id.indexOf('_');
  return at > 0 ? ID_PREFIX_KIND[id.slice(0, at)] : undefined;
}

export class EmulatorState {
  platformAccountId: string;
  readonly collections: Collections = {
    account: new SortedCollection(),
    transfer: new SortedCollection({
      destination: (transfer) => transfer.destination,
      transfer_group: (transfer) => transfer.transfer_group,
      source_transaction: (transfer) => transfer.source_transaction,
    }),
    transfer_reversal: new SortedCollection({ transfer: (reversal) => reversal.transfer }),
    payout: new SortedCollection(),
    payment_intent: new SortedCollection({ customer: (intent) => intent.customer }),
    charge: new SortedCollection({ payment_intent: (charge) => charge.payment_intent, customer: (charge) => charge.customer }),
    refund: new SortedCollection({ charge: (refund) => refund.charge, payment_intent: (refund) => refund.payment_intent }),
  };
  readonly idempotency = new IdempotencyStore();
  private readonly balances = new Map<string, Map<string, BalanceAmounts>>();
  private seq = 0;
  private queued: JournalOp[] = [];
  private clockOffsetMs = 0;
  private createdMs: number;
  /** Operations applied since the journal was opened or compacted (compaction heuristics). */
  opsInJournal = 0;

  constructor(
    private readonly journal: Journal<JournalOp> | null,
    private readonly baseClock: () => number,
  ) {
    this.platformAccountId = newId('acct');
    this.createdMs = baseClock();
  }

  // ---- clock ----

  nowMs(): number {
    return this.baseClock() + this.clockOffsetMs;
  }

  nowSeconds(): number {
    return Math.floor(this.nowMs() / 1000);
  }

  advanceClock(ms: number): void {
    this.clockOffsetMs += ms;
    this.queue({ op: 'clock', offsetMs: this.clockOffsetMs });
  }

  // ---- objects ----

  get<K extends ObjectKind>(kind: K, id: string): ObjectOfKind[K] | undefined {
    return this.collections[kind].get(id) as ObjectOfKind[K] | undefined;
  }

  ownerOf(kind: ObjectKind, id: string): string | undefined {
    return this.collections[kind].entry(id)?.owner;
  }

  /** Any stored object by id, found through its prefix. */
  lookup(id: string): { kind: ObjectKind; obj: ObjectOfKind[ObjectKind]; owner: string } | undefined {
    const kind = kindOfId(id);
    if (!kind) return undefined;
    const entry = this.collections[kind].entry(id);
    return entry ? { kind, obj: entry.obj, owner: entry.owner } : undefined;
  }

  put<K extends ObjectKind>(kind: K, obj: ObjectOfKind[K], owner: string): void {
    this.apply({ op: 'put', kind, owner, obj });
    this.queue({ op: 'put', kind, owner, obj });
  }

  // ---- balances ----

  balance(owner: string, currency: string): BalanceAmounts {
    return this.balances.get(owner)?.get(currency) ?? { available: 0, pending: 0 };
  }

  /** Currencies with a balance entry for `owner`, in first-use order. */
  balanceCurrencies(owner: string): string[] {
    return [...(this.balances.get(owner)?.keys() ?? [])];
  }

  setBalance(owner: string, currency: string, amounts: BalanceAmounts): void {
    const op: JournalOp = { op: 'balance', owner, currency, available: amounts.available, pending: amounts.pending };
    this.apply(op);
    this.queue(op);
  }

  adjustBalance(owner: string, currency: string, availableDelta: number, pendingDelta = 0): void {
    const current = this.balance(owner, currency);
    this.setBalance(owner, currency, { available: current.available + availableDelta, pending: current.pending + pendingDelta });
  }

  // ---- idempotency ----

  saveIdempotency(record: IdempotencyRecord): void {
    this.idempotency.complete(record);
    this.queue({ op: 'idem', record });
  }

  // ---- journal ----

  private queue(op: JournalOp): void {
    if (this.journal) this.queued.push(op);
  }

  /** Writes the queued operations as one journal line. */
  commit(): void {
    if (!this.journal || this.queued.length === 0) return;
    const ops = this.queued;
    this.queued = [];
    this.journal.append(ops);
    this.opsInJournal += ops.length;
  }

  /** Applies one operation (live changes and journal replay alike). */
  apply(op: JournalOp): void {
    switch (op.op) {
      case 'meta':
        this.platformAccountId = op.platform;
        this.createdMs = op.createdMs;
        break;
      case 'put': {
        const collection = this.collections[op.kind] as SortedCollection<ObjectOfKind[ObjectKind]>;
        const existing = collection.entry(op.obj.id);
        collection.put(op.obj, op.owner, existing ? existing.seq : (this.seq += 1));
        break;
      }
      case 'balance': {
        let byCurrency = this.balances.get(op.owner);
        if (!byCurrency) {
          byCurrency = new Map();
          this.balances.set(op.owner, byCurrency);
        }
        byCurrency.set(op.currency, { available: op.available, pending: op.pending });
        break;
      }
      case 'idem':
        this.idempotency.load(op.record);
        break;
      case 'clock':
        this.clockOffsetMs = op.offsetMs;
        break;
    }
  }

  /** Rebuilds the state from journal lines. A journal without a meta line is a new one. */
  replay(lines: JournalOp[][]): void {
    for (const line of lines) {
      for (const op of line) {
        if (op.op === 'meta' && op.format !== JOURNAL_FORMAT) {
          throw new Error(`Stripe emulator journal format ${op.format} is not supported (expected ${JOURNAL_FORMAT}).`);
        }
        this.apply(op);
        this.opsInJournal += 1;
      }
    }
    if (lines.length === 0 && this.journal) {
      this.queue(this.metaOp());
      this.commit();
    }
  }

  private metaOp(): JournalOp {
    return { op: 'meta', format: JOURNAL_FORMAT, platform: this.platformAccountId, createdMs: this.createdMs };
  }

  /** Operations that rebuild the current state and nothing else (for compaction). */
  snapshot(): JournalOp[][] {
    const lines: JournalOp[][] = [[this.metaOp(), { op: 'clock', offsetMs: this.clockOffsetMs }]];
    const chunk = (ops: JournalOp[]): void => {
      for (let at = 0; at < ops.length; at += 500) lines.push(ops.slice(at, at + 500));
    };
    const order: ObjectKind[] = ['account', 'payment_intent', 'charge', 'transfer', 'transfer_reversal', 'refund', 'payout'];
    for (const kind of order) {
      const collection = this.collections[kind] as SortedCollection<ObjectOfKind[ObjectKind]>;
      chunk(collection.entries().map((entry) => ({ op: 'put', kind, owner: entry.owner, obj: entry.obj })));
    }
    const balanceOps: JournalOp[] = [];
    for (const [owner, byCurrency] of this.balances) {
      for (const [currency, amounts] of byCurrency) balanceOps.push({ op: 'balance', owner, currency, ...amounts });
    }
    chunk(balanceOps);
    chunk(this.idempotency.live(this.nowMs()).map((record) => ({ op: 'idem', record })));
    return lines;
  }

  /** Number of operations a compact journal would hold. */
  liveOpCount(): number {
    let count = 2 + this.idempotency.size;
    for (const collection of Object.values(this.collections)) count += collection.size;
    for (const byCurrency of this.balances.values()) count += byCurrency.size;
    return count;
  }

  counts(): Record<ObjectKind, number> & { idempotency_keys: number } {
    return {
      account: this.collections.account.size,
      transfer: this.collections.transfer.size,
      transfer_reversal: this.collections.transfer_reversal.size,
      payout: this.collections.payout.size,
      payment_intent: this.collections.payment_intent.size,
      charge: this.collections.charge.size,
      refund: this.collections.refund.size,
      idempotency_keys: this.idempotency.size,
    };
  }
}
