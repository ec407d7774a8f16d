// Readable names for audit actions ("user.suspend" → "Suspended the account").
import type { StatusTone } from './tones';

const KNOWN: Record<string, { label: string; tone: StatusTone }> = {
  'user.suspend': { label: 'Suspended the account', tone: 'warn' },
  'user.ban': { label: 'Banned the account', tone: 'danger' },
  'user.lift': { label: 'Lifted the restriction', tone: 'ok' },
  'user.lift.expired': { label: 'Suspension ended (automatic)', tone: 'ok' },
  'settings.update': { label: 'Changed console settings', tone: 'info' },
  'auth.sign_in': { label: 'Signed in to the console', tone: 'neutral' },
  'auth.sign_out': { label: 'Signed out', tone: 'neutral' },
  'auth.unlock': { label: 'Unlocked the console', tone: 'neutral' },
  'connections.save': { label: 'Saved a connection', tone: 'info' },
  'connections.remove': { label: 'Removed a connection', tone: 'warn' },
};

export function auditActionLabel(action: string): { label: string; tone: StatusTone } {
  const known = KNOWN[action];
  if (known) return known;
  const words = action.replace(/[._]/g, ' ');
  return { label: words.charAt(0).toUpperCase() + words.slice(1), tone: /remove|ban|delete|reject|fail/i.test(action) ? 'danger' : 'neutral' };
}
