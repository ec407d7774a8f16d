// Stripe's error shape: HTTP status + `{ "error": { type, code?, message, param?, doc_url? } }`.
//
// stripe-node turns these into its error classes by status code (Error.js, generateV1Error):
// 400/404 → StripeInvalidRequestError (StripeIdempotencyError when type is idempotency_error),
// 401 → StripeAuthenticationError, 402 → StripeCardError, 403 → StripePermissionError,
// anything else (409, 5xx) → StripeAPIError.
//
// `saveForIdempotency` follows Stripe's documented rule: results are saved once the endpoint has
// begun executing (so 400s such as balance_insufficient replay), but not when parameters fail
// validation or the request never reached an endpoint (401, unknown URL, 409 conflict).

export type StripeErrorType = 'api_error' | 'card_error' | 'idempotency_error' | 'invalid_request_error';

export interface StripeErrorBody {
  type: StripeErrorType;
  code?: string;
  decline_code?: string;
  message: string;
  param?: string;
  doc_url?: string;
  charge?: string;
  payment_intent?: Record<string, unknown>;
}

export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
    readonly saveForIdempotency: boolean,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.message);
    this.name = 'StripeApiError';
  }
}

/** Stripe's documentation address for an error code (https://stripe.com/docs/error-codes/<code>). */
export function docUrl(code: string): string {
  return `https://stripe.com/docs/error-codes/${code.replace(/_/g, '-')}`;
}

interface ErrorSpec {
  status: number;
  type?: StripeErrorType;
  code?: string;
  message: string;
  param?: string;
  saved: boolean;
  extra?: Partial<StripeErrorBody>;
  headers?: Record<string, string>;
}

function make(spec: ErrorSpec): StripeApiError {
  const body: StripeErrorBody = { type: spec.type ?? 'invalid_request_error', message: spec.message };
  if (spec.code !== undefined) {
    body.code = spec.code;
    body.doc_url = docUrl(spec.code);
  }
  if (spec.param !== undefined) body.param = spec.param;
  Object.assign(body, spec.extra);
  return new StripeApiError(spec.status, body, spec.saved, spec.headers);
}

// ---- request-level (never saved: no endpoint ran) ----

export function apiKeyMissing(): StripeApiError {
  return make({
    status: 401,
    saved: false,
    message:
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
    headers: { 'WWW-Authenticate': 'Basic realm="Stripe"' },
  });
}

export function apiKeyInvalid(masked: string): StripeApiError {
  return make({
    status: 401,
    saved: false,
    message: `Invalid API Key provided: ${masked}`,
    headers: { 'WWW-Authenticate': 'Basic realm="Stripe"' },
  });
}

export function accountInaccessible(maskedKey: string, account: string): StripeApiError {
  return make({
    status: 403,
    saved: false,
    code: 'account_invalid',
    message: `The provided key '${maskedKey}' does not have access to account '${account}' (or that account does not exist). Application access may have been revoked.`,
  });
}

export function unrecognizedUrl(method: string, path: string): StripeApiError {
  return make({
    status: 404,
    saved: false,
    message: `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
  });
}

export function malformedRequest(detail: string): StripeApiError {
  return make({ status: 400, saved: false, message: `Invalid request: ${detail}` });
}

// ---- idempotency ----

export function idempotencyParamsMismatch(key: string): StripeApiError {
  return make({
    status: 400,
    type: 'idempotency_error',
    saved: false,
    message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
  });
}

export function idempotencyEndpointMismatch(key: string, originalPath: string, path: string): StripeApiError {
  return make({
    status: 400,
    type: 'idempotency_error',
    saved: false,
    message: `Keys for idempotent requests can only be used for the same endpoint they were first used for ('${originalPath}' vs '${path}'). Try using a key other than '${key}' if you meant to execute a different request.`,
  });
}

export function idempotencyInFlight(key: string): StripeApiError {
  return make({
    status: 409,
    type: 'idempotency_error',
    code: 'idempotency_key_in_use',
    saved: false,
    message: `There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through): ${key}. Please try again later.`,
    headers: { 'Stripe-Should-Retry': 'true' },
  });
}

export function idempotencyKeyTooLong(): StripeApiError {
  return make({
    status: 400,
    saved: false,
    message: 'Idempotency keys are limited to 255 characters; the Idempotency-Key header you sent is longer.',
  });
}

// ---- parameter validation (never saved) ----

export function parameterMissing(param: string): StripeApiError {
  return make({ status: 400, saved: false, code: 'parameter_missing', param, message: `Missing required param: ${param}.` });
}

export function parameterUnknown(param: string): StripeApiError {
  return make({
    status: 400,
    saved: false,
    code: 'parameter_unknown',
    param,
    message: `Received unknown parameter: ${param}`,
  });
}

export function parameterInvalidInteger(param: string, raw: string): StripeApiError {
  return make({ status: 400, saved: false, code: 'parameter_invalid_integer', param, message: `Invalid integer: ${raw}` });
}

export function integerBelowMinimum(param: string, min: number): StripeApiError {
  return make({
    status: 400,
    saved: false,
    code: 'parameter_invalid_integer',
    param,
    message: `This value must be greater than or equal to ${min}.`,
  });
}

export function integerAboveMaximum(param: string, max: number): StripeApiError {
  return make({
    status: 400,
    saved: false,
    code: 'parameter_invalid_integer',
    param,
    message: `This value must be less than or equal to ${max}.`,
  });
}

export function parameterInvalid(param: string, message: string, code = 'parameter_invalid_string'): StripeApiError {
  return make({ status: 400, saved: false, code, param, message });
}

export function parametersExclusive(params: string[]): StripeApiError {
  return make({
    status: 400,
    saved: false,
    code: 'parameters_exclusive',
    param: params[0],
    message: `You may only specify one of these parameters: ${params.join(', ')}.`,
  });
}

export function oneOfRequired(params: string[]): StripeApiError {
  return make({
    status: 400,
    saved: false,
    code: 'parameter_missing',
    message: `One of the following params should be provided for this request: ${params.join(' or ')}.`,
  });
}

// ---- execution (saved and replayed, like Stripe) ----

/** `No such transfer: 'tr_…'` — 404 for the object in the URL, 400 for an id given as a parameter. */
export function resourceMissing(noun: string, id: string, param: string, status: 400 | 404 = 400): StripeApiError {
  return make({ status, saved: true, code: 'resource_missing', param, message: `No such ${noun}: '${id}'` });
}

export function balanceInsufficientForTransfer(): StripeApiError {
  return make({
    status: 400,
    saved: true,
    code: 'balance_insufficient',
    message:
      'You have insufficient available funds in your Stripe account. Try adding funds directly to your available balance by creating Charges using the 4000000000000077 test card. See: https://stripe.com/docs/testing#available-balance',
  });
}

export function balanceInsufficientForPayout(): StripeApiError {
  return make({
    status: 400,
    saved: true,
    code: 'balance_insufficient',
    message:
      'You have insufficient funds in your Stripe account for this transfer. Your card balance is too low. You can use the /v1/balance endpoint to view your Stripe balance (for more details, see stripe.com/docs/api#balance).',
  });
}

export function insufficientCapabilitiesForTransfer(): StripeApiError {
  return make({
    status: 400,
    saved: true,
    code: 'insufficient_capabilities_for_transfer',
    message:
      'Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments',
  });
}

export function payoutsNotAllowed(): StripeApiError {
  return make({
    status: 400,
    saved: true,
    code: 'payouts_not_allowed',
    message: 'Payouts have been disabled on this account.',
  });
}

export function chargeAlreadyRefunded(chargeId: string): StripeApiError {
  return make({
    status: 400,
    saved: true,
    code: 'charge_already_refunded',
    message: `Charge ${chargeId} has already been refunded.`,
    extra: { charge: chargeId },
  });
}

export function refundAmountTooLarge(requested: string, remaining: string): StripeApiError {
  return make({
    status: 400,
    saved: true,
    code: 'amount_too_large',
    param: 'amount',
    message: `Refund amount (${requested}) is greater than unrefunded amount on charge (${remaining})`,
  });
}

export function noSuccessfulCharge(paymentIntentId: string): StripeApiError {
  return make({
    status: 400,
    saved: true,
    code: 'charge_not_refundable',
    param: 'payment_intent',
    message: `This PaymentIntent (${paymentIntentId}) does not have a successful charge to refund.`,
  });
}

export function transferAlreadyReversed(): StripeApiError {
  return make({ status: 400, saved: true, message: 'This transfer has already been fully reversed.' });
}

export function reversalAmountTooLarge(requested: number, remaining: number): StripeApiError {
  return make({
    status: 400,
    saved: true,
    code: 'amount_too_large',
    param: 'amount',
    message: `Reversal amount (${requested}) is greater than the amount remaining on the transfer (${remaining}).`,
  });
}

export function amountTooSmall(minimum: string): StripeApiError {
  return make({
    status: 400,
    saved: true,
    code: 'amount_too_small',
    param: 'amount',
    message: `Amount must be at least ${minimum}`,
  });
}

export function currencyMismatch(param: string, message: string): StripeApiError {
  return make({ status: 400, saved: true, param, message });
}

export function sourceTransactionExhausted(chargeId: string, remaining: number): StripeApiError {
  return make({
    status: 400,
    saved: true,
    code: 'amount_too_large',
    param: 'amount',
    message: `The amount must be no more than what remains of source_transaction ${chargeId} (${remaining}).`,
  });
}

export function cardDeclined(chargeId: string, declineCode: string, message: string, paymentIntent?: Record<string, unknown>): StripeApiError {
  const extra: Partial<StripeErrorBody> = { decline_code: declineCode, charge: chargeId };
  if (paymentIntent) extra.payment_intent = paymentIntent;
  return make({ status: 402, type: 'card_error', saved: true, code: 'card_declined', message, extra });
}

export function paymentIntentUnexpectedState(id: string, status: string, action: string): StripeApiError {
  return make({
    status: 400,
    saved: true,
    code: 'payment_intent_unexpected_state',
    message: `You cannot ${action} this PaymentIntent (${id}) because it has a status of ${status}.`,
  });
}

export function internalError(requestId: string): StripeApiError {
  return make({
    status: 500,
    type: 'api_error',
    saved: true,
    message: `An unknown error occurred in the Stripe emulator (request ${requestId}).`,
  });
}
