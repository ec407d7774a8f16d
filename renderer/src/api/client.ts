// The renderer's only way to the main process. In the desktop app the preload exposes one
// function per procedure (window.sfc.api[name]); in the browser mode the same calls go to
// the loopback server as same-origin POSTs. Either way the result is the dispatcher's
// envelope, unwrapped here into data or a thrown ApiError.
// Values come from errors.ts only: importing the procedure table would pull zod into the bundle.
import { ApiError, isApiErrorShape, type Envelope } from '@contract/errors';
import type { InputOf, OutputOf, ProcedureName } from '@contract/index';

declare global {
  interface Window {
    sfc?: { transport: 'desktop'; api: Record<string, (input: unknown) => Promise<Envelope<unknown>>> };
  }
}

export const transport: 'desktop' | 'web' = typeof window !== 'undefined' && window.sfc ? 'desktop' : 'web';

async function viaHttp(name: string, input: unknown): Promise<Envelope<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${name}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-SFC-Call': '1' },
      body: JSON.stringify({ input }),
    });
  } catch {
    return { ok: false, error: { code: 'UNAVAILABLE', message: 'The console server is not answering. Is `npm start` still running?' } };
  }
  try {
    return (await response.json()) as Envelope<unknown>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: `Unexpected response from the console server (HTTP ${response.status}).` } };
  }
}

type Listener = (error: ApiError) => void;
const listeners = new Set<Listener>();
/** Session-level failures (signed out, locked) are broadcast so the shell can react once. */
export function onSessionError(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function call<N extends ProcedureName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> {
  const envelope = window.sfc ? await window.sfc.api[name]!(input) : await viaHttp(name, input);
  if (envelope.ok) return envelope.data as OutputOf<N>;
  const error = new ApiError(isApiErrorShape(envelope.error) ? envelope.error : { code: 'INTERNAL', message: 'Malformed error.' });
  if ((error.code === 'UNAUTHENTICATED' || error.code === 'LOCKED') && !name.startsWith('auth.')) listeners.forEach((l) => l(error));
  throw error;
}
