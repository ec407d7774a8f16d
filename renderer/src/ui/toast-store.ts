// Toasts as a tiny store so anything (a mutation's onSuccess, the session handler) can raise
// one without prop drilling. <Toaster/> renders them.
export type ToastTone = 'success' | 'error' | 'info';

export interface ToastAction {
  label: string;
  /** A hash route ("#/audit?…") or an absolute same-origin link. */
  href?: string;
  onClick?: () => void;
}

export interface Toast {
  id: number;
  tone: ToastTone;
  title: string;
  description?: string | undefined;
  action?: ToastAction | undefined;
  /** ms before it goes; 0 keeps it until dismissed. */
  duration: number;
}

type Listener = () => void;
let toasts: readonly Toast[] = [];
let nextId = 1;
const listeners = new Set<Listener>();
const emit = () => listeners.forEach((l) => l());

export function subscribeToasts(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export const getToasts = (): readonly Toast[] => toasts;

export function dismissToast(id: number): void {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

interface ToastOptions {
  description?: string;
  action?: ToastAction;
  duration?: number;
}

function push(tone: ToastTone, title: string, options: ToastOptions = {}): number {
  const id = nextId++;
  const duration = options.duration ?? (tone === 'error' ? 10_000 : 6_000);
  toasts = [...toasts.slice(-4), { id, tone, title, description: options.description, action: options.action, duration }];
  emit();
  return id;
}

export const toast = {
  success: (title: string, options?: ToastOptions) => push('success', title, options),
  error: (title: string, options?: ToastOptions) => push('error', title, options),
  info: (title: string, options?: ToastOptions) => push('info', title, options),
  dismiss: dismissToast,
};
