// Payments: POST/GET /v1/payment_intents, GET/POST /v1/payment_intents/:id, POST …/confirm,
// POST …/cancel, GET /v1/charges, GET /v1/charges/:id.
//
// Confirming with one of Stripe's test PaymentMethods succeeds at once and creates the charge
// (pm_card_visa, pm_card_mastercard, pm_card_amex, …; any other pm_ id is treated as a Visa);
// the decline test methods (pm_card_chargeDeclined, pm_card_visa_chargeDeclined,
// pm_card_chargeDeclinedInsufficientFunds, pm_card_chargeDeclinedExpiredCard) fail with 402
// card_declined. The charge's funds land in the available balance immediately.
import { amountTooSmall, cardDeclined, paymentIntentUnexpectedState, parameterInvalid, resourceMissing } from '../errors';
import type { FormObject } from '../form';
import { newId, randomBase62 } from '../ids';
import type { ChargeObject, Metadata, PaymentIntentObject } from '../objects';
import { listObjects, LIST_PARAMS } from '../pagination';
import {
  applyMetadata,
  checkKnown,
  metadataUpdate,
  optionalBoolean,
  optionalEnum,
  optionalHash,
  optionalInteger,
  optionalNonEmptyString,
  optionalString,
  optionalStringArray,
  requiredCurrency,
  requiredInteger,
} from '../params';
import type { RequestContext, Router } from '../router';
import type { EmulatorState } from '../state';
import { formatMoney } from './money';

interface CardProfile {
  brand: string;
  last4: string;
  decline?: { code: string; message: string };
}

const TEST_CARDS: Record<string, CardProfile> = {
  pm_card_visa: { brand: 'visa', last4: '4242' },
  pm_card_visa_debit: { brand: 'visa', last4: '5556' },
  pm_card_mastercard: { brand: 'mastercard', last4: '4444' },
  pm_card_amex: { brand: 'amex', last4: '8431' },
  pm_card_bypassPending: { brand: 'visa', last4: '0077' },
  pm_card_chargeDeclined: { brand: 'visa', last4: '0002', decline: { code: 'generic_decline', message: 'Your card was declined.' } },
  pm_card_visa_chargeDeclined: { brand: 'visa', last4: '0002', decline: { code: 'generic_decline', message: 'Your card was declined.' } },
  pm_card_chargeDeclinedInsufficientFunds: {
    brand: 'visa',
    last4: '9995',
    decline: { code: 'insufficient_funds', message: 'Your card has insufficient funds.' },
  },
  pm_card_chargeDeclinedExpiredCard: { brand: 'visa', last4: '0069', decline: { code: 'expired_card', message: 'Your card has expired.' } },
};

function cardFor(paymentMethod: string): CardProfile {
  return TEST_CARDS[paymentMethod] ?? { brand: 'visa', last4: '4242' };
}

/** Stripe's minimum charge amounts (minor units) for common currencies; 50 elsewhere. */
const MINIMUM_AMOUNT: Record<string, number> = { gbp: 30, jpy: 50, huf: 17500, mxn: 1000, inr: 50, hkd: 400, sek: 300, nok: 300, dkk: 250 };

export interface PaymentInput {
  amount: number;
  currency: string;
  customer?: string | null;
  description?: string | null;
  metadata?: Metadata;
  payment_method?: string | null;
  receipt_email?: string | null;
  transfer_group?: string | null;
  statement_descriptor?: string | null;
  payment_method_types?: string[];
  automatic_payment_methods?: boolean;
  created?: number;
}

function newPaymentIntent(state: EmulatorState, input: PaymentInput): PaymentIntentObject {
  const id = newId('pi');
  return {
    id,
    object: 'payment_intent',
    amount: input.amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: input.automatic_payment_methods ? { allow_redirects: 'always', enabled: true } : null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: 'automatic_async',
    client_secret: `${id}_secret_${randomBase62(25)}`,
    confirmation_method: 'automatic',
    created: input.created ?? state.nowSeconds(),
    currency: input.currency,
    customer: input.customer ?? null,
    description: input.description ?? null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    metadata: { ...(input.metadata ?? {}) },
    next_action: null,
    on_behalf_of: null,
    payment_method: input.payment_method ?? null,
    payment_method_configuration_details: null,
    payment_method_options: { card: { installments: null, mandate_options: null, network: null, request_three_d_secure: 'automatic' } },
    payment_method_types: input.payment_method_types ?? ['card'],
    processing: null,
    receipt_email: input.receipt_email ?? null,
    review: null,
    setup_future_usage: null,
    shipping: null,
    source: null,
    statement_descriptor: input.statement_descriptor ?? null,
    statement_descriptor_suffix: null,
    status: input.payment_method ? 'requires_confirmation' : 'requires_payment_method',
    transfer_data: null,
    transfer_group: input.transfer_group ?? null,
  };
}

function newCharge(intent: PaymentIntentObject, paymentMethod: string, created: number, succeeded: boolean): ChargeObject {
  const card = cardFor(paymentMethod);
  const decline = card.decline;
  return {
    id: newId('ch'),
    object: 'charge',
    amount: intent.amount,
    amount_captured: succeeded ? intent.amount : 0,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: succeeded ? newId('txn') : null,
    billing_details: {
      address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null },
      email: intent.receipt_email,
      name: null,
      phone: null,
      tax_id: null,
    },
    calculated_statement_descriptor: 'SOCIAL FLOW',
    captured: succeeded,
    created,
    currency: intent.currency,
    customer: intent.customer,
    description: intent.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: succeeded ? null : 'card_declined',
    failure_message: succeeded ? null : (decline?.message ?? 'Your card was declined.'),
    fraud_details: {},
    livemode: false,
    metadata: { ...intent.metadata },
    on_behalf_of: null,
    outcome: {
      advice_code: null,
      network_advice_code: null,
      network_decline_code: null,
      network_status: succeeded ? 'approved_by_network' : 'declined_by_network',
      reason: succeeded ? null : (decline?.code ?? 'generic_decline'),
      risk_level: 'normal',
      risk_score: 32,
      seller_message: succeeded ? 'Payment complete.' : 'The bank did not return any further details with this decline.',
      type: succeeded ? 'authorized' : 'issuer_declined',
    },
    paid: succeeded,
    payment_intent: intent.id,
    payment_method: paymentMethod,
    payment_method_details: {
      card: { brand: card.brand, country: 'US', exp_month: 12, exp_year: 2034, funding: 'credit', last4: card.last4, network: card.brand },
      type: 'card',
    },
    receipt_email: intent.receipt_email,
    receipt_number: null,
    receipt_url: null,
    refunded: false,
    review: null,
    shipping: null,
    source: null,
    source_transfer: null,
    statement_descriptor: intent.statement_descriptor,
    statement_descriptor_suffix: null,
    status: succeeded ? 'succeeded' : 'failed',
    transfer_data: null,
    transfer_group: intent.transfer_group,
  };
}

/**
 * Confirms a payment intent with its payment method: creates the charge and, on success, credits
 * the owner's available balance (when `moveFunds`). A decline throws 402 after saving the failed
 * charge and the intent's last_payment_error, as Stripe does.
 */
export function confirmPaymentIntent(
  state: EmulatorState,
  owner: string,
  intent: PaymentIntentObject,
  moveFunds: boolean,
  created?: number,
): { paymentIntent: PaymentIntentObject; charge: ChargeObject } {
  const paymentMethod = intent.payment_method;
  if (!paymentMethod) {
    throw paymentIntentUnexpectedState(intent.id, intent.status, 'confirm (it has no payment method)');
  }
  const card = cardFor(paymentMethod);
  const when = created ?? state.nowSeconds();
  const charge = newCharge(intent, paymentMethod, when, card.decline === undefined);
  state.put('charge', charge, owner);
  if (card.decline) {
    const failed: PaymentIntentObject = {
      ...intent,
      latest_charge: charge.id,
      status: 'requires_payment_method',
      payment_method: null,
      last_payment_error: {
        charge: charge.id,
        code: 'card_declined',
        decline_code: card.decline.code,
        doc_url: 'https://stripe.com/docs/error-codes/card-declined',
        message: card.decline.message,
        type: 'card_error',
      },
    };
    state.put('payment_intent', failed, owner);
    throw cardDeclined(charge.id, card.decline.code, card.decline.message, failed);
  }
  const succeeded: PaymentIntentObject = {
    ...intent,
    amount_received: intent.amount,
    latest_charge: charge.id,
    status: 'succeeded',
    last_payment_error: null,
  };
  state.put('payment_intent', succeeded, owner);
  if (moveFunds) state.adjustBalance(owner, intent.currency, intent.amount);
  return { paymentIntent: succeeded, charge };
}

/** A payment intent that already succeeded, with its charge (admin seeding and history). */
export function createSucceededPayment(
  state: EmulatorState,
  owner: string,
  input: PaymentInput,
  moveFunds: boolean,
): { paymentIntent: PaymentIntentObject; charge: ChargeObject } {
  const intent = newPaymentIntent(state, { ...input, payment_method: input.payment_method ?? 'pm_card_visa' });
  const card = cardFor(intent.payment_method as string);
  if (card.decline) throw new Error(`${intent.payment_method} is a decline test method; a succeeded payment needs another.`);
  return confirmPaymentIntent(state, owner, intent, moveFunds, intent.created);
}

function checkMinimum(amount: number, currency: string): void {
  const minimum = MINIMUM_AMOUNT[currency] ?? 50;
  if (amount < minimum) throw amountTooSmall(`${formatMoney(minimum, currency)} ${currency}`);
}

const CREATE_PARAMS = [
  'amount',
  'currency',
  'automatic_payment_methods',
  'capture_method',
  'confirm',
  'customer',
  'description',
  'metadata',
  'off_session',
  'payment_method',
  'payment_method_types',
  'receipt_email',
  'return_url',
  'statement_descriptor',
  'statement_descriptor_suffix',
  'transfer_group',
  'expand',
];

function readPaymentMethod(params: FormObject): string | undefined {
  const paymentMethod = optionalNonEmptyString(params, 'payment_method');
  if (paymentMethod !== undefined && !paymentMethod.startsWith('pm_')) {
    throw resourceMissing('PaymentMethod', paymentMethod, 'payment_method');
  }
  return paymentMethod;
}

function createPaymentIntent(ctx: RequestContext): PaymentIntentObject {
  const { params, state } = ctx;
  checkKnown(params, CREATE_PARAMS);
  const amount = requiredInteger(params, 'amount', 1, 99_999_999);
  const currency = requiredCurrency(params);
  const capture = optionalEnum(params, 'capture_method', ['automatic', 'automatic_async', 'manual']);
  if (capture === 'manual') {
    throw parameterInvalid('capture_method', 'The Stripe emulator supports capture_method automatic and automatic_async only.');
  }
  const confirm = optionalBoolean(params, 'confirm') ?? false;
  optionalBoolean(params, 'off_session');
  optionalString(params, 'return_url');
  const automatic = optionalHash(params, 'automatic_payment_methods');
  const input: PaymentInput = {
    amount,
    currency,
    customer: optionalNonEmptyString(params, 'customer'),
    description: optionalNonEmptyString(params, 'description'),
    metadata: applyMetadata({}, metadataUpdate(params)),
    payment_method: readPaymentMethod(params),
    receipt_email: optionalNonEmptyString(params, 'receipt_email'),
    transfer_group: optionalNonEmptyString(params, 'transfer_group'),
    statement_descriptor: optionalNonEmptyString(params, 'statement_descriptor', 22),
    payment_method_types: optionalStringArray(params, 'payment_method_types'),
    automatic_payment_methods: automatic ? optionalBoolean(automatic, 'enabled') === true : false,
  };
  optionalNonEmptyString(params, 'statement_descriptor_suffix', 22);
  checkMinimum(amount, currency);
  const intent = newPaymentIntent(state, input);
  if (!confirm) {
    state.put('payment_intent', intent, ctx.owner);
    return intent;
  }
  if (!intent.payment_method) {
    throw paymentIntentUnexpectedState(intent.id, intent.status, 'confirm (it has no payment method)');
  }
  state.put('payment_intent', intent, ctx.owner);
  return confirmPaymentIntent(state, ctx.owner, intent, true).paymentIntent;
}

function ownedPaymentIntent(ctx: RequestContext, id: string): PaymentIntentObject {
  const intent = ctx.state.get('payment_intent', id);
  if (!intent || ctx.state.ownerOf('payment_intent', id) !== ctx.owner) throw resourceMissing('payment_intent', id, 'intent', 404);
  return intent;
}

function ownedCharge(ctx: RequestContext, id: string): ChargeObject {
  const charge = ctx.state.get('charge', id);
  if (!charge || ctx.state.ownerOf('charge', id) !== ctx.owner) throw resourceMissing('charge', id, 'id', 404);
  return charge;
}

function confirmEndpoint(ctx: RequestContext): PaymentIntentObject {
  const { params, state } = ctx;
  const intent = ownedPaymentIntent(ctx, ctx.route.id as string);
  checkKnown(params, ['payment_method', 'receipt_email', 'return_url', 'off_session', 'expand']);
  const paymentMethod = readPaymentMethod(params);
  optionalString(params, 'return_url');
  optionalBoolean(params, 'off_session');
  if (intent.status !== 'requires_payment_method' && intent.status !== 'requires_confirmation') {
    throw paymentIntentUnexpectedState(intent.id, intent.status, 'confirm');
  }
  const ready: PaymentIntentObject = {
    ...intent,
    payment_method: paymentMethod ?? intent.payment_method,
    receipt_email: optionalNonEmptyString(params, 'receipt_email') ?? intent.receipt_email,
  };
  return confirmPaymentIntent(state, ctx.owner, ready, true).paymentIntent;
}

function cancelEndpoint(ctx: RequestContext): PaymentIntentObject {
  const { params, state } = ctx;
  const intent = ownedPaymentIntent(ctx, ctx.route.id as string);
  checkKnown(params, ['cancellation_reason', 'expand']);
  const reason = optionalEnum(params, 'cancellation_reason', ['abandoned', 'duplicate', 'fraudulent', 'requested_by_customer']);
  if (intent.status === 'succeeded' || intent.status === 'canceled') throw paymentIntentUnexpectedState(intent.id, intent.status, 'cancel');
  const canceled: PaymentIntentObject = { ...intent, status: 'canceled', canceled_at: state.nowSeconds(), cancellation_reason: reason ?? null };
  state.put('payment_intent', canceled, ctx.owner);
  return canceled;
}

function updateEndpoint(ctx: RequestContext): PaymentIntentObject {
  const { params, state } = ctx;
  const intent = ownedPaymentIntent(ctx, ctx.route.id as string);
  checkKnown(params, ['description', 'metadata', 'receipt_email', 'transfer_group', 'amount', 'payment_method', 'expand']);
  const amount = optionalInteger(params, 'amount', 1, 99_999_999);
  const paymentMethod = readPaymentMethod(params);
  const editable = intent.status === 'requires_payment_method' || intent.status === 'requires_confirmation';
  if ((amount !== undefined || paymentMethod !== undefined) && !editable) {
    throw paymentIntentUnexpectedState(intent.id, intent.status, 'update the amount or payment method of');
  }
  const description = optionalString(params, 'description');
  const updated: PaymentIntentObject = {
    ...intent,
    amount: amount ?? intent.amount,
    payment_method: paymentMethod ?? intent.payment_method,
    status: editable ? ((paymentMethod ?? intent.payment_method) ? 'requires_confirmation' : 'requires_payment_method') : intent.status,
    description: description === undefined ? intent.description : description === '' ? null : description,
    receipt_email: optionalNonEmptyString(params, 'receipt_email') ?? intent.receipt_email,
    transfer_group: optionalNonEmptyString(params, 'transfer_group') ?? intent.transfer_group,
    metadata: applyMetadata(intent.metadata, metadataUpdate(params)),
  };
  state.put('payment_intent', updated, ctx.owner);
  return updated;
}

export function registerPaymentRoutes(router: Router): void {
  router
    .post('/v1/payment_intents', createPaymentIntent)
    .get('/v1/payment_intents', (ctx) => {
      checkKnown(ctx.params, [...LIST_PARAMS, 'created', 'customer']);
      const customer = optionalNonEmptyString(ctx.params, 'customer');
      return listObjects({
        collection: ctx.state.collections.payment_intent,
        noun: 'payment_intent',
        url: '/v1/payment_intents',
        owner: ctx.owner,
        params: ctx.params,
        where: customer === undefined ? {} : { customer },
      });
    })
    .get('/v1/payment_intents/:id', (ctx) => {
      checkKnown(ctx.params, ['client_secret', 'expand']);
      return ownedPaymentIntent(ctx, ctx.route.id as string);
    })
    .post('/v1/payment_intents/:id', updateEndpoint)
    .post('/v1/payment_intents/:id/confirm', confirmEndpoint)
    .post('/v1/payment_intents/:id/cancel', cancelEndpoint)
    .get('/v1/charges', (ctx) => {
      checkKnown(ctx.params, [...LIST_PARAMS, 'created', 'customer', 'payment_intent', 'transfer_group']);
      const where: Record<string, string> = {};
      const customer = optionalNonEmptyString(ctx.params, 'customer');
      const paymentIntent = optionalNonEmptyString(ctx.params, 'payment_intent');
      const transferGroup = optionalNonEmptyString(ctx.params, 'transfer_group');
      if (customer !== undefined) where.customer = customer;
      if (paymentIntent !== undefined) where.payment_intent = paymentIntent;
      return listObjects({
        collection: ctx.state.collections.charge,
        noun: 'charge',
        url: '/v1/charges',
        owner: ctx.owner,
        params: ctx.params,
        where,
        filter: transferGroup === undefined ? undefined : (charge) => charge.transfer_group === transferGroup,
      });
    })
    .get('/v1/charges/:id', (ctx) => {
      checkKnown(ctx.params, ['expand']);
      return ownedCharge(ctx, ctx.route.id as string);
    });
}
