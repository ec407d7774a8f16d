import { describe, expect, it } from 'vitest';
import { cookie, hostAllowed, originAllowed, parseCookies, secretMatches, securityHeaders } from '../../electron/server/web-guard';

describe('browser-mode guards', () => {
  it('accepts only loopback Host headers with our port (DNS rebinding)', () => {
    expect(hostAllowed({ host: '127.0.0.1:5000' }, 5000)).toBe(true);
    expect(hostAllowed({ host: 'localhost:5000' }, 5000)).toBe(true);
    expect(hostAllowed({ host: 'evil.example:5000' }, 5000)).toBe(false);
    expect(hostAllowed({ host: '127.0.0.1:5001' }, 5000)).toBe(false);
    expect(hostAllowed({}, 5000)).toBe(false);
  });

  it('accepts requests without Origin or with our own origin only', () => {
    expect(originAllowed({}, 5000)).toBe(true);
    expect(originAllowed({ origin: 'http://127.0.0.1:5000' }, 5000)).toBe(true);
    expect(originAllowed({ origin: 'http://evil.example' }, 5000)).toBe(false);
    expect(originAllowed({ origin: 'null' }, 5000)).toBe(false);
    expect(originAllowed({ origin: 'http://127.0.0.1:5001' }, 5000)).toBe(false);
  });

  it('compares the launch secret in constant time and exactly', () => {
    expect(secretMatches('abc', 'abc')).toBe(true);
    expect(secretMatches('abd', 'abc')).toBe(false);
    expect(secretMatches('ab', 'abc')).toBe(false);
    expect(secretMatches(undefined, 'abc')).toBe(false);
  });

  it('sets HttpOnly, SameSite=Strict cookies and parses them back', () => {
    const set = cookie('sfc_session', 'v a/l', { path: '/api' });
    expect(set).toContain('HttpOnly');
    expect(set).toContain('SameSite=Strict');
    expect(set).toContain('Path=/api');
    expect(parseCookies('a=1; sfc_session=v%20a%2Fl; b=2').get('sfc_session')).toBe('v a/l');
  });

  it('sends the security headers with every response', () => {
    const headers = securityHeaders("default-src 'none'");
    expect(headers['Content-Security-Policy']).toBe("default-src 'none'");
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
  });
});
