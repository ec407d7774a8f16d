import { describe, expect, it } from 'vitest';
import { parseForm } from '../../electron/emulators/stripe/form';
import { IDEMPOTENCY_TTL_MS, IdempotencyStore, requestFingerprint, type IdempotencyRecord } from '../../electron/emulators/stripe/idempotency';

function record(scope: string, key: string, path: string, fingerprint: string, createdMs: number): IdempotencyRecord {
  return { scope, key, method: 'POST', path, fingerprint, createdMs, response: { status: 200, body: '{"id":"tr_1"}', requestId: 'req_first' } };
}

describe('idempotency fingerprint', () => {
  it('is the same for the same parameters in any order and differs otherwise', () => {
    const a = requestFingerprint(parseForm('amount=100&currency=usd&metadata[a]=1&metadata[b]=2'));
    const b = requestFingerprint(parseForm('metadata[b]=2&currency=usd&metadata[a]=1&amount=100'));
    const c = requestFingerprint(parseForm('amount=101&currency=usd&metadata[a]=1&metadata[b]=2'));
    const d = requestFingerprint(parseForm('amount=100&currency=usd&metadata[a]=1'));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a).not.toBe(d);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('IdempotencyStore', () => {
  const fp = 'f'.repeat(64);

  it('lets the first request proceed, then replays its saved response', () => {
    const store = new IdempotencyStore();
    expect(store.begin('acct_p', 'k', 'POST', '/v1/transfers', fp, 1000)).toEqual({ kind: 'proceed' });
    store.complete(record('acct_p', 'k', '/v1/transfers', fp, 1000));
    const again = store.begin('acct_p', 'k', 'POST', '/v1/transfers', fp, 2000);
    expect(again.kind).toBe('replay');
    if (again.kind === 'replay') expect(again.record.response.body).toBe('{"id":"tr_1"}');
  });

  it('reports other parameters and other endpoints as mismatches', () => {
    const store = new IdempotencyStore();
    store.begin('acct_p', 'k', 'POST', '/v1/transfers', fp, 0);
    store.complete(record('acct_p', 'k', '/v1/transfers', fp, 0));
    expect(store.begin('acct_p', 'k', 'POST', '/v1/transfers', 'e'.repeat(64), 1).kind).toBe('params_mismatch');
    expect(store.begin('acct_p', 'k', 'POST', '/v1/refunds', fp, 1).kind).toBe('endpoint_mismatch');
  });

  it('scopes keys by account', () => {
    const store = new IdempotencyStore();
    store.begin('acct_p', 'k', 'POST', '/v1/transfers', fp, 0);
    store.complete(record('acct_p', 'k', '/v1/transfers', fp, 0));
    expect(store.begin('acct_other', 'k', 'POST', '/v1/refunds', fp, 1)).toEqual({ kind: 'proceed' });
  });

  it('answers in_flight while the first request runs, and nothing is saved on release', () => {
    const store = new IdempotencyStore();
    expect(store.begin('acct_p', 'k', 'POST', '/v1/transfers', fp, 0).kind).toBe('proceed');
    expect(store.begin('acct_p', 'k', 'POST', '/v1/transfers', fp, 1).kind).toBe('in_flight');
    store.release('acct_p', 'k');
    expect(store.size).toBe(0);
    expect(store.begin('acct_p', 'k', 'POST', '/v1/transfers', 'other', 2).kind).toBe('proceed');
  });

  it('expires keys after 24 hours', () => {
    const store = new IdempotencyStore();
    store.begin('acct_p', 'k', 'POST', '/v1/transfers', fp, 0);
    store.complete(record('acct_p', 'k', '/v1/transfers', fp, 0));
    expect(store.begin('acct_p', 'k', 'POST', '/v1/transfers', 'other', IDEMPOTENCY_TTL_MS - 1).kind).toBe('params_mismatch');
    expect(store.begin('acct_p', 'k', 'POST', '/v1/transfers', 'other', IDEMPOTENCY_TTL_MS)).toEqual({ kind: 'proceed' });
  });

  it('sweeps expired records from the front only', () => {
    const store = new IdempotencyStore(1000);
    for (let i = 0; i < 5; i += 1) {
      store.begin('s', `k${i}`, 'POST', '/p', fp, i * 400);
      store.complete(record('s', `k${i}`, '/p', fp, i * 400));
    }
    expect(store.live(2000).map((r) => r.key)).toEqual(['k3', 'k4']);
  });
});
