// The current time as React state, shared by every component that ticks at the same rate
// (relative dates every 30 s, countdowns every second). One timer per rate, not per component.
import { useSyncExternalStore } from 'react';

interface Ticker {
  now: number;
  listeners: Set<() => void>;
  timer: ReturnType<typeof setInterval> | null;
}

const tickers = new Map<number, Ticker>();

function ticker(intervalMs: number): Ticker {
  let entry = tickers.get(intervalMs);
  if (!entry) {
    entry = { now: Date.now(), listeners: new Set(), timer: null };
    tickers.set(intervalMs, entry);
  }
  return entry;
}

function subscribe(intervalMs: number, listener: () => void): () => void {
  const entry = ticker(intervalMs);
  entry.listeners.add(listener);
  if (!entry.timer) {
    entry.now = Date.now();
    entry.timer = setInterval(() => {
      entry.now = Date.now();
      entry.listeners.forEach((l) => l());
    }, intervalMs);
  }
  return () => {
    entry.listeners.delete(listener);
    if (entry.listeners.size === 0 && entry.timer) {
      clearInterval(entry.timer);
      entry.timer = null;
    }
  };
}

export function useNow(intervalMs = 30_000): number {
  return useSyncExternalStore(
    (listener) => subscribe(intervalMs, listener),
    () => ticker(intervalMs).now,
  );
}
