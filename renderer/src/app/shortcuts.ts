// One registry for every keyboard shortcut. The shell registers the global ones, each screen
// registers its own while mounted (the most recently mounted scope wins a clash). The same
// entries drive the key handling, the "?" help overlay and the command palette, so a
// shortcut that exists is always documented and always reachable without the keyboard.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { eventCombo, isTypingTarget, normaliseCombo } from '../lib/keys';
import { modalOpen } from '../ui/modal-stack';

export interface Shortcut {
  /** "mod+k", "?", "/", "s", "g u" (a sequence), "escape". Omit for a palette-only command. */
  keys?: string;
  description: string;
  /** Heading in the help overlay and the palette ("Global", "Navigation", "User"). */
  group: string;
  /** Omit for documentation-only entries (keys a widget handles itself, e.g. table navigation). */
  run?: () => void;
  /** Fire even while focus is in a text field (for mod+ combos and Escape). */
  allowInInputs?: boolean;
  /** Fire even while a dialog is open. */
  allowInModal?: boolean;
  /** Currently available? Disabled entries are hidden from the palette and do not fire. */
  enabled?: boolean;
  /** Leave out of the command palette (e.g. "move down"). */
  hideInPalette?: boolean;
}

interface Registration {
  id: number;
  scope: string;
  get: () => readonly Shortcut[];
}

let registrations: Registration[] = [];
let nextId = 1;
let version = 0;
const listeners = new Set<() => void>();
const changed = () => {
  version += 1;
  listeners.forEach((l) => l());
};

export function registerShortcuts(scope: string, get: () => readonly Shortcut[]): () => void {
  const registration = { id: nextId++, scope, get };
  registrations = [...registrations, registration];
  changed();
  return () => {
    registrations = registrations.filter((r) => r !== registration);
    changed();
  };
}

/** Register `shortcuts` while the component is mounted. The list may change every render. */
export function useShortcuts(scope: string, shortcuts: readonly Shortcut[]): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    const before = latest.current;
    latest.current = shortcuts;
    // Re-announce only when what the help overlay shows changed.
    if (signature(before) !== signature(shortcuts)) changed();
  });
  useEffect(() => registerShortcuts(scope, () => latest.current), [scope]);
}

const signature = (list: readonly Shortcut[]) => list.map((s) => `${s.keys ?? ''}|${s.description}|${s.enabled !== false}`).join(';');

export interface ListedShortcut extends Shortcut {
  scope: string;
}

/** Every registered shortcut, most specific scope first, the shadowed duplicates removed. */
export function listShortcuts(): ListedShortcut[] {
  const seen = new Set<string>();
  const out: ListedShortcut[] = [];
  for (const registration of [...registrations].reverse()) {
    for (const shortcut of registration.get()) {
      const key = shortcut.keys ? `${normaliseCombo(shortcut.keys)}|${shortcut.run ? 'run' : 'doc'}|${shortcut.run ? '' : shortcut.description}` : `cmd|${shortcut.description}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...shortcut, scope: registration.scope });
    }
  }
  return out;
}

/** Re-render when registrations change (for the help overlay and the palette). */
export function useShortcutList(): ListedShortcut[] {
  useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => version,
  );
  return listShortcuts();
}

let pending: { prefix: string; until: number } | null = null;

function find(combo: string, typing: boolean, modal: boolean): Shortcut | null {
  for (const registration of [...registrations].reverse()) {
    for (const shortcut of registration.get()) {
      if (!shortcut.run || !shortcut.keys || shortcut.enabled === false) continue;
      if (normaliseCombo(shortcut.keys) !== combo) continue;
      if (typing && !shortcut.allowInInputs) continue;
      if (modal && !shortcut.allowInModal) continue;
      return shortcut;
    }
  }
  return null;
}

function startsSequence(combo: string): boolean {
  return registrations.some((r) => r.get().some((s) => s.run && s.keys && s.enabled !== false && normaliseCombo(s.keys).startsWith(`${combo} `)));
}

/** The one keydown listener. Installed by the shell. */
export function handleShortcutKey(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.isComposing) return;
  if (['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) return;
  const typing = isTypingTarget(event.target);
  const modal = modalOpen();
  const combo = eventCombo(event);
  const now = event.timeStamp;

  if (pending && now <= pending.until && !typing) {
    const sequence = find(`${pending.prefix} ${combo}`, false, modal);
    pending = null;
    if (sequence) {
      event.preventDefault();
      sequence.run!();
      return;
    }
  }
  pending = null;

  const shortcut = find(combo, typing, modal);
  if (shortcut) {
    event.preventDefault();
    shortcut.run!();
    return;
  }
  if (!typing && !modal && startsSequence(combo)) pending = { prefix: combo, until: now + 1200 };
}

export function useShortcutListener(): void {
  useEffect(() => {
    window.addEventListener('keydown', handleShortcutKey);
    return () => window.removeEventListener('keydown', handleShortcutKey);
  }, []);
}
