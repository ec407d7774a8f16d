// The browser mode's gatekeeping, as pure functions so every rule has a unit test:
// loopback Host only (DNS rebinding), same-origin requests only, the per-launch secret
// (exchanged once for an HttpOnly cookie), and the custom header API calls must carry
// (a cross-site form or <img> cannot set it, and a cross-origin fetch that sets it needs a
// preflight this server never grants).
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const LAUNCH_COOKIE = 'sfc_launch';
export const SESSION_COOKIE = 'sfc_session';
export const CALL_HEADER = 'x-sfc-call';

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function hostAllowed(headers: IncomingHttpHeaders, port: number): boolean {
  return typeof headers.host === 'string' && allowedHosts(port).has(headers.host.toLowerCase());
}

/** Requests without an Origin (same-origin GET navigations) pass; a present Origin must be ours. */
export function originAllowed(headers: IncomingHttpHeaders, port: number): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) cookies.set(part.slice(0, eq).trim(), decodeURIComponent(part.slice(eq + 1).trim()));
  }
  return cookies;
}

export function secretMatches(given: string | undefined, secret: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function cookie(name: string, value: string, options: { path: string; maxAge?: number }): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, `Path=${options.path}`, 'HttpOnly', 'SameSite=Strict'];
  if (options.maxAge !== undefined) parts.push(`Max-Age=${options.maxAge}`);
  return parts.join('; ');
}

export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}
