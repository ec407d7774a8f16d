// Refunds: POST/GET /v1/refunds, GET/POST /v1/refunds/:id.
//
// A refund names a charge or a payment intent (its latest charge); its amount defaults to what is
// left to refund. Refunding more than is left → amount_too_large; refunding a charge with nothing
// left → charge_already_refunded. The charge's amount_refunded / refunded follow, so the payment
// intent's latest charge shows the refund when it is retrieved or expanded.
import {
  chargeAlreadyRefunded,
  noSuccessfulCharge,
  parameterInvalid,
  refundAmountTooLarge,
  resourceMissing,
  oneOfRequired,
} from '../errors';
import { newId } from '../ids';
import type { ChargeObject, Metadata, RefundObject } from '../objects';
import { listObjects, LIST_PARAMS } from '../pagination';
import {
  applyMetadata,
  checkKnown,
  metadataUpdate,
  optionalBoolean,
  optionalCurrency,
  optionalEnum,
  optionalInteger,
  optionalNonEmptyString,
} from '../params';
import type { RequestContext, Router } from '../router';
import type { EmulatorState } from '../state';
import { formatMoney } from './money';

export const REFUND_REASONS = ['duplicate', 'fraudulent', 'requested_by_customer'] as const;
export type RefundReason = (typeof REFUND_REASONS)[number];

export interface RefundInput {
  charge?: string;
  payment_intent?: string;
  /** Minor units; defaults to the amount left to refund. */
  amount?: number;
  reason?: RefundReason | null;
  metadata?: Metadata;
  created?: number;
}

/** Finds the charge a refund request targets. Throws StripeApiError. */
function targetCharge(state: EmulatorState, owner: string, input: RefundInput): ChargeObject {
  if (input.payment_intent !== undefined) {
    const intent = state.get('payment_intent', input.payment_intent);
    if (!intent || state.ownerOf('payment_intent', intent.id) !== owner) {
      throw resourceMissing('payment_intent', input.payment_intent, 'payment_intent');
    }
    const charge = intent.latest_charge ? state.get('charge', intent.latest_charge) : undefined;
    if (!charge || intent.status !== 'succeeded' || charge.status !== 'succeeded') throw noSuccessfulCharge(intent.id);
    if (input.charge !== undefined && input.charge !== charge.id) {
      throw parameterInvalid('charge', `The charge ${input.charge} does not belong to the PaymentIntent ${intent.id}.`);
    }
    return charge;
  }
  const chargeId = input.charge as string;
  const charge = state.get('charge', chargeId);
  if (!charge || state.ownerOf('charge', chargeId) !== owner) throw resourceMissing('charge', chargeId, 'charge');
  return charge;
}

/** Refunds (part of) a charge: checks what is left, updates the charge, records the refund. */
export function executeRefund(state: EmulatorState, owner: string, input: RefundInput, moveFunds: boolean): RefundObject {
  const charge = targetCharge(state, owner, input);
  if (charge.status !== 'succeeded') {
    throw parameterInvalid('charge', `Charge ${charge.id} has not succeeded and cannot be refunded.`, 'charge_not_refundable');
  }
  const remaining = charge.amount - charge.amount_refunded;
  if (remaining <= 0) throw chargeAlreadyRefunded(charge.id);
  const amount = input.amount ?? remaining;
  if (amount > remaining) {
    throw refundAmountTooLarge(formatMoney(amount, charge.currency), formatMoney(remaining, charge.currency));
  }
  const refund: RefundObject = {
    id: newId('re'),
    object: 'refund',
    amount,
    balance_transaction: newId('txn'),
    charge: charge.id,
    created: input.created ?? state.nowSeconds(),
    currency: charge.currency,
    destination_details: { card: { reference_status: 'pending', reference_type: 'acquirer_reference_number', type: 'refund' }, type: 'card' },
    metadata: { ...(input.metadata ?? {}) },
    payment_intent: charge.payment_intent,
    payment_method: charge.payment_method,
    reason: input.reason ?? null,
    receipt_number: null,
    source_transfer_reversal: null,
    status: 'succeeded',
    transfer_reversal: null,
  };
  const refunded = charge.amount_refunded + amount;
  state.put('charge', { ...charge, amount_refunded: refunded, refunded: refunded === charge.amount }, owner);
  if (moveFunds) state.adjustBalance(owner, charge.currency, -amount);
  state.put('refund', refund, owner);
  return refund;
}

const CREATE_PARAMS = [
  'amount',
  'charge',
  'payment_intent',
  'currency',
  'customer',
  'instructions_email',
  'metadata',
  'origin',
  'reason',
  'refund_application_fee',
  'reverse_transfer',
  'expand',
];

function createRefund(ctx: RequestContext): RefundObject {
  const { params, state } = ctx;
  checkKnown(params, CREATE_PARAMS);
  const charge = optionalNonEmptyString(params, 'charge');
  const paymentIntent = optionalNonEmptyString(params, 'payment_intent');
  if (charge === undefined && paymentIntent === undefined) throw oneOfRequired(['payment_intent', 'charge']);
  const amount = optionalInteger(params, 'amount', 1);
  const reason = optionalEnum(params, 'reason', REFUND_REASONS);
  optionalCurrency(params);
  optionalBoolean(params, 'refund_application_fee');
  optionalBoolean(params, 'reverse_transfer');
  const metadata = applyMetadata({}, metadataUpdate(params));
  const input: RefundInput = { amount, reason: reason ?? null, metadata };
  if (charge !== undefined) input.charge = charge;
  if (paymentIntent !== undefined) input.payment_intent = paymentIntent;
  return executeRefund(state, ctx.owner, input, true);
}

function ownedRefund(ctx: RequestContext, id: string): RefundObject {
  const refund = ctx.state.get('refund', id);
  if (!refund || ctx.state.ownerOf('refund', id) !== ctx.owner) throw resourceMissing('refund', id, 'id', 404);
  return refund;
}

export function registerRefundRoutes(router: Router): void {
  router
    .post('/v1/refunds', createRefund)
    .get('/v1/refunds', (ctx) => {
      checkKnown(ctx.params, [...LIST_PARAMS, 'created', 'charge', 'payment_intent']);
      const where: Record<string, string> = {};
      const charge = optionalNonEmptyString(ctx.params, 'charge');
      const paymentIntent = optionalNonEmptyString(ctx.params, 'payment_intent');
      if (charge !== undefined) where.charge = charge;
      if (paymentIntent !== undefined) where.payment_intent = paymentIntent;
      return listObjects({
        collection: ctx.state.collections.refund,
        noun: 'refund',
        url: '/v1/refunds',
        owner: ctx.owner,
        params: ctx.params,
        where,
      });
    })
    .get('/v1/refunds/:id', (ctx) => {
      checkKnown(ctx.params, ['expand']);
      return ownedRefund(ctx, ctx.route.id as string);
    })
    .post('/v1/refunds/:id', (ctx) => {
      const refund = ownedRefund(ctx, ctx.route.id as string);
      checkKnown(ctx.params, ['metadata', 'expand']);
      const updated = { ...refund, metadata: applyMetadata(refund.metadata, metadataUpdate(ctx.params)) };
      ctx.state.put('refund', updated, ctx.owner);
      return updated;
    });
}
