// Transfers to connected accounts and their reversals:
//   POST /v1/transfers, GET /v1/transfers, GET/POST /v1/transfers/:id,
//   POST/GET /v1/transfers/:id/reversals, GET /v1/transfers/:id/reversals/:reversal.
import {
  balanceInsufficientForTransfer,
  currencyMismatch,
  insufficientCapabilitiesForTransfer,
  resourceMissing,
  reversalAmountTooLarge,
  sourceTransactionExhausted,
  transferAlreadyReversed,
} from '../errors';
import { newId } from '../ids';
import type { Metadata, TransferObject, TransferReversalObject } from '../objects';
import { listObjects, LIST_PARAMS } from '../pagination';
import {
  applyMetadata,
  checkKnown,
  metadataUpdate,
  optionalEnum,
  optionalInteger,
  optionalNonEmptyString,
  optionalString,
  requiredCurrency,
  requiredInteger,
  requiredString,
} from '../params';
import type { RequestContext, Router } from '../router';
import type { EmulatorState } from '../state';
import { canReceiveTransfers } from './accounts';

export interface TransferInput {
  amount: number;
  currency: string;
  destination: string;
  description?: string | null;
  transfer_group?: string | null;
  metadata?: Metadata;
  source_transaction?: string | null;
  /** Unix seconds (admin history only). */
  created?: number;
}

export interface TransferMode {
  /** Enforce Stripe's checks: capability, source_transaction, available balance. */
  enforce: boolean;
  /** Move the money (platform → destination). */
  moveFunds: boolean;
}

/** Creates a transfer after Stripe's execution-time checks. Throws StripeApiError. */
export function executeTransfer(state: EmulatorState, owner: string, input: TransferInput, mode: TransferMode): TransferObject {
  const destination = state.get('account', input.destination);
  if (!destination) throw resourceMissing('destination', input.destination, 'destination');
  if (mode.enforce && !canReceiveTransfers(destination)) throw insufficientCapabilitiesForTransfer();

  const source = input.source_transaction ?? null;
  if (source !== null) {
    const charge = state.get('charge', source);
    if (!charge || state.ownerOf('charge', source) !== owner) throw resourceMissing('charge', source, 'source_transaction');
    if (mode.enforce) {
      if (charge.currency !== input.currency) {
        throw currencyMismatch(
          'currency',
          `The currency of source_transaction's balance transaction (${charge.currency}) must be the same as the transfer currency (${input.currency}).`,
        );
      }
      const used = state.collections.transfer
        .bucket('source_transaction', source)
        .reduce((sum, entry) => sum + entry.obj.amount - entry.obj.amount_reversed, 0);
      const remaining = charge.amount - charge.amount_refunded - used;
      if (input.amount > remaining) throw sourceTransactionExhausted(source, remaining);
    }
  } else if (mode.enforce && state.balance(owner, input.currency).available < input.amount) {
    // A transfer with source_transaction is funded by that charge even while its funds are
    // pending; without one it can only spend the available balance.
    throw balanceInsufficientForTransfer();
  }

  const id = newId('tr');
  const transfer: TransferObject = {
    id,
    object: 'transfer',
    amount: input.amount,
    amount_reversed: 0,
    balance_transaction: newId('txn'),
    created: input.created ?? state.nowSeconds(),
    currency: input.currency,
    description: input.description ?? null,
    destination: destination.id,
    destination_payment: newId('py'),
    livemode: false,
    metadata: { ...(input.metadata ?? {}) },
    reversals: { object: 'list', data: [], has_more: false, total_count: 0, url: `/v1/transfers/${id}/reversals` },
    reversed: false,
    source_transaction: source,
    source_type: 'card',
    transfer_group: input.transfer_group ?? null,
  };
  if (mode.moveFunds) {
    state.adjustBalance(owner, input.currency, -input.amount);
    state.adjustBalance(destination.id, input.currency, input.amount);
  }
  state.put('transfer', transfer, owner);
  return transfer;
}

/** The transfer as the API shows it, with its ten most recent reversals embedded. */
export function renderTransfer(state: EmulatorState, transfer: TransferObject): TransferObject {
  const owner = state.ownerOf('transfer', transfer.id) ?? state.platformAccountId;
  const page = state.collections.transfer_reversal.list({ owner, where: { transfer: transfer.id }, limit: 10 });
  const total = state.collections.transfer_reversal.bucket('transfer', transfer.id).length;
  return {
    ...transfer,
    reversals: { object: 'list', data: page.data, has_more: page.hasMore, total_count: total, url: `/v1/transfers/${transfer.id}/reversals` },
  };
}

export interface ReversalInput {
  amount?: number;
  description?: string | null;
  metadata?: Metadata;
  created?: number;
}

/** Reverses (part of) a transfer: the destination gives the money back to the platform. */
export function executeReversal(state: EmulatorState, transfer: TransferObject, input: ReversalInput, moveFunds: boolean): TransferReversalObject {
  const owner = state.ownerOf('transfer', transfer.id) ?? state.platformAccountId;
  const remaining = transfer.amount - transfer.amount_reversed;
  if (remaining <= 0) throw transferAlreadyReversed();
  const amount = input.amount ?? remaining;
  if (amount > remaining) throw reversalAmountTooLarge(amount, remaining);
  const reversal: TransferReversalObject = {
    id: newId('trr'),
    object: 'transfer_reversal',
    amount,
    balance_transaction: newId('txn'),
    created: input.created ?? state.nowSeconds(),
    currency: transfer.currency,
    destination_payment_refund: newId('pyr'),
    metadata: { ...(input.metadata ?? {}) },
    source_refund: null,
    transfer: transfer.id,
  };
  const reversedTotal = transfer.amount_reversed + amount;
  state.put('transfer', { ...transfer, amount_reversed: reversedTotal, reversed: reversedTotal === transfer.amount }, owner);
  if (moveFunds) {
    state.adjustBalance(transfer.destination, transfer.currency, -amount);
    state.adjustBalance(owner, transfer.currency, amount);
  }
  state.put('transfer_reversal', reversal, owner);
  return reversal;
}

function ownedTransfer(ctx: RequestContext, id: string): TransferObject {
  const transfer = ctx.state.get('transfer', id);
  if (!transfer || ctx.state.ownerOf('transfer', id) !== ctx.owner) throw resourceMissing('transfer', id, 'id', 404);
  return transfer;
}

const CREATE_PARAMS = ['amount', 'currency', 'destination', 'description', 'metadata', 'source_transaction', 'source_type', 'transfer_group', 'expand'];

function createTransfer(ctx: RequestContext): TransferObject {
  const { params, state } = ctx;
  checkKnown(params, CREATE_PARAMS);
  const amount = requiredInteger(params, 'amount', 1);
  const currency = requiredCurrency(params);
  const destination = requiredString(params, 'destination');
  const description = optionalNonEmptyString(params, 'description');
  const transferGroup = optionalNonEmptyString(params, 'transfer_group');
  const sourceTransaction = optionalNonEmptyString(params, 'source_transaction');
  optionalEnum(params, 'source_type', ['bank_account', 'card', 'fpx']);
  const metadata = applyMetadata({}, metadataUpdate(params));
  const transfer = executeTransfer(
    state,
    ctx.owner,
    { amount, currency, destination, description, transfer_group: transferGroup, metadata, source_transaction: sourceTransaction },
    { enforce: true, moveFunds: true },
  );
  return renderTransfer(state, transfer);
}

function updateTransfer(ctx: RequestContext): TransferObject {
  const { params, state } = ctx;
  const transfer = ownedTransfer(ctx, ctx.route.id as string);
  checkKnown(params, ['description', 'metadata', 'expand']);
  const description = optionalString(params, 'description');
  const updated: TransferObject = {
    ...transfer,
    description: description === undefined ? transfer.description : description === '' ? null : description,
    metadata: applyMetadata(transfer.metadata, metadataUpdate(params)),
  };
  state.put('transfer', updated, ctx.owner);
  return renderTransfer(state, updated);
}

function listTransfers(ctx: RequestContext): object {
  const { params, state } = ctx;
  checkKnown(params, [...LIST_PARAMS, 'created', 'destination', 'transfer_group']);
  const where: Record<string, string> = {};
  const destination = optionalNonEmptyString(params, 'destination');
  const transferGroup = optionalNonEmptyString(params, 'transfer_group');
  if (destination !== undefined) where.destination = destination;
  if (transferGroup !== undefined) where.transfer_group = transferGroup;
  return listObjects({
    collection: state.collections.transfer,
    noun: 'transfer',
    url: '/v1/transfers',
    owner: ctx.owner,
    params,
    where,
    render: (transfer) => renderTransfer(state, transfer),
  });
}

function createReversal(ctx: RequestContext): TransferReversalObject {
  const { params, state } = ctx;
  const transfer = ownedTransfer(ctx, ctx.route.id as string);
  checkKnown(params, ['amount', 'description', 'metadata', 'refund_application_fee', 'expand']);
  const amount = optionalInteger(params, 'amount', 1);
  const description = optionalNonEmptyString(params, 'description');
  const metadata = applyMetadata({}, metadataUpdate(params));
  return executeReversal(state, transfer, { amount, description, metadata }, true);
}

export function registerTransferRoutes(router: Router): void {
  router
    .post('/v1/transfers', createTransfer)
    .get('/v1/transfers', listTransfers)
    .get('/v1/transfers/:id', (ctx) => {
      checkKnown(ctx.params, ['expand']);
      return renderTransfer(ctx.state, ownedTransfer(ctx, ctx.route.id as string));
    })
    .post('/v1/transfers/:id', updateTransfer)
    .post('/v1/transfers/:id/reversals', createReversal)
    .get('/v1/transfers/:id/reversals', (ctx) => {
      checkKnown(ctx.params, [...LIST_PARAMS]);
      const transfer = ownedTransfer(ctx, ctx.route.id as string);
      return listObjects({
        collection: ctx.state.collections.transfer_reversal,
        noun: 'transfer_reversal',
        url: `/v1/transfers/${transfer.id}/reversals`,
        owner: ctx.owner,
        params: ctx.params,
        where: { transfer: transfer.id },
      });
    })
    .get('/v1/transfers/:id/reversals/:reversal', (ctx) => {
      checkKnown(ctx.params, ['expand']);
      const transfer = ownedTransfer(ctx, ctx.route.id as string);
      const reversal = ctx.state.get('transfer_reversal', ctx.route.reversal as string);
      if (!reversal || reversal.transfer !== transfer.id) throw resourceMissing('transfer_reversal', ctx.route.reversal as string, 'id', 404);
      return reversal;
    });
}
