// The API objects the emulator serves, field for field as Stripe returns them (checked against the
// installed stripe-node v23 resource types: node_modules/stripe/esm/resources/*.d.ts). Only the
// fields this emulator can give meaning to carry values; the rest are present with Stripe's empty
// values (null, [] or {}), so clients that read them see the same shape as in test mode.

export type Metadata = Record<string, string>;

export type ApiList<T> = {
  object: 'list';
  data: T[];
  has_more: boolean;
  total_count?: number;
  url: string;
};

export type CapabilityStatus = 'active' | 'inactive' | 'pending';

export type Requirements = {
  alternatives: unknown[];
  current_deadline: number | null;
  currently_due: string[];
  disabled_reason: string | null;
  errors: unknown[];
  eventually_due: string[];
  past_due: string[];
  pending_verification: string[];
};

export type AccountObject = {
  id: string;
  object: 'account';
  business_profile: {
    mcc: string | null;
    name: string | null;
    product_description: string | null;
    support_address: null;
    support_email: string | null;
    support_phone: string | null;
    support_url: string | null;
    url: string | null;
  };
  business_type: string | null;
  capabilities: Record<string, CapabilityStatus>;
  charges_enabled: boolean;
  controller: {
    fees: { payer: string };
    is_controller: boolean;
    losses: { payments: string };
    requirement_collection: string;
    stripe_dashboard: { type: string };
    type: 'application' | 'account';
  };
  country: string;
  created: number;
  default_currency: string;
  details_submitted: boolean;
  email: string | null;
  external_accounts: ApiList<never>;
  future_requirements: Requirements;
  metadata: Metadata;
  payouts_enabled: boolean;
  requirements: Requirements;
  settings: {
    payouts: {
      debit_negative_balances: boolean;
      schedule: { delay_days: number; interval: string };
      statement_descriptor: string | null;
    };
  };
  tos_acceptance: { date: number | null; ip: string | null; user_agent: string | null };
  type: 'express' | 'custom' | 'standard' | 'none';
};

export type BalanceAmount = { amount: number; currency: string; source_types: { card: number } };

export type BalanceObject = {
  object: 'balance';
  available: BalanceAmount[];
  connect_reserved?: { amount: number; currency: string }[];
  livemode: false;
  pending: BalanceAmount[];
};

export type TransferReversalObject = {
  id: string;
  object: 'transfer_reversal';
  amount: number;
  balance_transaction: string;
  created: number;
  currency: string;
  destination_payment_refund: string;
  metadata: Metadata;
  source_refund: string | null;
  transfer: string;
};

export type TransferObject = {
  id: string;
  object: 'transfer';
  amount: number;
  amount_reversed: number;
  balance_transaction: string;
  created: number;
  currency: string;
  description: string | null;
  destination: string;
  destination_payment: string;
  livemode: false;
  metadata: Metadata;
  /** Rendered from the reversals collection on every read (the ten most recent). */
  reversals: ApiList<TransferReversalObject>;
  reversed: boolean;
  source_transaction: string | null;
  source_type: string;
  transfer_group: string | null;
};

export type PayoutObject = {
  id: string;
  object: 'payout';
  amount: number;
  application_fee: null;
  application_fee_amount: null;
  arrival_date: number;
  automatic: boolean;
  balance_transaction: string;
  created: number;
  currency: string;
  description: string | null;
  destination: string;
  failure_balance_transaction: null;
  failure_code: null;
  failure_message: null;
  livemode: false;
  metadata: Metadata;
  method: string;
  original_payout: null;
  payout_method: null;
  reconciliation_status: string;
  reversed_by: null;
  source_type: string;
  statement_descriptor: string | null;
  /** Stored as `pending`; read as `paid` once the clock passes arrival_date. */
  status: string;
  trace_id: { status: string; value: string | null } | null;
  type: 'bank_account';
};

export type PaymentIntentStatus =
  | 'requires_payment_method'
  | 'requires_confirmation'
  | 'requires_action'
  | 'processing'
  | 'requires_capture'
  | 'canceled'
  | 'succeeded';

export type PaymentIntentObject = {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_capturable: number;
  amount_details: { tip: Record<string, never> };
  amount_received: number;
  application: null;
  application_fee_amount: number | null;
  automatic_payment_methods: { allow_redirects?: string; enabled: boolean } | null;
  canceled_at: number | null;
  cancellation_reason: string | null;
  capture_method: string;
  client_secret: string;
  confirmation_method: string;
  created: number;
  currency: string;
  customer: string | null;
  description: string | null;
  last_payment_error: Record<string, unknown> | null;
  latest_charge: string | null;
  livemode: false;
  metadata: Metadata;
  next_action: null;
  on_behalf_of: null;
  payment_method: string | null;
  payment_method_configuration_details: null;
  payment_method_options: Record<string, unknown>;
  payment_method_types: string[];
  processing: null;
  receipt_email: string | null;
  review: null;
  setup_future_usage: null;
  shipping: null;
  source: null;
  statement_descriptor: string | null;
  statement_descriptor_suffix: string | null;
  status: PaymentIntentStatus;
  transfer_data: null;
  transfer_group: string | null;
};

export type ChargeObject = {
  id: string;
  object: 'charge';
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  application: null;
  application_fee: null;
  application_fee_amount: null;
  balance_transaction: string | null;
  billing_details: {
    address: {
      city: null;
      country: null;
      line1: null;
      line2: null;
      postal_code: null;
      state: null;
    };
    email: string | null;
    name: string | null;
    phone: null;
    tax_id: null;
  };
  calculated_statement_descriptor: string;
  captured: boolean;
  created: number;
  currency: string;
  customer: string | null;
  description: string | null;
  disputed: boolean;
  failure_balance_transaction: null;
  failure_code: string | null;
  failure_message: string | null;
  fraud_details: Record<string, never>;
  livemode: false;
  metadata: Metadata;
  on_behalf_of: null;
  outcome: {
    advice_code: null;
    network_advice_code: null;
    network_decline_code: null;
    network_status: string;
    reason: string | null;
    risk_level: string;
    risk_score: number;
    seller_message: string;
    type: string;
  };
  paid: boolean;
  payment_intent: string | null;
  payment_method: string;
  payment_method_details: {
    card: {
      brand: string;
      country: string;
      exp_month: number;
      exp_year: number;
      funding: string;
      last4: string;
      network: string;
    };
    type: 'card';
  };
  receipt_email: string | null;
  receipt_number: null;
  receipt_url: null;
  refunded: boolean;
  review: null;
  shipping: null;
  source: null;
  source_transfer: null;
  statement_descriptor: string | null;
  statement_descriptor_suffix: string | null;
  status: 'succeeded' | 'failed' | 'pending';
  transfer_data: null;
  transfer_group: string | null;
};

export type RefundObject = {
  id: string;
  object: 'refund';
  amount: number;
  balance_transaction: string;
  charge: string;
  created: number;
  currency: string;
  destination_details: { card: { reference_status: string; reference_type: string; type: string }; type: 'card' };
  metadata: Metadata;
  payment_intent: string | null;
  payment_method: string;
  reason: string | null;
  receipt_number: null;
  source_transfer_reversal: null;
  status: 'succeeded' | 'pending' | 'failed' | 'canceled';
  transfer_reversal: null;
};

export type ObjectKind = 'account' | 'transfer' | 'transfer_reversal' | 'payout' | 'payment_intent' | 'charge' | 'refund';

export interface ObjectOfKind {
  account: AccountObject;
  transfer: TransferObject;
  transfer_reversal: TransferReversalObject;
  payout: PayoutObject;
  payment_intent: PaymentIntentObject;
  charge: ChargeObject;
  refund: RefundObject;
}
