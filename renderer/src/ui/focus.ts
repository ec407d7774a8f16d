// Focus helpers for dialogs and overlays.
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

const FOCUSABLE =
  'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

export function focusableIn(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => !el.hasAttribute('inert') && el.getClientRects().length > 0 && !el.closest('[inert]'),
  );
}

/** Keep Tab / Shift+Tab inside `root`. Call from the root's keydown handler. */
export function trapTab(event: KeyboardEvent | ReactKeyboardEvent, root: HTMLElement): void {
  if (event.key !== 'Tab') return;
  const items = focusableIn(root);
  if (items.length === 0) {
    event.preventDefault();
    root.focus();
    return;
  }
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === root)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/** The element to focus first: [data-autofocus], else the first field, else the first focusable. */
export function initialFocus(root: HTMLElement): HTMLElement {
  const explicit = root.querySelector<HTMLElement>('[data-autofocus]');
  if (explicit) return explicit;
  const items = focusableIn(root);
  const field = items.find((el) => el.matches('input, textarea, select'));
  return field ?? items.find((el) => !el.matches('[data-dialog-close]')) ?? root;
}
