// Dark and light themes. The default follows the OS; a choice made in the console is kept in
// localStorage. public/theme-init.js applies the same rule before the first paint.
import { useSyncExternalStore } from 'react';

export type ThemePreference = 'system' | 'dark' | 'light';
export type Theme = 'dark' | 'light';

const KEY = 'sfc.theme';
const media = window.matchMedia('(prefers-color-scheme: light)');
const listeners = new Set<() => void>();

function readPreference(): ThemePreference {
  try {
    const stored = localStorage.getItem(KEY);
    return stored === 'dark' || stored === 'light' ? stored : 'system';
  } catch {
    return 'system';
  }
}

let preference = readPreference();
const resolve = (pref: ThemePreference): Theme => (pref === 'system' ? (media.matches ? 'light' : 'dark') : pref);
let state = { preference, theme: resolve(preference) };

function apply() {
  state = { preference, theme: resolve(preference) };
  const root = document.documentElement;
  // Switch in one frame: without this every control fades through its hover/transition colours.
  root.classList.add('theme-switching');
  root.dataset.theme = state.theme;
  requestAnimationFrame(() => requestAnimationFrame(() => root.classList.remove('theme-switching')));
  listeners.forEach((l) => l());
}

media.addEventListener('change', () => {
  if (preference === 'system') apply();
});
window.addEventListener('storage', (event) => {
  if (event.key === KEY) {
    preference = readPreference();
    apply();
  }
});

export function setThemePreference(next: ThemePreference): void {
  preference = next;
  try {
    if (next === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, next);
  } catch {
    /* storage unavailable: the choice lasts this session */
  }
  apply();
}

export function toggleTheme(): void {
  setThemePreference(state.theme === 'dark' ? 'light' : 'dark');
}

export function initTheme(): void {
  apply();
}

export function useTheme(): { preference: ThemePreference; theme: Theme } {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
