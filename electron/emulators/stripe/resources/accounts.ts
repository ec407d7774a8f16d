// Connected accounts: POST/GET /v1/accounts, GET/POST /v1/accounts/:id, GET /v1/account.
//
// Readiness follows Stripe's model: the `transfers` capability decides whether transfers to the
// account succeed; requirements past due (or a disabled_reason) leave it inactive. Accounts made
// over HTTP start as Stripe test mode leaves them — requested capabilities inactive until the
// requirements (business_type, external_account, tos_acceptance) are provided by updates. The
// admin API seeds any state directly.
import { accountInaccessible, parameterInvalid } from '../errors';
import type { FormObject } from '../form';
import { newId } from '../ids';
import type { AccountObject, CapabilityStatus, Metadata, Requirements } from '../objects';
import { listObjects, LIST_PARAMS } from '../pagination';
import {
  applyMetadata,
  checkKnown,
  metadataUpdate,
  optionalCurrency,
  optionalEnum,
  optionalHash,
  optionalNonEmptyString,
  optionalString,
} from '../params';
import type { RequestContext, Router } from '../router';
import type { EmulatorState } from '../state';

export type AccountType = AccountObject['type'];

/** The parts of a connected account's state the admin API can set, at seeding or later. */
export interface AccountStateFields {
  metadata?: Metadata;
  capabilities?: { transfers?: CapabilityStatus; card_payments?: CapabilityStatus };
  payouts_enabled?: boolean;
  charges_enabled?: boolean;
  details_submitted?: boolean;
  requirements?: {
    currently_due?: string[];
    past_due?: string[];
    eventually_due?: string[];
    pending_verification?: string[];
    disabled_reason?: string | null;
    current_deadline?: number | null;
  };
}

/** The state a connected account is seeded with (admin API). Omitted fields take defaults that are
 * consistent with each other, as Stripe would report them. */
export interface AccountSeed extends AccountStateFields {
  /** A fixed id (`acct_…`) for reproducible demo data; random when omitted. */
  id?: string;
  email?: string | null;
  businessName?: string | null;
  country?: string;
  defaultCurrency?: string;
  type?: AccountType;
  /** Unix seconds; defaults to now. */
  created?: number;
}

const ONBOARDING_FIELDS = ['business_type', 'external_account', 'tos_acceptance.date', 'tos_acceptance.ip'];

function emptyRequirements(): Requirements {
  return {
    alternatives: [],
    current_deadline: null,
    currently_due: [],
    disabled_reason: null,
    errors: [],
    eventually_due: [],
    past_due: [],
    pending_verification: [],
  };
}

function baseAccount(id: string, created: number, type: AccountType): AccountObject {
  return {
    id,
    object: 'account',
    business_profile: {
      mcc: null,
      name: null,
      product_description: null,
      support_address: null,
      support_email: null,
      support_phone: null,
      support_url: null,
      url: null,
    },
    business_type: null,
    capabilities: {},
    charges_enabled: false,
    controller: {
      fees: { payer: 'application' },
      is_controller: true,
      losses: { payments: 'application' },
      requirement_collection: type === 'standard' ? 'stripe' : 'application',
      stripe_dashboard: { type: type === 'express' ? 'express' : type === 'standard' ? 'full' : 'none' },
      type: 'application',
    },
    country: 'US',
    created,
    default_currency: 'usd',
    details_submitted: false,
    email: null,
    external_accounts: { object: 'list', data: [], has_more: false, total_count: 0, url: `/v1/accounts/${id}/external_accounts` },
    future_requirements: emptyRequirements(),
    metadata: {},
    payouts_enabled: false,
    requirements: emptyRequirements(),
    settings: {
      payouts: { debit_negative_balances: true, schedule: { delay_days: 2, interval: 'daily' }, statement_descriptor: null },
    },
    tos_acceptance: { date: null, ip: null, user_agent: null },
    type,
  };
}

/** Builds an account in exactly the seeded state (defaults derived from what is given). */
export function accountFromSeed(seed: AccountSeed, now: number): AccountObject {
  const id = seed.id ?? newId('acct');
  const account = baseAccount(id, seed.created ?? now, seed.type ?? 'express');
  const req = seed.requirements ?? {};
  const currentlyDue = [...(req.currently_due ?? [])];
  const pastDue = [...(req.past_due ?? [])];
  const disabledReason = req.disabled_reason ?? (pastDue.length > 0 ? 'requirements.past_due' : null);
  const healthy = pastDue.length === 0 && disabledReason === null;
  const transfers = seed.capabilities?.transfers ?? (healthy ? 'active' : 'inactive');
  const cardPayments = seed.capabilities?.card_payments ?? transfers;
  account.capabilities = { card_payments: cardPayments, transfers };
  account.requirements = {
    ...emptyRequirements(),
    current_deadline: req.current_deadline ?? null,
    currently_due: currentlyDue,
    disabled_reason: disabledReason,
    eventually_due: req.eventually_due ?? [...new Set([...currentlyDue, ...pastDue])],
    past_due: pastDue,
    pending_verification: req.pending_verification ?? [],
  };
  account.payouts_enabled = seed.payouts_enabled ?? (healthy && transfers === 'active');
  account.charges_enabled = seed.charges_enabled ?? (healthy && cardPayments === 'active');
  account.details_submitted = seed.details_submitted ?? (currentlyDue.length === 0 && pastDue.length === 0);
  account.email = seed.email ?? null;
  account.business_profile.name = seed.businessName ?? null;
  account.country = seed.country ?? 'US';
  account.default_currency = seed.defaultCurrency ?? 'usd';
  account.metadata = { ...(seed.metadata ?? {}) };
  if (account.details_submitted) {
    account.business_type = 'individual';
    account.tos_acceptance = { date: account.created, ip: '127.0.0.1', user_agent: null };
  }
  return account;
}

/** Whether Stripe would accept a transfer to this account. */
export function canReceiveTransfers(account: AccountObject): boolean {
  return account.capabilities.transfers === 'active';
}

/** The platform's own account object (GET /v1/account). */
export function platformAccount(state: EmulatorState): AccountObject {
  const account = baseAccount(state.platformAccountId, 0, 'standard');
  account.business_profile.name = 'Social Flow (Stripe emulator — no real money)';
  account.capabilities = { card_payments: 'active', transfers: 'active' };
  account.charges_enabled = true;
  account.payouts_enabled = true;
  account.details_submitted = true;
  account.controller = { ...account.controller, is_controller: false, type: 'account' };
  return account;
}

/** Recomputes the onboarding-derived fields of an account created over HTTP. */
function settleOnboarding(account: AccountObject, requested: string[]): void {
  const due = account.requirements.currently_due;
  if (due.length === 0 && account.requirements.past_due.length === 0 && account.requirements.disabled_reason === null) {
    for (const name of requested) account.capabilities[name] = 'active';
    account.details_submitted = true;
    account.charges_enabled = account.capabilities.card_payments === 'active';
    account.payouts_enabled = account.capabilities.transfers === 'active';
  }
}

function satisfy(account: AccountObject, field: string): void {
  account.requirements.currently_due = account.requirements.currently_due.filter((f) => f !== field);
  account.requirements.eventually_due = account.requirements.eventually_due.filter((f) => f !== field);
}

const ACCOUNT_TYPES = ['custom', 'express', 'standard', 'none'] as const;
const BUSINESS_TYPES = ['company', 'government_entity', 'individual', 'non_profit'] as const;

function requestedCapabilities(params: FormObject): string[] {
  const hash = optionalHash(params, 'capabilities');
  if (!hash) return [];
  const names: string[] = [];
  for (const [name, value] of Object.entries(hash)) {
    if (typeof value !== 'object' || Array.isArray(value)) throw parameterInvalid(`capabilities[${name}]`, 'Invalid hash');
    const requested = value.requested;
    if (requested !== 'true' && requested !== 'false') {
      throw parameterInvalid(`capabilities[${name}][requested]`, `Invalid boolean: ${String(requested)}`, 'parameter_invalid_boolean');
    }
    if (requested === 'true') names.push(name);
  }
  return names;
}

/** Applies the updatable parameters shared by create and update. */
function applyAccountParams(account: AccountObject, params: FormObject): string[] {
  const email = optionalString(params, 'email');
  if (email !== undefined) account.email = email === '' ? null : email;
  const currency = optionalCurrency(params, 'default_currency');
  if (currency !== undefined) account.default_currency = currency;
  const businessType = optionalEnum(params, 'business_type', BUSINESS_TYPES);
  if (businessType !== undefined) {
    account.business_type = businessType;
    satisfy(account, 'business_type');
  }
  const profile = optionalHash(params, 'business_profile');
  if (profile) {
    for (const key of ['name', 'url', 'mcc', 'product_description', 'support_email', 'support_phone', 'support_url'] as const) {
      const value = optionalString(profile, key);
      if (value !== undefined) account.business_profile[key] = value === '' ? null : value;
    }
  }
  if (optionalNonEmptyString(params, 'external_account') !== undefined || optionalHash(params, 'external_account')) {
    satisfy(account, 'external_account');
  }
  const tos = optionalHash(params, 'tos_acceptance');
  if (tos) {
    const date = optionalNonEmptyString(tos, 'date');
    const ip = optionalNonEmptyString(tos, 'ip');
    if (date !== undefined) {
      account.tos_acceptance.date = Number(date);
      satisfy(account, 'tos_acceptance.date');
    }
    if (ip !== undefined) {
      account.tos_acceptance.ip = ip;
      satisfy(account, 'tos_acceptance.ip');
    }
  }
  account.metadata = applyMetadata(account.metadata, metadataUpdate(params));
  const requested = requestedCapabilities(params);
  for (const name of requested) {
    if (account.capabilities[name] === undefined) account.capabilities[name] = 'inactive';
  }
  return Object.entries(account.capabilities)
    .filter(([, status]) => status !== 'active')
    .map(([name]) => name);
}

const CREATE_PARAMS = [
  'type',
  'country',
  'email',
  'business_type',
  'business_profile',
  'capabilities',
  'controller',
  'default_currency',
  'external_account',
  'metadata',
  'settings',
  'tos_acceptance',
  'individual',
  'company',
  'expand',
];
const UPDATE_PARAMS = CREATE_PARAMS.filter((name) => name !== 'type' && name !== 'country' && name !== 'controller');

function createAccount(ctx: RequestContext): AccountObject {
  const { params, state } = ctx;
  checkKnown(params, CREATE_PARAMS);
  const type = optionalEnum(params, 'type', ACCOUNT_TYPES) ?? 'express';
  const country = optionalNonEmptyString(params, 'country');
  if (country !== undefined && !/^[A-Za-z]{2}$/.test(country)) throw parameterInvalid('country', `Country '${country}' is unknown.`);
  const account = baseAccount(newId('acct'), state.nowSeconds(), type);
  if (country !== undefined) account.country = country.toUpperCase();
  account.requirements.currently_due = [...ONBOARDING_FIELDS];
  account.requirements.eventually_due = [...ONBOARDING_FIELDS];
  const pending = applyAccountParams(account, params);
  settleOnboarding(account, pending);
  state.put('account', account, state.platformAccountId);
  return account;
}

function connectedAccount(ctx: RequestContext, id: string): AccountObject {
  const account = ctx.state.get('account', id);
  if (!account || !ctx.isPlatform) throw accountInaccessible(ctx.maskedKey, id);
  return account;
}

function updateAccount(ctx: RequestContext): AccountObject {
  const { params, state } = ctx;
  const current = connectedAccount(ctx, ctx.route.id as string);
  checkKnown(params, UPDATE_PARAMS);
  const account = structuredClone(current);
  const pending = applyAccountParams(account, params);
  settleOnboarding(account, pending);
  state.put('account', account, state.platformAccountId);
  return account;
}

export function registerAccountRoutes(router: Router): void {
  router
    .post('/v1/accounts', createAccount)
    .get('/v1/accounts', (ctx) => {
      checkKnown(ctx.params, [...LIST_PARAMS, 'created']);
      return listObjects({
        collection: ctx.state.collections.account,
        noun: 'account',
        url: '/v1/accounts',
        owner: ctx.isPlatform ? ctx.state.platformAccountId : ctx.owner,
        params: ctx.params,
      });
    })
    .get('/v1/accounts/:id', (ctx) => {
      checkKnown(ctx.params, ['expand']);
      if (ctx.route.id === ctx.state.platformAccountId) return platformAccount(ctx.state);
      return connectedAccount(ctx, ctx.route.id as string);
    })
    .post('/v1/accounts/:id', updateAccount)
    .get('/v1/account', (ctx) => {
      checkKnown(ctx.params, ['expand']);
      return ctx.isPlatform ? platformAccount(ctx.state) : connectedAccount({ ...ctx, isPlatform: true }, ctx.owner);
    });
}
