// `expand[]`: replaces id-valued fields with the objects they name (`latest_charge`,
// `payment_intent`, `charge`, `destination`, `transfer`, …), nested with dots
// (`latest_charge.refunds`), and through lists with `data.` (`data.destination`). A charge's
// `refunds` list, which Stripe only includes when expanded, is supported too. Paths the emulator
// cannot resolve (balance transactions, destination payments) are left as they are.
//
// Stored objects are shared: expansion copies every object it changes.
import { renderById } from './render';
import type { EmulatorState } from './state';

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refundsList(state: EmulatorState, chargeId: string): object {
  const owner = state.ownerOf('charge', chargeId) ?? state.platformAccountId;
  const page = state.collections.refund.list({ owner, where: { charge: chargeId }, limit: 10 });
  return {
    object: 'list',
    data: page.data,
    has_more: page.hasMore,
    total_count: state.collections.refund.bucket('charge', chargeId).length,
    url: `/v1/charges/${chargeId}/refunds`,
  };
}

function expandAt(state: EmulatorState, value: unknown, segments: readonly string[]): unknown {
  const [head, ...rest] = segments;
  if (head === undefined || !isRecord(value)) return value;
  if (value.object === 'list' && head === 'data' && Array.isArray(value.data)) {
    return { ...value, data: value.data.map((item) => expandAt(state, item, rest)) };
  }
  let child: unknown;
  if (value.object === 'charge' && head === 'refunds' && typeof value.id === 'string') {
    child = refundsList(state, value.id);
  } else {
    if (!Object.hasOwn(value, head)) return value;
    child = value[head];
    if (typeof child === 'string') child = renderById(state, child) ?? child;
  }
  return { ...value, [head]: expandAt(state, child, rest) };
}

export function applyExpand(state: EmulatorState, body: object, paths: readonly string[]): object {
  let result: unknown = body;
  for (const path of paths) result = expandAt(state, result, path.split('.'));
  return result as object;
}
