// The HTTP front: one request's life from bytes to response.
//
//   read body → authenticate (401) → parse form parameters → route (404) → Stripe-Account (403)
//   → idempotency (replay / 400 mismatch / 409 in flight) → processing delay → handler
//   → expand → save for idempotency (when Stripe would) → journal commit → respond.
//
// Every response carries `Request-Id` and Stripe-like JSON. Handlers are synchronous, so a
// request's state changes and its journal line are never interleaved with another request's.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { authenticate } from './auth';
import { StripeApiError, accountInaccessible, idempotencyEndpointMismatch, idempotencyInFlight, idempotencyKeyTooLong, idempotencyParamsMismatch, internalError, malformedRequest, unrecognizedUrl } from './errors';
import { applyExpand } from './expand';
import { FormParseError, parseForm, type FormObject } from './form';
import { MAX_IDEMPOTENCY_KEY_LENGTH, requestFingerprint } from './idempotency';
import { newRequestId } from './ids';
import { expandPaths } from './params';
import type { HttpMethod, RequestContext, Router } from './router';
import type { EmulatorState } from './state';

export const STRIPE_EMULATOR_LABEL = 'Stripe emulator — no real money';
/** The API version the emulator reports when the client names none (stripe-node v23's). */
export const EMULATOR_API_VERSION = '2026-10-28.endive';
const MAX_BODY_BYTES = 1024 * 1024;
/** Unauthenticated liveness probe: `{ object: 'emulator', label, livemode: false, platform_account }`. */
export const HEALTH_PATH = '/__emulator/health';

export interface ServerConfig {
  state: EmulatorState;
  router: Router;
  acceptedKeys: ReadonlySet<string> | null;
  processingDelayMs: () => number;
  log: (line: string) => void;
}

interface Outcome {
  status: number;
  body: string;
  headers: Record<string, string>;
  /** Whether Stripe would save this response for an idempotency key. */
  saved: boolean;
  replayed?: boolean;
}

function serialize(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

function errorOutcome(error: StripeApiError): Outcome {
  return { status: error.status, body: serialize({ error: error.body }), headers: error.headers, saved: error.saveForIdempotency };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(malformedRequest('the request body is larger than 1 MB'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  if (Array.isArray(value)) return value[0];
  return value === undefined || value === '' ? undefined : value;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function createRequestHandler(config: ServerConfig): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { state, router, log } = config;

  /** Runs the handler; never throws (errors become outcomes); always commits the journal. */
  function execute(ctx: RequestContext, expand: string[]): Outcome {
    try {
      const result = router.match(ctx.method, ctx.path);
      if (!result) throw unrecognizedUrl(ctx.method, ctx.path);
      const body = applyExpand(state, result.handler({ ...ctx, route: result.route }), expand);
      return { status: 200, body: serialize(body), headers: {}, saved: true };
    } catch (error) {
      if (error instanceof StripeApiError) return errorOutcome(error);
      log(`stripe-emulator: internal error on ${ctx.method} ${ctx.path} (${ctx.requestId}): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return errorOutcome(internalError(ctx.requestId));
    } finally {
      state.commit();
    }
  }

  async function processRequest(req: IncomingMessage, requestId: string): Promise<Outcome> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    let bodyText: string;
    try {
      bodyText = await readBody(req);
    } catch (error) {
      if (error instanceof StripeApiError) return errorOutcome(error);
      throw error;
    }
    if (path === HEALTH_PATH) {
      const body = { object: 'emulator', label: STRIPE_EMULATOR_LABEL, livemode: false, platform_account: state.platformAccountId };
      return { status: 200, body: serialize(body), headers: {}, saved: false };
    }
    try {
      const { masked } = authenticate(header(req, 'authorization'), config.acceptedKeys);
      let params: FormObject;
      try {
        params = { ...parseForm(url.search.slice(1)), ...(method === 'POST' ? parseForm(bodyText) : {}) };
      } catch (error) {
        if (error instanceof FormParseError) throw malformedRequest(error.message);
        throw error;
      }
      if ((method !== 'GET' && method !== 'POST' && method !== 'DELETE') || !router.match(method, path)) {
        throw unrecognizedUrl(method, path);
      }
      const account = header(req, 'stripe-account');
      let owner = state.platformAccountId;
      if (account !== undefined && account !== state.platformAccountId) {
        if (!state.get('account', account)) throw accountInaccessible(masked, account);
        owner = account;
      }
      const expand = expandPaths(params);
      const ctx: RequestContext = {
        method: method as HttpMethod,
        path,
        route: {},
        params,
        owner,
        isPlatform: owner === state.platformAccountId,
        requestId,
        maskedKey: masked,
        state,
      };

      const key = method === 'POST' ? header(req, 'idempotency-key') : undefined;
      if (key === undefined) {
        const delay = config.processingDelayMs();
        if (delay > 0) await sleep(delay);
        return execute(ctx, expand);
      }
      if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) throw idempotencyKeyTooLong();

      // Keys are scoped to the account making the request (the platform, or Stripe-Account).
      const fingerprint = requestFingerprint(params);
      const begun = state.idempotency.begin(owner, key, method, path, fingerprint, state.nowMs());
      switch (begun.kind) {
        case 'replay':
          return {
            status: begun.record.response.status,
            body: begun.record.response.body,
            headers: { 'Idempotent-Replayed': 'true', 'Original-Request': begun.record.response.requestId },
            saved: false,
            replayed: true,
          };
        case 'endpoint_mismatch':
          throw idempotencyEndpointMismatch(key, begun.record.path, path);
        case 'params_mismatch':
          throw idempotencyParamsMismatch(key);
        case 'in_flight':
          throw idempotencyInFlight(key);
        case 'proceed':
          break;
      }
      let settled = false;
      try {
        const delay = config.processingDelayMs();
        if (delay > 0) await sleep(delay);
        const outcome = execute(ctx, expand);
        if (outcome.saved) {
          state.saveIdempotency({
            scope: owner,
            key,
            method,
            path,
            fingerprint,
            createdMs: state.nowMs(),
            response: { status: outcome.status, body: outcome.body, requestId },
          });
          state.commit();
        } else {
          state.idempotency.release(owner, key);
        }
        settled = true;
        return { ...outcome, headers: { ...outcome.headers, 'Original-Request': requestId } };
      } finally {
        if (!settled) state.idempotency.release(owner, key);
      }
    } catch (error) {
      if (error instanceof StripeApiError) return errorOutcome(error);
      throw error;
    }
  }

  return async (req, res) => {
    const started = performance.now();
    const requestId = newRequestId();
    let outcome: Outcome;
    try {
      outcome = await processRequest(req, requestId);
    } catch (error) {
      log(`stripe-emulator: unexpected failure (${requestId}): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      outcome = errorOutcome(internalError(requestId));
    }
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-cache, no-store',
      'Request-Id': requestId,
      'Stripe-Version': header(req, 'stripe-version') ?? EMULATOR_API_VERSION,
      'X-Stripe-Emulator': STRIPE_EMULATOR_LABEL.replace('—', '-'),
      ...outcome.headers,
    };
    const key = header(req, 'idempotency-key');
    if (key !== undefined && (req.method ?? '').toUpperCase() === 'POST') headers['Idempotency-Key'] = key;
    const account = header(req, 'stripe-account');
    if (account !== undefined) headers['Stripe-Account'] = account;
    if (!res.headersSent && !res.destroyed) {
      res.writeHead(outcome.status, headers);
      res.end(outcome.body);
    }
    const ms = (performance.now() - started).toFixed(1);
    log(`${req.method ?? '?'} ${req.url ?? '?'} → ${outcome.status} ${requestId} ${ms}ms${outcome.replayed ? ' (idempotent replay)' : ''}`);
  };
}
