// Finding a user from whatever the caller has: an id, an email, a username, a display
// name (even misspelt), a phone number or a Stripe id. Each kind of input goes to the
// index made for it (primary key, unique Stripe ids, lower(...) text_pattern_ops for
// prefixes, pg_trgm GIN for fuzzy matches), never to a scan of the users table.
import type { UserSearchHit, SearchMatch, PlatformRole } from '../../api/contract/users';
import type { AccountStatus } from '../../api/contract/enforcement';
import type { Database } from '../../infra/db/database';
import { maskEmail, maskPhone, maskedValue } from './masking';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STRIPE_CUSTOMER = /^cus_[A-Za-z0-9]+$/;
const STRIPE_ACCOUNT = /^acct_[A-Za-z0-9]+$/;
const PHONE = /^\+?[\d\s().-]{6,}$/;

type Candidate = { id: string; matched: SearchMatch; score: number };

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Fuzzy matching starts at this trigram similarity: pg_trgm's default (0.3) lets a shared
 * common surname pull thousands of rows out of the GIN index at a million users; 0.45 still
 * finds one- and two-letter misspellings of a full name (measured on the scale data set). */
const FUZZY_THRESHOLD = 0.45;
/** Fuzzy matching runs only when the exact and prefix lookups found fewer hits than this. */
const FUZZY_BELOW_HITS = 3;

/** The exact and prefix lookups for one search string, each cheap on its own index. */
function candidateQueries(raw: string, perQuery: number): { sql: string; params: unknown[] }[] {
  const q = raw.trim();
  const lower = q.toLowerCase();
  if (UUID.test(q)) {
    return [{ sql: `SELECT id, 'id' AS matched, 1.0::float AS score FROM users WHERE id = $1::uuid`, params: [q] }];
  }
  if (STRIPE_CUSTOMER.test(q)) {
    return [{ sql: `SELECT id, 'stripe_customer' AS matched, 1.0::float AS score FROM users WHERE stripe_customer_id = $1`, params: [q] }];
  }
  if (STRIPE_ACCOUNT.test(q)) {
    return [{ sql: `SELECT id, 'stripe_connect' AS matched, 1.0::float AS score FROM users WHERE stripe_connect_account_id = $1`, params: [q] }];
  }
  const queries: { sql: string; params: unknown[] }[] = [];
  if (PHONE.test(q)) {
    const digits = q.replace(/\D/g, '');
    queries.push({
      sql: `SELECT id, 'phone' AS matched, CASE WHEN regexp_replace(phone_number, '\\D', '', 'g') = $1 THEN 1.0 ELSE 0.8 END::float AS score
            FROM users WHERE phone_number LIKE $2 LIMIT ${perQuery}`,
      params: [digits, `%${escapeLike(digits)}%`],
    });
  }
  const prefix = `${escapeLike(lower)}%`;
  queries.push({
    sql: `SELECT id, 'email' AS matched, CASE WHEN lower(email) = $1 THEN 1.0 ELSE 0.9 END::float AS score
          FROM users WHERE lower(email) LIKE $2 ORDER BY lower(email) LIMIT ${perQuery}`,
    params: [lower, prefix],
  });
  if (!q.includes('@')) {
    queries.push({
      sql: `SELECT id, 'username' AS matched, CASE WHEN lower(username) = $1 THEN 1.0 ELSE 0.9 END::float AS score
            FROM users WHERE lower(username) LIKE $2 ORDER BY lower(username) LIMIT ${perQuery}`,
      params: [lower, prefix],
    });
  }
  return queries;
}

/**
 * Misspelt names and usernames, by trigram similarity through the GIN indexes, best first.
 * Only when the cheap lookups found (almost) nothing: a prefix that matches is what the person
 * is typing, and the trigram scan is the one expensive query here.
 */
async function fuzzyCandidates(db: Database, raw: string, perQuery: number): Promise<Candidate[]> {
  const q = raw.trim();
  if (q.length < 3 || q.includes('@') || UUID.test(q) || STRIPE_CUSTOMER.test(q) || STRIPE_ACCOUNT.test(q)) return [];
  const client = await db.pool.connect();
  try {
    await client.query('BEGIN READ ONLY');
    await client.query(`SET LOCAL pg_trgm.similarity_threshold = ${FUZZY_THRESHOLD}`);
    const names = await client.query<Candidate>(
      `SELECT id, 'display_name' AS matched, (0.85 * similarity(display_name, $1))::float AS score
         FROM users WHERE display_name % $1 ORDER BY similarity(display_name, $1) DESC LIMIT ${perQuery}`,
      [q],
    );
    // Usernames have no spaces: a query with one is a name, not a misspelt username.
    const usernames = /\s/.test(q)
      ? { rows: [] as Candidate[] }
      : await client.query<Candidate>(
          `SELECT id, 'username' AS matched, (0.85 * similarity(username, $1))::float AS score
             FROM users WHERE username % $1 ORDER BY similarity(username, $1) DESC LIMIT ${perQuery}`,
          [q],
        );
    await client.query('COMMIT');
    return [...names.rows, ...usernames.rows];
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

interface UserRow {
  id: string;
  username: string;
  display_name: string | null;
  email: string;
  phone_number: string | null;
  status: AccountStatus;
  role: PlatformRole;
  avatar_url: string | null;
  created_at: Date;
  follower_count: string;
}

export async function searchUsers(
  db: Database,
  q: string,
  options: { limit: number; canSeePii: boolean; includeDeleted?: boolean },
): Promise<UserSearchHit[]> {
  const perQuery = Math.max(options.limit, 20);
  const results = await Promise.all(candidateQueries(q, perQuery).map((c) => db.pool.query<Candidate>(c.sql, c.params)));
  const candidates = results.flatMap((r) => r.rows);
  if (new Set(candidates.map((c) => c.id)).size < FUZZY_BELOW_HITS) candidates.push(...(await fuzzyCandidates(db, q, perQuery)));
  const best = new Map<string, Candidate>();
  for (const row of candidates) {
    const seen = best.get(row.id);
    if (!seen || row.score > seen.score) best.set(row.id, { ...row, score: Number(row.score) });
  }
  if (best.size === 0) return [];

  const users = await db.pool.query<UserRow>(
    `SELECT id, username, display_name, email, phone_number, status, role, avatar_url, created_at, follower_count
       FROM users WHERE id = ANY($1::uuid[]) ${options.includeDeleted ? '' : 'AND NOT is_deleted'}`,
    [[...best.keys()]],
  );
  return users.rows
    .map((u) => {
      const match = best.get(u.id)!;
      return {
        hit: {
          id: u.id,
          username: u.username,
          displayName: u.display_name,
          email: maskedValue(u.email, options.canSeePii, maskEmail),
          phone: maskedValue(u.phone_number, options.canSeePii, maskPhone),
          status: u.status,
          role: u.role,
          avatarUrl: u.avatar_url,
          createdAt: u.created_at.toISOString(),
          matchedOn: match.matched,
          score: Math.round(match.score * 1000) / 1000,
        } satisfies UserSearchHit,
        followers: Number(u.follower_count),
      };
    })
    .sort((a, b) => b.hit.score - a.hit.score || b.followers - a.followers)
    .slice(0, options.limit)
    .map((x) => x.hit);
}
