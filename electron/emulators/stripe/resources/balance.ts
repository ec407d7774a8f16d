// GET /v1/balance — the platform's balance, or a connected account's with `Stripe-Account`.
//
// Money rules of the emulator: transfers and payouts spend the available balance; transfers credit
// the destination account's available balance; charges settle into the available balance at once
// (like Stripe's 4000000000000077 test card); refunds take from the available balance (it may go
// negative, as a Stripe balance can). The admin API sets balances directly.
import type { BalanceAmount, BalanceObject } from '../objects';
import { checkKnown } from '../params';
import type { Router } from '../router';
import type { EmulatorState } from '../state';

function amount(value: number, currency: string): BalanceAmount {
  return { amount: value, currency, source_types: { card: value } };
}

export function balanceObject(state: EmulatorState, owner: string, isPlatform: boolean): BalanceObject {
  const currencies = state.balanceCurrencies(owner);
  if (currencies.length === 0) currencies.push('usd');
  return {
    object: 'balance',
    available: currencies.map((currency) => amount(state.balance(owner, currency).available, currency)),
    ...(isPlatform ? { connect_reserved: currencies.map((currency) => ({ amount: 0, currency })) } : {}),
    livemode: false,
    pending: currencies.map((currency) => amount(state.balance(owner, currency).pending, currency)),
  };
}

export function registerBalanceRoutes(router: Router): void {
  router.get('/v1/balance', (ctx) => {
    checkKnown(ctx.params, ['expand']);
    return balanceObject(ctx.state, ctx.owner, ctx.isPlatform);
  });
}
