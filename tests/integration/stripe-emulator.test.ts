// The Stripe emulator, driven by the real stripe-node SDK over real HTTP on 127.0.0.1.
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStripeEmulator, stripeClientFor, type StripeEmulator } from '../../electron/emulators/stripe';

const KEY = 'sk_test_emulator_suite';

type WithLastResponse = { lastResponse: { headers: Record<string, string>; requestId: string; statusCode: number } };

function last(object: object): WithLastResponse['lastResponse'] {
  return (object as WithLastResponse).lastResponse;
}

/** Awaits a promise that must reject, and returns the error. */
async function rejection(promise: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  try {
    await promise;
  } catch (error) {
    return error as Stripe.errors.StripeError;
  }
  throw new Error('expected the call to fail');
}

async function rawPost(emulator: StripeEmulator, path: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await fetch(`${emulator.url}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body,
  });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

describe('Stripe emulator (stripe-node over HTTP)', () => {
  let emulator: StripeEmulator;
  let stripe: Stripe;

  beforeAll(async () => {
    emulator = await startStripeEmulator();
    stripe = stripeClientFor(emulator, KEY);
  });

  afterAll(async () => {
    await emulator.close();
  });

  describe('connected accounts', () => {
    it('retrieves accounts seeded in each readiness state', async () => {
      const ready = emulator.admin.createAccount({ email: 'ready@example.com', metadata: { creator: 'c1' } });
      const pastDue = emulator.admin.createAccount({
        requirements: { past_due: ['external_account'], currently_due: ['external_account'] },
      });
      const payoutsOff = emulator.admin.createAccount({ payouts_enabled: false, capabilities: { transfers: 'active' } });
      const pending = emulator.admin.createAccount({ capabilities: { transfers: 'pending' }, requirements: { currently_due: ['individual.verification.document'] } });

      const a = await stripe.accounts.retrieve(ready.id);
      expect(a).toMatchObject({
        id: ready.id,
        object: 'account',
        email: 'ready@example.com',
        payouts_enabled: true,
        charges_enabled: true,
        details_submitted: true,
        capabilities: { transfers: 'active' },
        requirements: { currently_due: [], past_due: [], disabled_reason: null },
        metadata: { creator: 'c1' },
      });
      expect(a.id).toMatch(/^acct_[0-9A-Za-z]{14,24}$/);
      expect(typeof a.created).toBe('number');
      expect(last(a).requestId).toMatch(/^req_[0-9A-Za-z]{14}$/);

      const b = await stripe.accounts.retrieve(pastDue.id);
      expect(b.capabilities?.transfers).toBe('inactive');
      expect(b.payouts_enabled).toBe(false);
      expect(b.requirements).toMatchObject({ past_due: ['external_account'], disabled_reason: 'requirements.past_due' });

      const c = await stripe.accounts.retrieve(payoutsOff.id);
      expect(c).toMatchObject({ payouts_enabled: false, capabilities: { transfers: 'active' } });

      const d = await stripe.accounts.retrieve(pending.id);
      expect(d.capabilities?.transfers).toBe('pending');
      expect(d.requirements?.currently_due).toEqual(['individual.verification.document']);
    });

    it('creates an account over HTTP that becomes ready once its requirements are provided', async () => {
      const created = await stripe.accounts.create({
        type: 'express',
        country: 'US',
        email: 'new@example.com',
        capabilities: { transfers: { requested: true } },
        metadata: { user_id: 'u1' },
      });
      expect(created.capabilities?.transfers).toBe('inactive');
      expect(created.payouts_enabled).toBe(false);
      expect(created.requirements?.currently_due).toEqual(expect.arrayContaining(['external_account', 'tos_acceptance.date']));

      const updated = await stripe.accounts.update(created.id, {
        business_type: 'individual',
        external_account: 'btok_us_verified',
        tos_acceptance: { date: 1_700_000_000, ip: '127.0.0.1' },
      });
      expect(updated.requirements?.currently_due).toEqual([]);
      expect(updated.capabilities?.transfers).toBe('active');
      expect(updated.payouts_enabled).toBe(true);

      const listed = await stripe.accounts.list({ limit: 100 }).autoPagingToArray({ limit: 1000 });
      expect(listed.map((account) => account.id)).toContain(created.id);
    });

    it('refuses an unknown account the way Stripe does (403 account_invalid)', async () => {
      const error = await rejection(stripe.accounts.retrieve('acct_1DoesNotExist0'));
      expect(error).toBeInstanceOf(Stripe.errors.StripePermissionError);
      expect(error.code).toBe('account_invalid');
      expect(error.message).toContain("does not have access to account 'acct_1DoesNotExist0'");
    });
  });

  describe('balance and transfers', () => {
    it('reports the platform balance and a connected account balance via Stripe-Account', async () => {
      emulator.admin.setBalance({ currency: 'eur', available: 12_345, pending: 600 });
      const balance = await stripe.balance.retrieve();
      expect(balance.object).toBe('balance');
      expect(balance.livemode).toBe(false);
      expect(balance.available).toEqual(expect.arrayContaining([{ amount: 12_345, currency: 'eur', source_types: { card: 12_345 } }]));
      expect(balance.pending).toEqual(expect.arrayContaining([expect.objectContaining({ amount: 600, currency: 'eur' })]));

      const account = emulator.admin.createAccount();
      const connected = await stripe.balance.retrieve({}, { stripeAccount: account.id });
      expect(connected.available).toEqual([{ amount: 0, currency: 'usd', source_types: { card: 0 } }]);
      expect(last(connected).headers['stripe-account']).toBe(account.id);

      const error = await rejection(stripe.balance.retrieve({}, { stripeAccount: 'acct_1Nobody000000' }));
      expect(error).toBeInstanceOf(Stripe.errors.StripePermissionError);
    });

    it('creates a transfer that debits the platform and credits the destination', async () => {
      const creator = emulator.admin.createAccount();
      emulator.admin.setBalance({ currency: 'usd', available: 50_000 });
      const transfer = await stripe.transfers.create({
        amount: 12_000,
        currency: 'usd',
        destination: creator.id,
        transfer_group: 'payout_ok_1',
        description: 'Creator payout',
        metadata: { payout_id: 'payout_ok_1' },
      });
      expect(transfer).toMatchObject({
        object: 'transfer',
        amount: 12_000,
        amount_reversed: 0,
        currency: 'usd',
        destination: creator.id,
        transfer_group: 'payout_ok_1',
        description: 'Creator payout',
        metadata: { payout_id: 'payout_ok_1' },
        livemode: false,
        reversed: false,
        source_transaction: null,
        reversals: { object: 'list', data: [], has_more: false, total_count: 0 },
      });
      expect(transfer.id).toMatch(/^tr_[0-9A-Za-z]{14,24}$/);
      expect(transfer.balance_transaction).toMatch(/^txn_/);

      expect(emulator.admin.getBalance().available.usd).toBe(38_000);
      const theirs = await stripe.balance.retrieve({}, { stripeAccount: creator.id });
      expect(theirs.available.find((entry) => entry.currency === 'usd')?.amount).toBe(12_000);
      expect(await stripe.transfers.retrieve(transfer.id)).toEqual(transfer);
    });

    it('refuses a transfer beyond the available balance with balance_insufficient, and replays that error', async () => {
      const creator = emulator.admin.createAccount();
      emulator.admin.setBalance({ currency: 'usd', available: 1_000 });
      const params = { amount: 1_001, currency: 'usd', destination: creator.id };
      const error = await rejection(stripe.transfers.create(params, { idempotencyKey: 'insufficient-1' }));
      expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
      expect(error.statusCode).toBe(400);
      expect(error.code).toBe('balance_insufficient');
      expect(error.message).toContain('insufficient available funds');
      expect(error.doc_url).toBe('https://stripe.com/docs/error-codes/balance-insufficient');
      expect(error.requestId).toMatch(/^req_/);
      expect(emulator.admin.getBalance().available.usd).toBe(1_000);

      // Stripe saves errors from an executed endpoint: topping up does not change the answer for this key.
      emulator.admin.setBalance({ currency: 'usd', available: 5_000 });
      const replay = await rejection(stripe.transfers.create(params, { idempotencyKey: 'insufficient-1' }));
      expect(replay.code).toBe('balance_insufficient');
      expect(replay.headers?.['idempotent-replayed']).toBe('true');
      // A new key goes through.
      const ok = await stripe.transfers.create(params, { idempotencyKey: 'insufficient-2' });
      expect(ok.amount).toBe(1_001);
    });

    it('refuses destinations that cannot receive transfers, and unknown destinations', async () => {
      emulator.admin.setBalance({ currency: 'usd', available: 100_000 });
      const pastDue = emulator.admin.createAccount({ requirements: { past_due: ['individual.id_number'] } });
      const inactive = emulator.admin.createAccount({ capabilities: { transfers: 'inactive' } });
      const pending = emulator.admin.createAccount({ capabilities: { transfers: 'pending' } });
      for (const account of [pastDue, inactive, pending]) {
        const error = await rejection(stripe.transfers.create({ amount: 500, currency: 'usd', destination: account.id }));
        expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
        expect(error.code).toBe('insufficient_capabilities_for_transfer');
        expect(error.message).toBe(
          'Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments',
        );
      }
      const missing = await rejection(stripe.transfers.create({ amount: 500, currency: 'usd', destination: 'acct_1Missing0000000' }));
      expect(missing.code).toBe('resource_missing');
      expect(missing.param).toBe('destination');
      expect(missing.message).toBe("No such destination: 'acct_1Missing0000000'");
      expect(emulator.admin.getBalance().available.usd).toBe(100_000);
    });

    it('validates parameters like Stripe, naming the parameter', async () => {
      const creator = emulator.admin.createAccount();
      const zero = await rejection(stripe.transfers.create({ amount: 0, currency: 'usd', destination: creator.id }));
      expect(zero.code).toBe('parameter_invalid_integer');
      expect(zero.param).toBe('amount');
      const text = await rejection(stripe.transfers.create({ amount: '12.5' as unknown as number, currency: 'usd', destination: creator.id }));
      expect(text.code).toBe('parameter_invalid_integer');
      expect(text.message).toBe('Invalid integer: 12.5');
      const noCurrency = await rejection(stripe.transfers.create({ amount: 10, destination: creator.id } as Stripe.TransferCreateParams));
      expect(noCurrency.code).toBe('parameter_missing');
      expect(noCurrency.param).toBe('currency');
      const unknown = await rejection(stripe.transfers.create({ amount: 10, currency: 'usd', destination: creator.id, colour: 'blue' } as Stripe.TransferCreateParams));
      expect(unknown.code).toBe('parameter_unknown');
      expect(unknown.message).toBe('Received unknown parameter: colour');
    });

    it('does not save parameter validation failures for the idempotency key (Stripe saves only executed requests)', async () => {
      const creator = emulator.admin.createAccount();
      emulator.admin.setBalance({ currency: 'usd', available: 10_000 });
      const bad = await rejection(stripe.transfers.create({ amount: -5, currency: 'usd', destination: creator.id }, { idempotencyKey: 'fix-and-retry' }));
      expect(bad.code).toBe('parameter_invalid_integer');
      const good = await stripe.transfers.create({ amount: 5, currency: 'usd', destination: creator.id }, { idempotencyKey: 'fix-and-retry' });
      expect(good.amount).toBe(5);
    });

    it('reverses a transfer, returning the money to the platform', async () => {
      const creator = emulator.admin.createAccount();
      emulator.admin.setBalance({ currency: 'usd', available: 10_000 });
      const transfer = await stripe.transfers.create({ amount: 4_000, currency: 'usd', destination: creator.id });
      const reversal = await stripe.transfers.createReversal(transfer.id, { amount: 1_500, metadata: { reason: 'chargeback' } });
      expect(reversal).toMatchObject({ object: 'transfer_reversal', amount: 1_500, transfer: transfer.id, metadata: { reason: 'chargeback' } });
      expect(reversal.id).toMatch(/^trr_/);
      const after = await stripe.transfers.retrieve(transfer.id);
      expect(after).toMatchObject({ amount_reversed: 1_500, reversed: false, reversals: { total_count: 1 } });
      expect(emulator.admin.getBalance().available.usd).toBe(7_500);
      const rest = await stripe.transfers.createReversal(transfer.id);
      expect(rest.amount).toBe(2_500);
      expect((await stripe.transfers.retrieve(transfer.id)).reversed).toBe(true);
      const again = await rejection(stripe.transfers.createReversal(transfer.id, { amount: 1 }));
      expect(again).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
      const reversals = await stripe.transfers.listReversals(transfer.id).autoPagingToArray({ limit: 10 });
      expect(reversals.map((r) => r.id)).toEqual([rest.id, reversal.id]);
    });

    it('answers 404 resource_missing for an unknown transfer', async () => {
      const error = await rejection(stripe.transfers.retrieve('tr_1Nope'));
      expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
      expect(error.statusCode).toBe(404);
      expect(error.code).toBe('resource_missing');
      expect(error.message).toBe("No such transfer: 'tr_1Nope'");
    });
  });

  describe('idempotency', () => {
    it('same key and same parameters: one transfer, the saved response replayed with Idempotent-Replayed', async () => {
      const creator = emulator.admin.createAccount();
      emulator.admin.setBalance({ currency: 'usd', available: 100_000 });
      const params: Stripe.TransferCreateParams = {
        amount: 2_500,
        currency: 'usd',
        destination: creator.id,
        transfer_group: 'payout_idem_1',
        metadata: { payout_id: 'payout_idem_1' },
      };
      const first = await stripe.transfers.create(params, { idempotencyKey: 'payout_idem_1:v1' });
      const second = await stripe.transfers.create(params, { idempotencyKey: 'payout_idem_1:v1' });
      expect(second).toEqual(first);
      expect(last(first).headers['idempotent-replayed']).toBeUndefined();
      expect(last(second).headers['idempotent-replayed']).toBe('true');
      expect(last(second).headers['original-request']).toBe(last(first).requestId);
      expect(last(second).requestId).not.toBe(last(first).requestId);
      const listed = await stripe.transfers.list({ transfer_group: 'payout_idem_1' });
      expect(listed.data.map((transfer) => transfer.id)).toEqual([first.id]);
      expect(emulator.admin.getBalance().available.usd).toBe(97_500);
    });

    it('replays byte-identical bodies with the original status code', async () => {
      const creator = emulator.admin.createAccount();
      emulator.admin.setBalance({ currency: 'usd', available: 10_000 });
      const body = `amount=700&currency=usd&destination=${creator.id}&metadata[a]=1`;
      const first = await rawPost(emulator, '/v1/transfers', body, { 'Idempotency-Key': 'raw-1' });
      const second = await rawPost(emulator, '/v1/transfers', `metadata[a]=1&destination=${creator.id}&currency=usd&amount=700`, { 'Idempotency-Key': 'raw-1' });
      expect(first.status).toBe(200);
      expect(second.status).toBe(200);
      expect(second.text).toBe(first.text);
      expect(second.headers.get('idempotent-replayed')).toBe('true');

      const failed = await rawPost(emulator, '/v1/transfers', `amount=999999&currency=usd&destination=${creator.id}`, { 'Idempotency-Key': 'raw-2' });
      const failedAgain = await rawPost(emulator, '/v1/transfers', `amount=999999&currency=usd&destination=${creator.id}`, { 'Idempotency-Key': 'raw-2' });
      expect(failed.status).toBe(400);
      expect(failedAgain.status).toBe(400);
      expect(failedAgain.text).toBe(failed.text);
      expect(JSON.parse(failed.text)).toMatchObject({ error: { type: 'invalid_request_error', code: 'balance_insufficient' } });
    });

    it('same key with other parameters or another endpoint: idempotency_error (StripeIdempotencyError)', async () => {
      const creator = emulator.admin.createAccount();
      emulator.admin.setBalance({ currency: 'usd', available: 10_000 });
      await stripe.transfers.create({ amount: 100, currency: 'usd', destination: creator.id }, { idempotencyKey: 'reused-key' });
      const other = await rejection(stripe.transfers.create({ amount: 101, currency: 'usd', destination: creator.id }, { idempotencyKey: 'reused-key' }));
      expect(other).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
      expect(other.statusCode).toBe(400);
      expect(other.rawType).toBe('idempotency_error');
      expect(other.message).toBe(
        "Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than 'reused-key' if you meant to execute a different request.",
      );
      const endpoint = await rejection(stripe.payouts.create({ amount: 100, currency: 'usd' }, { idempotencyKey: 'reused-key' }));
      expect(endpoint).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
      expect(endpoint.message).toContain("('/v1/transfers' vs '/v1/payouts')");
      expect(emulator.admin.getBalance().available.usd).toBe(9_900);
    });

    it('two concurrent creates with one key: exactly one transfer (the other replays or gets 409)', async () => {
      const creator = emulator.admin.createAccount();
      emulator.admin.setBalance({ currency: 'usd', available: 10_000 });
      emulator.admin.setProcessingDelay(150);
      const params: Stripe.TransferCreateParams = { amount: 3_000, currency: 'usd', destination: creator.id, transfer_group: 'payout_race' };
      const secondClient = stripeClientFor(emulator, KEY);
      const results = await Promise.allSettled([
        stripe.transfers.create(params, { idempotencyKey: 'payout_race:v1' }),
        secondClient.transfers.create(params, { idempotencyKey: 'payout_race:v1' }),
      ]);
      emulator.admin.setProcessingDelay(0);
      const fulfilled = results.filter((r): r is PromiseFulfilledResult<Stripe.Response<Stripe.Transfer>> => r.status === 'fulfilled');
      const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(fulfilled.length).toBeGreaterThanOrEqual(1);
      expect(new Set(fulfilled.map((r) => r.value.id)).size).toBe(1);
      // With 150 ms of processing the second request arrives while the first is in flight.
      expect(rejected).toHaveLength(1);
      for (const r of rejected) {
        const error = r.reason as Stripe.errors.StripeError;
        expect(error.statusCode).toBe(409);
        expect(error.rawType).toBe('idempotency_error');
        expect(error.code).toBe('idempotency_key_in_use');
      }
      const listed = await stripe.transfers.list({ transfer_group: 'payout_race' });
      expect(listed.data).toHaveLength(1);
      expect(emulator.admin.getBalance().available.usd).toBe(7_000);
      // Once the first finished, the key replays its transfer.
      const retried = await stripe.transfers.create(params, { idempotencyKey: 'payout_race:v1' });
      expect(retried.id).toBe(listed.data[0]?.id);
    });

    it('expires keys after 24 hours', async () => {
      const creator = emulator.admin.createAccount();
      emulator.admin.setBalance({ currency: 'usd', available: 10_000 });
      const first = await stripe.transfers.create({ amount: 10, currency: 'usd', destination: creator.id }, { idempotencyKey: 'day-old' });
      emulator.admin.advanceTime(24 * 60 * 60 + 1);
      const second = await stripe.transfers.create({ amount: 20, currency: 'usd', destination: creator.id }, { idempotencyKey: 'day-old' });
      expect(second.id).not.toBe(first.id);
      expect(second.amount).toBe(20);
    });
  });

  describe('listing', () => {
    it('lists by transfer_group and created range with auto-pagination, every item exactly once', async () => {
      const creator = emulator.admin.createAccount();
      const other = emulator.admin.createAccount();
      const base = 1_600_000_000;
      const inGroup: string[] = [];
      const inRange: string[] = [];
      for (let i = 0; i < 230; i += 1) {
        // Several transfers share each second, to exercise ordering within a second.
        const created = base + Math.floor(i / 3);
        const group = i % 4 === 0 ? 'list_group_a' : null;
        const transfer = emulator.admin.createTransfer({ amount: 100 + i, destination: i % 2 ? creator.id : other.id, transferGroup: group, created });
        if (group) inGroup.push(transfer.id);
        if (created >= base + 10 && created <= base + 60) inRange.push(transfer.id);
      }
      const grouped: Stripe.Transfer[] = [];
      for await (const transfer of stripe.transfers.list({ transfer_group: 'list_group_a', limit: 7 })) grouped.push(transfer);
      expect(grouped.map((t) => t.id).sort()).toEqual([...inGroup].sort());
      expect(new Set(grouped.map((t) => t.id)).size).toBe(grouped.length);
      expect(grouped.map((t) => t.id)).toEqual([...inGroup].reverse()); // newest first

      const ranged: Stripe.Transfer[] = [];
      for await (const transfer of stripe.transfers.list({ created: { gte: base + 10, lte: base + 60 }, limit: 100 })) ranged.push(transfer);
      expect(ranged.map((t) => t.id)).toEqual([...inRange].reverse());

      const byDestination = await stripe.transfers.list({ destination: creator.id, limit: 100 }).autoPagingToArray({ limit: 1000 });
      expect(byDestination).toHaveLength(115);
      expect(byDestination.every((t) => t.destination === creator.id)).toBe(true);

      // Backwards (ending_before): the SDK walks towards newer objects.
      const oldest = inRange[0] as string;
      const newer: string[] = [];
      for await (const transfer of stripe.transfers.list({ created: { gte: base + 10, lte: base + 60 }, ending_before: oldest, limit: 9 })) newer.push(transfer.id);
      expect(newer).toEqual(inRange.slice(1));

      const exclusive = await rejection(stripe.transfers.list({ starting_after: oldest, ending_before: oldest }));
      expect(exclusive.code).toBe('parameters_exclusive');
      const tooMany = await rejection(stripe.transfers.list({ limit: 101 }));
      expect(tooMany.param).toBe('limit');
    });
  });

  describe('payments and refunds', () => {
    it('refunds partially, then fully, then refuses (amount_too_large, charge_already_refunded)', async () => {
      const { paymentIntent, charge } = emulator.admin.createSucceededPaymentIntent({ amount: 10_000, currency: 'usd', customer: 'cus_ref1' });
      emulator.admin.setBalance({ currency: 'usd', available: 50_000 });
      const partial = await stripe.refunds.create({ payment_intent: paymentIntent.id, amount: 3_000, reason: 'requested_by_customer', metadata: { ticket: 't1' } }, { idempotencyKey: 'refund-1' });
      expect(partial).toMatchObject({
        object: 'refund',
        amount: 3_000,
        charge: charge.id,
        payment_intent: paymentIntent.id,
        status: 'succeeded',
        reason: 'requested_by_customer',
        metadata: { ticket: 't1' },
        currency: 'usd',
      });
      expect(partial.id).toMatch(/^re_/);
      expect(await stripe.charges.retrieve(charge.id)).toMatchObject({ amount_refunded: 3_000, refunded: false });

      const tooLarge = await rejection(stripe.refunds.create({ charge: charge.id, amount: 7_001 }));
      expect(tooLarge).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
      expect(tooLarge.code).toBe('amount_too_large');
      expect(tooLarge.param).toBe('amount');
      expect(tooLarge.message).toBe('Refund amount ($70.01) is greater than unrefunded amount on charge ($70.00)');

      const rest = await stripe.refunds.create({ payment_intent: paymentIntent.id });
      expect(rest.amount).toBe(7_000);
      const intent = await stripe.paymentIntents.retrieve(paymentIntent.id, { expand: ['latest_charge'] });
      expect(intent.latest_charge).toMatchObject({ id: charge.id, amount_refunded: 10_000, refunded: true });

      const done = await rejection(stripe.refunds.create({ payment_intent: paymentIntent.id, amount: 1 }));
      expect(done.code).toBe('charge_already_refunded');
      expect(done.message).toBe(`Charge ${charge.id} has already been refunded.`);
      expect(emulator.admin.getBalance().available.usd).toBe(40_000);

      const refunds = await stripe.refunds.list({ payment_intent: paymentIntent.id }).autoPagingToArray({ limit: 10 });
      expect(refunds.map((refund) => refund.id)).toEqual([rest.id, partial.id]);
      const byCharge = await stripe.refunds.list({ charge: charge.id });
      expect(byCharge.data).toHaveLength(2);
      expect(await stripe.refunds.retrieve(partial.id)).toEqual(partial);
      const withRefunds = await stripe.charges.retrieve(charge.id, { expand: ['refunds'] });
      expect(withRefunds.refunds?.data.map((refund) => refund.id)).toEqual([rest.id, partial.id]);

      const negative = await rejection(stripe.refunds.create({ charge: charge.id, amount: -1 }));
      expect(negative.code).toBe('parameter_invalid_integer');
      const unknown = await rejection(stripe.refunds.create({ payment_intent: 'pi_1Unknown' }));
      expect(unknown.code).toBe('resource_missing');
      expect(unknown.param).toBe('payment_intent');
    });

    it('creates and confirms payment intents over HTTP with test payment methods', async () => {
      emulator.admin.setBalance({ currency: 'gbp', available: 0 });
      const intent = await stripe.paymentIntents.create({ amount: 2_000, currency: 'gbp', customer: 'cus_http', payment_method: 'pm_card_visa', confirm: true });
      expect(intent).toMatchObject({ object: 'payment_intent', status: 'succeeded', amount_received: 2_000, customer: 'cus_http' });
      expect(intent.latest_charge).toMatch(/^ch_/);
      expect(emulator.admin.getBalance().available.gbp).toBe(2_000);
      const declined = await rejection(stripe.paymentIntents.create({ amount: 2_000, currency: 'gbp', payment_method: 'pm_card_chargeDeclined', confirm: true }));
      expect(declined).toBeInstanceOf(Stripe.errors.StripeCardError);
      expect(declined.code).toBe('card_declined');
      const small = await rejection(stripe.paymentIntents.create({ amount: 10, currency: 'usd' }));
      expect(small.code).toBe('amount_too_small');
      const draft = await stripe.paymentIntents.create({ amount: 900, currency: 'usd' });
      expect(draft.status).toBe('requires_payment_method');
      const confirmed = await stripe.paymentIntents.confirm(draft.id, { payment_method: 'pm_card_mastercard' });
      expect(confirmed.status).toBe('succeeded');
      const charges = await stripe.charges.list({ payment_intent: draft.id });
      expect(charges.data[0]?.payment_method_details?.card?.brand).toBe('mastercard');
    });
  });

  describe('payouts', () => {
    it('pays out from the available balance and settles on the arrival date', async () => {
      emulator.admin.setBalance({ currency: 'cad', available: 5_000 });
      const payout = await stripe.payouts.create({ amount: 4_000, currency: 'cad', description: 'Weekly sweep' });
      expect(payout).toMatchObject({ object: 'payout', amount: 4_000, currency: 'cad', status: 'pending', method: 'standard' });
      expect(payout.id).toMatch(/^po_/);
      expect(emulator.admin.getBalance().available.cad).toBe(1_000);
      const insufficient = await rejection(stripe.payouts.create({ amount: 1_001, currency: 'cad' }));
      expect(insufficient.code).toBe('balance_insufficient');
      emulator.admin.advanceTime(3 * 24 * 60 * 60);
      expect((await stripe.payouts.retrieve(payout.id)).status).toBe('paid');
      const paid = await stripe.payouts.list({ status: 'paid', limit: 100 });
      expect(paid.data.map((p) => p.id)).toContain(payout.id);
    });
  });

  describe('authentication', () => {
    it('answers 401 without a key, with an unknown key and with a live key', async () => {
      const response = await fetch(`${emulator.url}/v1/balance`);
      expect(response.status).toBe(401);
      expect(response.headers.get('request-id')).toMatch(/^req_/);
      expect(response.headers.get('www-authenticate')).toBe('Basic realm="Stripe"');
      const body = (await response.json()) as { error: { type: string; message: string } };
      expect(body.error.type).toBe('invalid_request_error');
      expect(body.error.message).toContain('You did not provide an API key');

      const basic = await fetch(`${emulator.url}/v1/balance`, { headers: { Authorization: `Basic ${Buffer.from(`${KEY}:`).toString('base64')}` } });
      expect(basic.status).toBe(200);

      const live = await rejection(stripeClientFor(emulator, 'sk_live_abcdefghijklmnop1234').balance.retrieve());
      expect(live).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
      expect(live.message).toBe(`Invalid API Key provided: sk_live_${'*'.repeat(16)}1234`);

      const strict = await startStripeEmulator({ apiKeys: ['sk_test_only_this_one'] });
      try {
        const wrong = await rejection(stripeClientFor(strict, KEY).balance.retrieve());
        expect(wrong).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
        expect(wrong.statusCode).toBe(401);
        const right = await stripeClientFor(strict, 'sk_test_only_this_one').balance.retrieve();
        expect(right.object).toBe('balance');
      } finally {
        await strict.close();
      }
    });

    it('answers unknown URLs with a Stripe-shaped 404', async () => {
      const response = await rawPost(emulator, '/v1/widgets', 'a=1');
      expect(response.status).toBe(404);
      expect(JSON.parse(response.text)).toMatchObject({ error: { type: 'invalid_request_error', message: expect.stringContaining('Unrecognized request URL (POST: /v1/widgets)') } });
    });
  });
});

describe('Stripe emulator persistence', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stripe-emulator-'));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps objects, balances and idempotency replays across a restart on the same dataDir', async () => {
    const first = await startStripeEmulator({ dataDir: dir });
    const stripe = stripeClientFor(first, KEY);
    const creator = first.admin.createAccount({ email: 'persist@example.com' });
    first.admin.setBalance({ currency: 'usd', available: 20_000 });
    const transfer = await stripe.transfers.create({ amount: 5_000, currency: 'usd', destination: creator.id, transfer_group: 'persist_1' }, { idempotencyKey: 'persist-key' });
    const { paymentIntent } = first.admin.createSucceededPaymentIntent({ amount: 3_000, created: 1_650_000_000 });
    const refund = await stripe.refunds.create({ payment_intent: paymentIntent.id, amount: 1_000 });
    const rawFirst = await rawPost(first, '/v1/transfers', `amount=5000&currency=usd&destination=${creator.id}&transfer_group=persist_1`, { 'Idempotency-Key': 'persist-key' });
    const platform = first.admin.platformAccountId;

    // A second emulator may not share the journal while the first runs.
    await expect(startStripeEmulator({ dataDir: dir })).rejects.toThrow(/Another Stripe emulator/);
    await first.close();

    // A crash mid-write leaves a torn last line: it is dropped.
    appendFileSync(join(dir, 'stripe-emulator.jsonl'), '[{"op":"put","kind":"transf');

    const second = await startStripeEmulator({ dataDir: dir });
    try {
      const again = stripeClientFor(second, KEY);
      expect(second.admin.platformAccountId).toBe(platform);
      expect(await again.accounts.retrieve(creator.id)).toMatchObject({ id: creator.id, email: 'persist@example.com' });
      expect(await again.transfers.retrieve(transfer.id)).toEqual(transfer);
      expect(await again.refunds.retrieve(refund.id)).toEqual(refund);
      expect((await again.charges.retrieve(paymentIntent.latest_charge as string)).amount_refunded).toBe(1_000);
      expect(second.admin.getBalance().available.usd).toBe(20_000 - 5_000 - 1_000);

      const replay = await again.transfers.create({ amount: 5_000, currency: 'usd', destination: creator.id, transfer_group: 'persist_1' }, { idempotencyKey: 'persist-key' });
      expect(replay).toEqual(transfer);
      expect(last(replay).headers['idempotent-replayed']).toBe('true');
      const rawSecond = await rawPost(second, '/v1/transfers', `amount=5000&currency=usd&destination=${creator.id}&transfer_group=persist_1`, { 'Idempotency-Key': 'persist-key' });
      expect(rawSecond.text).toBe(rawFirst.text);
      const mismatch = await rejection(again.transfers.create({ amount: 5_001, currency: 'usd', destination: creator.id }, { idempotencyKey: 'persist-key' }));
      expect(mismatch).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
      expect((await again.transfers.list({ transfer_group: 'persist_1' })).data).toHaveLength(1);
      expect(second.admin.counts()).toMatchObject({ accounts: 1, transfers: 1, refunds: 1, paymentIntents: 1, charges: 1 });
    } finally {
      await second.close();
    }
  });
});

describe('Stripe emulator journal compaction', () => {
  it('rewrites a journal dominated by superseded versions, keeping the state', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stripe-emulator-compact-'));
    try {
      const first = await startStripeEmulator({ dataDir: dir });
      const account = first.admin.createAccount();
      for (let i = 0; i < 10_050; i += 1) first.admin.updateAccount(account.id, { metadata: { version: String(i) } });
      first.admin.setBalance({ currency: 'usd', available: 777 });
      await first.close();
      const before = readFileSync(join(dir, 'stripe-emulator.jsonl'), 'utf8').split('\n').length;

      const lines: string[] = [];
      const second = await startStripeEmulator({ dataDir: dir, log: (line) => lines.push(line) });
      try {
        const after = readFileSync(join(dir, 'stripe-emulator.jsonl'), 'utf8').split('\n').length;
        expect(before).toBeGreaterThan(10_000);
        expect(after).toBeLessThan(10);
        expect(lines.some((line) => line.includes('compacted the journal'))).toBe(true);
        const stripe = stripeClientFor(second, KEY);
        expect((await stripe.accounts.retrieve(account.id)).metadata).toEqual({ version: '10049' });
        expect(second.admin.getBalance().available.usd).toBe(777);
        // Appends after a compaction land in the new file.
        second.admin.setBalance({ currency: 'usd', available: 778 });
      } finally {
        await second.close();
      }
      const third = await startStripeEmulator({ dataDir: dir });
      try {
        expect(third.admin.getBalance().available.usd).toBe(778);
      } finally {
        await third.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Stripe emulator at reconciliation scale', () => {
  it('lists 10,000 transfers with auto-pagination (limit 100, created range), each exactly once', async () => {
    const emulator = await startStripeEmulator();
    try {
      const stripe = stripeClientFor(emulator, KEY);
      const creators = Array.from({ length: 20 }, () => emulator.admin.createAccount());
      const start = 1_700_000_000;
      const seedStarted = performance.now();
      for (let i = 0; i < 10_000; i += 1) {
        emulator.admin.createTransfer({
          amount: 1_000 + i,
          destination: (creators[i % creators.length] as { id: string }).id,
          transferGroup: `payout_${i}`,
          metadata: { payout_id: `payout_${i}` },
          created: start + Math.floor(i / 4),
        });
      }
      const seedMs = performance.now() - seedStarted;

      const listStarted = performance.now();
      const seen = new Set<string>();
      let total = 0;
      let previousCreated = Number.POSITIVE_INFINITY;
      for await (const transfer of stripe.transfers.list({ created: { gte: start, lte: start + 2_500 }, limit: 100 })) {
        total += 1;
        seen.add(transfer.id);
        expect(transfer.created).toBeLessThanOrEqual(previousCreated);
        previousCreated = transfer.created;
      }
      const listMs = performance.now() - listStarted;
      console.log(`stripe emulator: seeded 10,000 transfers in ${seedMs.toFixed(0)} ms; listed them (100 pages) in ${listMs.toFixed(0)} ms`);
      expect(total).toBe(10_000);
      expect(seen.size).toBe(10_000);
      expect(emulator.admin.counts().transfers).toBe(10_000);

      const narrow = await stripe.transfers.list({ created: { gt: start + 100, lt: start + 103 }, limit: 100 });
      expect(narrow.data).toHaveLength(8);
      expect(narrow.has_more).toBe(false);
    } finally {
      await emulator.close();
    }
  });
});
