// Key combos as written in the shortcut registry ("mod+k", "shift+?", "g u", "Escape") and
// how to show them. `mod` is ⌘ on macOS and Ctrl elsewhere.

export const isMac: boolean = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/i.test(navigator.platform || navigator.userAgent);

const NAMES: Record<string, [mac: string, other: string]> = {
  mod: ['⌘', 'Ctrl'],
  ctrl: ['⌃', 'Ctrl'],
  alt: ['⌥', 'Alt'],
  shift: ['⇧', 'Shift'],
  enter: ['↵', 'Enter'],
  escape: ['Esc', 'Esc'],
  arrowup: ['↑', '↑'],
  arrowdown: ['↓', '↓'],
  arrowleft: ['←', '←'],
  arrowright: ['→', '→'],
  space: ['Space', 'Space'],
  backspace: ['⌫', 'Backspace'],
  tab: ['Tab', 'Tab'],
  home: ['Home', 'Home'],
  end: ['End', 'End'],
  pageup: ['PgUp', 'PgUp'],
  pagedown: ['PgDn', 'PgDn'],
};

/** "mod+k" → ["Ctrl", "K"]; "g u" → ["G", "then", "U"]. */
export function keyParts(combo: string, mac = isMac): string[] {
  const steps = combo.trim().split(/\s+/);
  const out: string[] = [];
  steps.forEach((step, index) => {
    if (index > 0) out.push('then');
    for (const part of step.split('+')) {
      const named = NAMES[part.toLowerCase()];
      out.push(named ? named[mac ? 0 : 1] : part.length === 1 ? part.toUpperCase() : part);
    }
  });
  return out;
}

/** A readable label for a combo, for titles and aria-keyshortcuts-like hints. */
export const keyLabel = (combo: string, mac = isMac): string => keyParts(combo, mac).join(mac ? '' : '+').replace(/\+then\+/g, ' then ');

/** The normalised name of a KeyboardEvent, e.g. "mod+k", "shift+?" is just "?", "j", "escape". */
export function eventCombo(event: Pick<KeyboardEvent, 'key' | 'metaKey' | 'ctrlKey' | 'altKey' | 'shiftKey'>, mac = isMac): string {
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key.toLowerCase();
  const parts: string[] = [];
  const mod = mac ? event.metaKey : event.ctrlKey;
  if (mod) parts.push('mod');
  if (mac && event.ctrlKey) parts.push('ctrl');
  if (event.altKey) parts.push('alt');
  // Shift is implied by printable symbols ("?" is shift+/ on most layouts): only name it for
  // named keys and letters.
  if (event.shiftKey && (event.key.length > 1 || /[a-z]/i.test(event.key))) parts.push('shift');
  parts.push(key === ' ' ? 'space' : key);
  return parts.join('+');
}

/** Normalise a combo as written in the registry to match eventCombo. */
export const normaliseCombo = (combo: string): string =>
  combo
    .trim()
    .split(/\s+/)
    .map((step) => step.split('+').map((part) => part.toLowerCase()).join('+'))
    .join(' ');

/** True while the user is typing in a field: single-key shortcuts must not fire then. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
}
