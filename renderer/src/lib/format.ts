// Formatting for numbers, money and dates. Pure functions: the same input always gives the
// same text, so screens can call them during render. "Now" is passed in (see ui/useNow).

const numberFormat = new Intl.NumberFormat(undefined);
const compactFormat = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });
const moneyFormats = new Map<string, Intl.NumberFormat>();
const exactDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const shortDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const shortDateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto', style: 'long' });

export const formatNumber = (value: number | null | undefined): string => (value == null ? '—' : numberFormat.format(value));
export const formatCompact = (value: number | null | undefined): string => (value == null ? '—' : compactFormat.format(value));

/** Cents to a currency string: 123456 → $1,234.56. */
export function formatMoney(cents: number | null | undefined, currency = 'USD'): string {
  if (cents == null) return '—';
  const code = currency.toUpperCase();
  let format = moneyFormats.get(code);
  if (!format) {
    try {
      format = new Intl.NumberFormat(undefined, { style: 'currency', currency: code });
    } catch {
      format = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    }
    moneyFormats.set(code, format);
  }
  return format.format(cents / 100);
}

/** Dollars typed by a person ("1,250.50", "$20") to integer cents; null when it is not a number. */
export function dollarsToCents(text: string): number | null {
  const cleaned = text.replace(/[$,\s]/g, '');
  if (!/^\d+(\.\d{0,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
}

export const centsToDollarsInput = (cents: number): string => (cents / 100).toFixed(2).replace(/\.00$/, '');

const toDate = (value: string | number | Date): Date => (value instanceof Date ? value : new Date(value));

export const formatExact = (value: string | number | Date | null | undefined): string => (value == null ? '—' : exactDate.format(toDate(value)));
export const formatDay = (value: string | number | Date | null | undefined): string => (value == null ? '—' : shortDate.format(toDate(value)));
export const formatDateTime = (value: string | number | Date | null | undefined): string => (value == null ? '—' : shortDateTime.format(toDate(value)));

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 minutes ago", "in 2 days", "just now". */
export function formatRelative(value: string | number | Date, now: number): string {
  const seconds = Math.round((toDate(value).getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return 'just now';
  for (const [unit, size] of UNITS) {
    if (abs >= size * 0.95 || unit === 'minute') return relative.format(Math.round(seconds / size), unit);
  }
  return relative.format(seconds, 'second');
}

/** A countdown such as "2d 04:13:09" or "04:13:09"; "0:00:00" once passed. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(total / 86400);
  const h = Math.floor((total % 86400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const clock = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  return days > 0 ? `${days}d ${clock}` : clock;
}

/** A wait in seconds, for people: "42 s", "14 min 59 s". */
export function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return formatCountdown(ms);
}

/** Initials for an avatar: "Ada Lovelace" → "AL", "ada_l" → "AD". */
export function initials(name: string | null | undefined, fallback = '?'): string {
  const source = (name ?? '').trim();
  if (!source) return fallback;
  const words = source.split(/[\s._-]+/).filter(Boolean);
  const letters = words.length > 1 ? (words[0]![0] ?? '') + (words[1]![0] ?? '') : source.slice(0, 2);
  return letters.toUpperCase();
}

/** A stable small integer for a string, to pick an avatar tint. */
export function hashHue(text: string, buckets = 8): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  return Math.abs(hash) % buckets;
}

/** `2026-05-01T10:00` (the value of an <input type="datetime-local">) for a date, in local time. */
export function toLocalInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The value of an <input type="datetime-local"> as an ISO instant, or null when empty/invalid. */
export function localInputToIso(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export const shortHash = (hash: string | null | undefined, size = 10): string => (hash ? `${hash.slice(0, size)}…` : '—');

export const plural = (count: number, one: string, many = `${one}s`): string => `${formatNumber(count)} ${count === 1 ? one : many}`;
