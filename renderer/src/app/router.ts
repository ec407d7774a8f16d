// A tiny hash router: `#/users/123?tab=payments`. No dependency, works under file-less custom
// protocols and in the browser mode alike. Routes are declared in routes.tsx, one line each.
import { useSyncExternalStore } from 'react';

export interface Location {
  path: string;
  query: URLSearchParams;
  /** The raw hash, for keys and equality. */
  hash: string;
}

const subscribe = (listener: () => void) => {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
};
const snapshot = () => window.location.hash;

let cached: Location | null = null;
export function parseHash(hash: string): Location {
  if (cached && cached.hash === hash) return cached;
  const raw = hash.replace(/^#/, '') || '/';
  const [pathPart, search = ''] = raw.split('?', 2) as [string, string?];
  const path = pathPart.startsWith('/') ? pathPart : `/${pathPart}`;
  cached = { path: path.length > 1 ? path.replace(/\/+$/, '') : path, query: new URLSearchParams(search), hash };
  return cached;
}

export function useLocation(): Location {
  return parseHash(useSyncExternalStore(subscribe, snapshot));
}

/** How many in-app navigations happened, so "back" never leaves the console. */
let depth = 0;
window.addEventListener('hashchange', () => {
  depth += 1;
});

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const target = to.startsWith('#') ? to : `#${to}`;
  if (target === window.location.hash) return;
  if (options.replace) {
    history.replaceState(history.state, '', target);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = target;
  }
}

export function goBack(fallback: string): void {
  if (depth > 0 && history.length > 1) history.back();
  else navigate(fallback);
}

export const href = (path: string, query?: Record<string, string | undefined | null>): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value) params.set(key, value);
  const search = params.toString();
  return `#${path}${search ? `?${search}` : ''}`;
};

/** `/users/:id` against `/users/42` → { id: '42' }; null when it does not match. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const segment = want[i]!;
    if (segment.startsWith(':')) params[segment.slice(1)] = decodeURIComponent(got[i]!);
    else if (segment !== got[i]) return null;
  }
  return params;
}
