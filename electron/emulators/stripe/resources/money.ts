// Amounts in minor units, formatted the way Stripe writes them in error messages
// ("Refund amount ($20.00) is greater than unrefunded amount on charge ($5.00)").

/** Currencies without a minor unit (amounts are whole units), per Stripe's currency list. */
export const ZERO_DECIMAL_CURRENCIES: ReadonlySet<string> = new Set([
  'bif', 'clp', 'djf', 'gnf', 'jpy', 'kmf', 'krw', 'mga', 'pyg', 'rwf', 'ugx', 'vnd', 'vuv', 'xaf', 'xof', 'xpf',
]);

const SYMBOLS: Record<string, string> = {
  usd: '$', cad: '$', aud: '$', nzd: '$', sgd: '$', hkd: '$', mxn: '$',
  eur: '€', gbp: '£', jpy: '¥', inr: '₹', krw: '₩', chf: 'CHF ',
};

export function formatMoney(minor: number, currency: string): string {
  const zeroDecimal = ZERO_DECIMAL_CURRENCIES.has(currency);
  const major = zeroDecimal ? String(minor) : (minor / 100).toFixed(2);
  const symbol = SYMBOLS[currency];
  return symbol === undefined ? `${major} ${currency.toUpperCase()}` : `${symbol}${major}`;
}
