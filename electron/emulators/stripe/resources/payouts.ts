// Payouts from a Stripe balance to the account's bank account: POST/GET /v1/payouts,
// GET /v1/payouts/:id — the platform's own, or a connected account's with `Stripe-Account`.
// A payout is `pending` until its arrival_date (two days for standard, at once for instant) and
// `paid` from then on, read against the emulator's clock.
import { balanceInsufficientForPayout, payoutsNotAllowed, resourceMissing } from '../errors';
import { newId } from '../ids';
import type { Metadata, PayoutObject } from '../objects';
import { listObjects, LIST_PARAMS, parseCreatedFilter } from '../pagination';
import {
  applyMetadata,
  checkKnown,
  metadataUpdate,
  optionalEnum,
  optionalNonEmptyString,
  requiredCurrency,
  requiredInteger,
} from '../params';
import type { RequestContext, Router } from '../router';
import type { EmulatorState } from '../state';

const DAY = 24 * 60 * 60;

export interface PayoutInput {
  amount: number;
  currency: string;
  description?: string | null;
  metadata?: Metadata;
  method?: 'standard' | 'instant';
  statement_descriptor?: string | null;
  destination?: string;
  created?: number;
}

/** The owner's (emulated) default bank account: stable per account. */
function defaultBankAccount(owner: string): string {
  return `ba_${owner.slice(owner.indexOf('_') + 1).padEnd(24, '0').slice(0, 24)}`;
}

export function executePayout(state: EmulatorState, owner: string, input: PayoutInput, enforce: boolean, moveFunds: boolean): PayoutObject {
  if (enforce) {
    if (owner !== state.platformAccountId) {
      const account = state.get('account', owner);
      if (account && !account.payouts_enabled) throw payoutsNotAllowed();
    }
    if (state.balance(owner, input.currency).available < input.amount) throw balanceInsufficientForPayout();
  }
  const created = input.created ?? state.nowSeconds();
  const method = input.method ?? 'standard';
  const payout: PayoutObject = {
    id: newId('po'),
    object: 'payout',
    amount: input.amount,
    application_fee: null,
    application_fee_amount: null,
    arrival_date: method === 'instant' ? created : created + 2 * DAY,
    automatic: false,
    balance_transaction: newId('txn'),
    created,
    currency: input.currency,
    description: input.description ?? null,
    destination: input.destination ?? defaultBankAccount(owner),
    failure_balance_transaction: null,
    failure_code: null,
    failure_message: null,
    livemode: false,
    metadata: { ...(input.metadata ?? {}) },
    method,
    original_payout: null,
    payout_method: null,
    reconciliation_status: 'not_applicable',
    reversed_by: null,
    source_type: 'card',
    statement_descriptor: input.statement_descriptor ?? null,
    status: 'pending',
    trace_id: { status: 'pending', value: null },
    type: 'bank_account',
  };
  if (moveFunds) state.adjustBalance(owner, input.currency, -input.amount);
  state.put('payout', payout, owner);
  return payout;
}

function currentStatus(state: EmulatorState, payout: PayoutObject): string {
  return payout.status === 'pending' && state.nowSeconds() >= payout.arrival_date ? 'paid' : payout.status;
}

export function renderPayout(state: EmulatorState, payout: PayoutObject): PayoutObject {
  const status = currentStatus(state, payout);
  if (status === payout.status) return payout;
  return { ...payout, status, trace_id: { status: 'supported', value: null } };
}

function ownedPayout(ctx: RequestContext, id: string): PayoutObject {
  const payout = ctx.state.get('payout', id);
  if (!payout || ctx.state.ownerOf('payout', id) !== ctx.owner) throw resourceMissing('payout', id, 'id', 404);
  return payout;
}

const CREATE_PARAMS = ['amount', 'currency', 'description', 'destination', 'metadata', 'method', 'source_type', 'statement_descriptor', 'expand'];

function createPayout(ctx: RequestContext): PayoutObject {
  const { params, state } = ctx;
  checkKnown(params, CREATE_PARAMS);
  const amount = requiredInteger(params, 'amount', 1);
  const currency = requiredCurrency(params);
  const description = optionalNonEmptyString(params, 'description');
  const destination = optionalNonEmptyString(params, 'destination');
  const method = optionalEnum(params, 'method', ['standard', 'instant']);
  optionalEnum(params, 'source_type', ['bank_account', 'card', 'fpx']);
  const statementDescriptor = optionalNonEmptyString(params, 'statement_descriptor', 22);
  const metadata = applyMetadata({}, metadataUpdate(params));
  const payout = executePayout(
    state,
    ctx.owner,
    { amount, currency, description, destination, method, statement_descriptor: statementDescriptor, metadata },
    true,
    true,
  );
  return renderPayout(state, payout);
}

function listPayouts(ctx: RequestContext): object {
  const { params, state } = ctx;
  checkKnown(params, [...LIST_PARAMS, 'created', 'arrival_date', 'destination', 'status']);
  const status = optionalNonEmptyString(params, 'status');
  const destination = optionalNonEmptyString(params, 'destination');
  const arrival = parseCreatedFilter(params, 'arrival_date');
  return listObjects({
    collection: state.collections.payout,
    noun: 'payout',
    url: '/v1/payouts',
    owner: ctx.owner,
    params,
    filter: (payout) =>
      (status === undefined || currentStatus(state, payout) === status) &&
      (destination === undefined || payout.destination === destination) &&
      (arrival === undefined ||
        ((arrival.gt === undefined || payout.arrival_date > arrival.gt) &&
          (arrival.gte === undefined || payout.arrival_date >= arrival.gte) &&
          (arrival.lt === undefined || payout.arrival_date < arrival.lt) &&
          (arrival.lte === undefined || payout.arrival_date <= arrival.lte))),
    render: (payout) => renderPayout(state, payout),
  });
}

export function registerPayoutRoutes(router: Router): void {
  router
    .post('/v1/payouts', createPayout)
    .get('/v1/payouts', listPayouts)
    .get('/v1/payouts/:id', (ctx) => {
      checkKnown(ctx.params, ['expand']);
      return renderPayout(ctx.state, ownedPayout(ctx, ctx.route.id as string));
    })
    .post('/v1/payouts/:id', (ctx) => {
      const payout = ownedPayout(ctx, ctx.route.id as string);
      checkKnown(ctx.params, ['metadata', 'expand']);
      const updated = { ...payout, metadata: applyMetadata(payout.metadata, metadataUpdate(ctx.params)) };
      ctx.state.put('payout', updated, ctx.owner);
      return renderPayout(ctx.state, updated);
    });
}
