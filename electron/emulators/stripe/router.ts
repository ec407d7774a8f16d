// Method + path routing for the /v1 endpoints (`/v1/transfers/:id/reversals`), and the context a
// handler receives.
import type { FormObject } from './form';
import type { EmulatorState } from './state';

export type HttpMethod = 'GET' | 'POST' | 'DELETE';

export interface RequestContext {
  method: HttpMethod;
  path: string;
  /** Path parameters (`:id`). */
  route: Record<string, string>;
  /** Query string and body parameters, merged (body wins). */
  params: FormObject;
  /** The account acting: the platform, or the connected account named by Stripe-Account. */
  owner: string;
  /** True when the request acts as the platform (no Stripe-Account header). */
  isPlatform: boolean;
  requestId: string;
  /** The caller's API key as Stripe prints it in errors (`sk_test_****abcd`). */
  maskedKey: string;
  state: EmulatorState;
}

/** A handler returns the response object (status 200) or throws a StripeApiError. */
export type Handler = (ctx: RequestContext) => object;

interface Route {
  method: HttpMethod;
  segments: string[];
  handler: Handler;
}

export type RouteMatch = { handler: Handler; route: Record<string, string> };

export class Router {
  private readonly routes: Route[] = [];

  add(method: HttpMethod, pattern: string, handler: Handler): this {
    this.routes.push({ method, segments: pattern.split('/').filter(Boolean), handler });
    return this;
  }

  get(pattern: string, handler: Handler): this {
    return this.add('GET', pattern, handler);
  }

  post(pattern: string, handler: Handler): this {
    return this.add('POST', pattern, handler);
  }

  match(method: string, path: string): RouteMatch | undefined {
    const parts = path.split('/').filter(Boolean);
    for (const candidate of this.routes) {
      if (candidate.method !== method || candidate.segments.length !== parts.length) continue;
      const route: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < parts.length; i += 1) {
        const segment = candidate.segments[i] as string;
        const part = parts[i] as string;
        if (segment.startsWith(':')) {
          try {
            route[segment.slice(1)] = decodeURIComponent(part);
          } catch {
            ok = false;
            break;
          }
        } else if (segment !== part) {
          ok = false;
          break;
        }
      }
      if (ok) return { handler: candidate.handler, route };
    }
    return undefined;
  }
}
