// Which modal layers (dialogs, the command palette, the lock screen) are open. The shortcut
// registry consults it so a screen's single-key shortcuts never fire behind a dialog.
type Listener = () => void;
let depth = 0;
const listeners = new Set<Listener>();

export function pushModal(): () => void {
  depth += 1;
  listeners.forEach((l) => l());
  let popped = false;
  return () => {
    if (popped) return;
    popped = true;
    depth -= 1;
    listeners.forEach((l) => l());
  };
}

export const modalOpen = (): boolean => depth > 0;

export function subscribeModal(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
