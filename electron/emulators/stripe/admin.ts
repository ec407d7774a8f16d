// The in-process admin API: seeding and inspection for tests and the demo seeder. It changes the
// same state the HTTP API serves and journals every change like a request.
//
// History objects (transfers, refunds, payments, payouts with a given `created`) do not move money
// unless `moveFunds: true`: seeders set balances explicitly with `setBalance`. Refunds still obey
// the charge's refundable amount, and transfers need an existing destination account.
import { resourceMissing } from './errors';
import type { AccountObject, ChargeObject, Metadata, PaymentIntentObject, PayoutObject, RefundObject, TransferObject, TransferReversalObject } from './objects';
import { renderById } from './render';
import { accountFromSeed, type AccountSeed, type AccountStateFields } from './resources/accounts';
import { balanceObject } from './resources/balance';
import { createSucceededPayment } from './resources/payments';
import { executePayout } from './resources/payouts';
import { executeRefund, type RefundReason } from './resources/refunds';
import { executeReversal, executeTransfer, renderTransfer } from './resources/transfers';
import type { EmulatorState } from './state';

export type { AccountSeed } from './resources/accounts';

export interface BalanceSeed {
  currency: string;
  /** Minor units; unchanged when omitted. */
  available?: number;
  pending?: number;
  /** A connected account id; the platform when omitted. */
  account?: string;
}

export interface AccountPatch extends AccountStateFields {
  email?: string | null;
}

export interface PaymentSeed {
  amount: number;
  currency?: string;
  customer?: string | null;
  description?: string | null;
  metadata?: Metadata;
  /** A Stripe test PaymentMethod (pm_card_visa by default). */
  paymentMethod?: string;
  transferGroup?: string | null;
  created?: number;
  /** A connected account the payment belongs to; the platform when omitted. */
  account?: string;
  /** Credit the balance with the charge (default false). */
  moveFunds?: boolean;
}

export interface TransferSeed {
  amount: number;
  currency?: string;
  destination: string;
  transferGroup?: string | null;
  description?: string | null;
  metadata?: Metadata;
  sourceTransaction?: string | null;
  created?: number;
  /** Debit the platform and credit the destination (default false). */
  moveFunds?: boolean;
}

export interface RefundSeed {
  charge?: string;
  paymentIntent?: string;
  amount?: number;
  reason?: RefundReason | null;
  metadata?: Metadata;
  created?: number;
  moveFunds?: boolean;
}

export interface PayoutSeed {
  amount: number;
  currency?: string;
  description?: string | null;
  metadata?: Metadata;
  created?: number;
  account?: string;
  moveFunds?: boolean;
}

export interface ReversalSeed {
  transfer: string;
  amount?: number;
  metadata?: Metadata;
  created?: number;
  moveFunds?: boolean;
}

export interface EmulatorCounts {
  accounts: number;
  transfers: number;
  transferReversals: number;
  payouts: number;
  paymentIntents: number;
  charges: number;
  refunds: number;
  idempotencyKeys: number;
}

export interface BalanceSnapshot {
  available: Record<string, number>;
  pending: Record<string, number>;
}

/** Typed in-process control of the emulator (not reachable over HTTP). */
export interface EmulatorAdmin {
  /** The emulated platform's own account id (stable across restarts on one dataDir). */
  readonly platformAccountId: string;
  /** Creates a connected account in exactly the given state (see AccountSeed for defaults). */
  createAccount(seed?: AccountSeed): AccountObject;
  /** Sets exactly the given fields of a connected account. */
  updateAccount(id: string, patch: AccountPatch): AccountObject;
  setBalance(seed: BalanceSeed): void;
  getBalance(account?: string): BalanceSnapshot;
  /** A succeeded payment intent with its succeeded charge. */
  createSucceededPaymentIntent(seed: PaymentSeed): { paymentIntent: PaymentIntentObject; charge: ChargeObject };
  createTransfer(seed: TransferSeed): TransferObject;
  reverseTransfer(seed: ReversalSeed): TransferReversalObject;
  createRefund(seed: RefundSeed): RefundObject;
  createPayout(seed: PayoutSeed): PayoutObject;
  /** Any object by id, as GET would return it (undefined when unknown). */
  get(id: string): object | undefined;
  counts(): EmulatorCounts;
  /** The emulator's clock, unix seconds. */
  now(): number;
  /** Moves the emulator's clock forward (payout arrival, idempotency key expiry). */
  advanceTime(seconds: number): void;
  /** Simulated processing time of each HTTP request (ms); 0 by default. */
  setProcessingDelay(ms: number): void;
}

function checkAmount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer in minor units (got ${value}).`);
}

function checkCreated(value: number | undefined): void {
  if (value !== undefined && (!Number.isSafeInteger(value) || value < 0)) throw new RangeError(`created must be unix seconds (got ${value}).`);
}

export function createAdmin(state: EmulatorState, setDelay: (ms: number) => void): EmulatorAdmin {
  /** Runs one change and writes its journal line, whatever happens. */
  const mutate = <T>(change: () => T): T => {
    try {
      return change();
    } finally {
      state.commit();
    }
  };
  const ownerOf = (account: string | undefined): string => {
    if (account === undefined || account === state.platformAccountId) return state.platformAccountId;
    if (!state.get('account', account)) throw resourceMissing('account', account, 'account');
    return account;
  };

  return {
    get platformAccountId() {
      return state.platformAccountId;
    },

    createAccount(seed = {}) {
      checkCreated(seed.created);
      if (seed.id !== undefined && (!/^acct_[A-Za-z0-9]+$/.test(seed.id) || state.get('account', seed.id) || seed.id === state.platformAccountId)) {
        throw new RangeError(`Account id ${seed.id} is malformed or already used.`);
      }
      return mutate(() => {
        const account = accountFromSeed(seed, state.nowSeconds());
        state.put('account', account, state.platformAccountId);
        return account;
      });
    },

    updateAccount(id, patch) {
      const current = state.get('account', id);
      if (!current) throw resourceMissing('account', id, 'account');
      return mutate(() => {
        const account = structuredClone(current);
        if (patch.email !== undefined) account.email = patch.email;
        if (patch.metadata !== undefined) account.metadata = { ...patch.metadata };
        if (patch.capabilities?.transfers !== undefined) account.capabilities.transfers = patch.capabilities.transfers;
        if (patch.capabilities?.card_payments !== undefined) account.capabilities.card_payments = patch.capabilities.card_payments;
        if (patch.payouts_enabled !== undefined) account.payouts_enabled = patch.payouts_enabled;
        if (patch.charges_enabled !== undefined) account.charges_enabled = patch.charges_enabled;
        if (patch.details_submitted !== undefined) account.details_submitted = patch.details_submitted;
        const req = patch.requirements;
        if (req) {
          if (req.currently_due !== undefined) account.requirements.currently_due = [...req.currently_due];
          if (req.past_due !== undefined) account.requirements.past_due = [...req.past_due];
          if (req.eventually_due !== undefined) account.requirements.eventually_due = [...req.eventually_due];
          if (req.pending_verification !== undefined) account.requirements.pending_verification = [...req.pending_verification];
          if (req.disabled_reason !== undefined) account.requirements.disabled_reason = req.disabled_reason;
          if (req.current_deadline !== undefined) account.requirements.current_deadline = req.current_deadline;
        }
        state.put('account', account, state.platformAccountId);
        return account;
      });
    },

    setBalance(seed) {
      const owner = ownerOf(seed.account);
      const currency = seed.currency.toLowerCase();
      for (const [name, value] of [['available', seed.available], ['pending', seed.pending]] as const) {
        if (value !== undefined && !Number.isSafeInteger(value)) throw new RangeError(`${name} must be an integer in minor units (got ${value}).`);
      }
      mutate(() => {
        const current = state.balance(owner, currency);
        state.setBalance(owner, currency, { available: seed.available ?? current.available, pending: seed.pending ?? current.pending });
      });
    },

    getBalance(account) {
      const owner = ownerOf(account);
      const balance = balanceObject(state, owner, owner === state.platformAccountId);
      return {
        available: Object.fromEntries(balance.available.map((entry) => [entry.currency, entry.amount])),
        pending: Object.fromEntries(balance.pending.map((entry) => [entry.currency, entry.amount])),
      };
    },

    createSucceededPaymentIntent(seed) {
      checkAmount(seed.amount, 'amount');
      checkCreated(seed.created);
      const owner = ownerOf(seed.account);
      return mutate(() =>
        createSucceededPayment(
          state,
          owner,
          {
            amount: seed.amount,
            currency: (seed.currency ?? 'usd').toLowerCase(),
            customer: seed.customer ?? null,
            description: seed.description ?? null,
            metadata: seed.metadata ?? {},
            payment_method: seed.paymentMethod ?? 'pm_card_visa',
            transfer_group: seed.transferGroup ?? null,
            created: seed.created,
          },
          seed.moveFunds ?? false,
        ),
      );
    },

    createTransfer(seed) {
      checkAmount(seed.amount, 'amount');
      checkCreated(seed.created);
      return mutate(() =>
        renderTransfer(
          state,
          executeTransfer(
            state,
            state.platformAccountId,
            {
              amount: seed.amount,
              currency: (seed.currency ?? 'usd').toLowerCase(),
              destination: seed.destination,
              description: seed.description ?? null,
              transfer_group: seed.transferGroup ?? null,
              metadata: seed.metadata ?? {},
              source_transaction: seed.sourceTransaction ?? null,
              created: seed.created,
            },
            { enforce: false, moveFunds: seed.moveFunds ?? false },
          ),
        ),
      );
    },

    reverseTransfer(seed) {
      if (seed.amount !== undefined) checkAmount(seed.amount, 'amount');
      checkCreated(seed.created);
      const transfer = state.get('transfer', seed.transfer);
      if (!transfer) throw resourceMissing('transfer', seed.transfer, 'transfer');
      return mutate(() =>
        executeReversal(state, transfer, { amount: seed.amount, metadata: seed.metadata ?? {}, created: seed.created }, seed.moveFunds ?? false),
      );
    },

    createRefund(seed) {
      if (seed.amount !== undefined) checkAmount(seed.amount, 'amount');
      checkCreated(seed.created);
      if (seed.charge === undefined && seed.paymentIntent === undefined) throw new RangeError('createRefund needs a charge or a paymentIntent.');
      const target = seed.charge ?? seed.paymentIntent ?? '';
      const owner = state.lookup(target)?.owner ?? state.platformAccountId;
      return mutate(() =>
        executeRefund(
          state,
          owner,
          {
            ...(seed.charge !== undefined ? { charge: seed.charge } : {}),
            ...(seed.paymentIntent !== undefined ? { payment_intent: seed.paymentIntent } : {}),
            amount: seed.amount,
            reason: seed.reason ?? null,
            metadata: seed.metadata ?? {},
            created: seed.created,
          },
          seed.moveFunds ?? false,
        ),
      );
    },

    createPayout(seed) {
      checkAmount(seed.amount, 'amount');
      checkCreated(seed.created);
      const owner = ownerOf(seed.account);
      return mutate(() =>
        executePayout(
          state,
          owner,
          {
            amount: seed.amount,
            currency: (seed.currency ?? 'usd').toLowerCase(),
            description: seed.description ?? null,
            metadata: seed.metadata ?? {},
            created: seed.created,
          },
          false,
          seed.moveFunds ?? false,
        ),
      );
    },

    get(id) {
      return renderById(state, id);
    },

    counts() {
      const counts = state.counts();
      return {
        accounts: counts.account,
        transfers: counts.transfer,
        transferReversals: counts.transfer_reversal,
        payouts: counts.payout,
        paymentIntents: counts.payment_intent,
        charges: counts.charge,
        refunds: counts.refund,
        idempotencyKeys: counts.idempotency_keys,
      };
    },

    now() {
      return state.nowSeconds();
    },

    advanceTime(seconds) {
      if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError('advanceTime takes a non-negative number of seconds.');
      mutate(() => state.advanceClock(Math.round(seconds * 1000)));
    },

    setProcessingDelay(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError('The processing delay must be a non-negative number of milliseconds.');
      setDelay(ms);
    },
  };
}
