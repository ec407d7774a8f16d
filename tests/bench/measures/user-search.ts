// Issue 6: support finds any user in one box. The product's searchUsers() (prefix indexes,
// trigram GIN, exact lookups by id / Stripe id) against the naive search box of generic admin
// tools: ILIKE '%q%' over the concatenated email, username and display name (a full scan).
import { searchUsers } from '../../../electron/domain/accounts/search';
import { defineMeasure } from '../measure';

interface State {
  queries: { kind: string; q: string }[];
}

export default defineMeasure<State>({
  name: 'user search (mixed queries)',
  target: { p95Ms: 50 },
  iterations: 140,
  warmup: 14,
  naiveIterations: 14,
  note: 'mix of email prefix, username prefix, misspelt display name, phone, Stripe customer / Connect id and uuid; naive = ILIKE %q% over email || username || display_name (a sequential scan; it cannot even find the misspelt names).',
  async setup(ctx) {
    // Sample real users spread over the table (deterministic: by id order at fixed offsets).
    const { rows } = await ctx.pool.query<{ id: string; email: string; username: string; display_name: string | null; phone_number: string | null; stripe_customer_id: string | null; stripe_connect_account_id: string | null }>(
      `SELECT id, email, username, display_name, phone_number, stripe_customer_id, stripe_connect_account_id
         FROM users TABLESAMPLE SYSTEM (1) REPEATABLE (20261122)
        WHERE display_name ~ '^[A-Za-z]+ [A-Za-z]{5,}$' LIMIT 400`,
    );
    const queries: State['queries'] = [];
    for (const u of rows) {
      const x = ctx.rng.int(7);
      if (x === 0) queries.push({ kind: 'email prefix', q: u.email.slice(0, Math.max(6, u.email.indexOf('@') - 2)) });
      else if (x === 1) queries.push({ kind: 'username prefix', q: u.username.slice(0, 7) });
      else if (x === 2 && u.display_name) {
        const cut = 2 + ctx.rng.int(u.display_name.length - 3);
        queries.push({ kind: 'misspelt name', q: u.display_name.slice(0, cut) + u.display_name.slice(cut + 1) });
      } else if (x === 3 && u.phone_number) queries.push({ kind: 'phone', q: u.phone_number });
      else if (x === 4 && u.stripe_customer_id) queries.push({ kind: 'Stripe customer', q: u.stripe_customer_id });
      else if (x === 5 && u.stripe_connect_account_id) queries.push({ kind: 'Stripe Connect', q: u.stripe_connect_account_id });
      else queries.push({ kind: 'uuid', q: u.id });
    }
    if (queries.length < 20) throw new Error('not enough users to sample');
    return { queries };
  },
  optimized: (ctx, i) => searchUsers(ctx.db, ctx.state.queries[i % ctx.state.queries.length]!.q, { limit: 20, canSeePii: true }),
  naive: (ctx, i) =>
    ctx.pool.query(
      `SELECT id, username, display_name, email FROM users
        WHERE (email || ' ' || username || ' ' || coalesce(display_name, '')) ILIKE '%' || $1 || '%' AND NOT is_deleted
        ORDER BY created_at DESC LIMIT 20`,
      [ctx.state.queries[i % ctx.state.queries.length]!.q],
    ),
});
