import { matchPath } from './router';
import { ROUTES, type RouteDef } from './routes';

export function resolveRoute(path: string): { route: RouteDef; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return null;
}

/** The sidebar entry a path belongs to: `/users/42` belongs to `/users`. */
export function navOwner(path: string): string {
  const exact = ROUTES.find((route) => route.nav && route.path === path);
  if (exact) return exact.path;
  const prefix = ROUTES.filter((route) => route.nav && route.path !== '/' && path.startsWith(`${route.path}/`)).sort((a, b) => b.path.length - a.path.length)[0];
  return prefix?.path ?? path;
}
