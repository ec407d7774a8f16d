// Fast text forms for COPY: timestamps, dates and money, without a Date per value.

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

const dayCache = new Map<number, string>();
const pad2 = (n: number) => (n < 10 ? '0' : '') + n;

function dayPrefix(day: number): string {
  let prefix = dayCache.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY).toISOString().slice(0, 10);
    if (dayCache.size > 20_000) dayCache.clear();
    dayCache.set(day, prefix);
  }
  return prefix;
}

/** A timestamptz literal in UTC with millisecond precision: `2026-11-22 10:04:05.123+00`. */
export function ts(ms: number): string {
  const t = Math.floor(ms);
  const day = Math.floor(t / DAY);
  let rest = t - day * DAY;
  const h = Math.floor(rest / HOUR);
  rest -= h * HOUR;
  const m = Math.floor(rest / MINUTE);
  rest -= m * MINUTE;
  const s = Math.floor(rest / 1000);
  const milli = rest - s * 1000;
  return `${dayPrefix(day)} ${pad2(h)}:${pad2(m)}:${pad2(s)}.${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}+00`;
}

/** A timestamp or NULL. */
export const tsOrNull = (ms: number | null | undefined): string => (ms === null || ms === undefined ? '\\N' : ts(ms));

/** A date literal (UTC day). */
export const date = (ms: number): string => dayPrefix(Math.floor(ms / DAY));

/** Cents → a numeric literal with two decimals. */
export function money(cents: number): string {
  const c = Math.round(cents);
  const sign = c < 0 ? '-' : '';
  const abs = Math.abs(c);
  const units = Math.floor(abs / 100);
  const rest = abs - units * 100;
  return `${sign}${units}.${rest < 10 ? '0' : ''}${rest}`;
}

/** Start of the UTC day of ms. */
export const dayStart = (ms: number): number => Math.floor(ms / DAY) * DAY;

/** Start of the UTC month of ms. */
export function monthStart(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

/** Start of the next UTC month after the month of ms. */
export function nextMonthStart(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}
