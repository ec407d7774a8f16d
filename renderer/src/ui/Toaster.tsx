// Renders the toasts: successes and notes in a polite live region, errors in an assertive one.
// Each toast pauses its timer while hovered or focused, and can carry one action link.
import { useEffect, useRef, useState, useSyncExternalStore, type JSX } from 'react';
import { Icon } from './Icon';
import { IconButton } from './IconButton';
import { dismissToast, getToasts, subscribeToasts, type Toast } from './toast-store';
import './toasts.css';

export function Toaster(): JSX.Element {
  const toasts = useSyncExternalStore(subscribeToasts, getToasts);
  const polite = toasts.filter((t) => t.tone !== 'error');
  const urgent = toasts.filter((t) => t.tone === 'error');
  return (
    <div className="toaster">
      <div aria-live="assertive" aria-relevant="additions" className="toast-region">
        {urgent.map((t) => (
          <ToastView key={t.id} toast={t} />
        ))}
      </div>
      <div aria-live="polite" aria-relevant="additions" className="toast-region">
        {polite.map((t) => (
          <ToastView key={t.id} toast={t} />
        ))}
      </div>
    </div>
  );
}

function ToastView({ toast }: { toast: Toast }): JSX.Element {
  const [paused, setPaused] = useState(false);
  const remaining = useRef(toast.duration);
  useEffect(() => {
    if (paused || toast.duration === 0) return;
    const started = Date.now();
    const timer = setTimeout(() => dismissToast(toast.id), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current -= Date.now() - started;
    };
  }, [paused, toast.id, toast.duration]);

  const icon = toast.tone === 'success' ? 'check' : toast.tone === 'error' ? 'alert' : 'info';
  return (
    <div
      className={`toast toast-${toast.tone}`}
      role={toast.tone === 'error' ? 'alert' : 'status'}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <Icon name={icon} size={16} className="toast-icon" />
      <div className="toast-body">
        <p className="toast-title">{toast.title}</p>
        {toast.description && <p className="toast-description">{toast.description}</p>}
      </div>
      {toast.action && (
        <a
          className="toast-action"
          href={toast.action.href ?? '#'}
          onClick={(event) => {
            if (toast.action?.onClick) {
              event.preventDefault();
              toast.action.onClick();
            }
            dismissToast(toast.id);
          }}
        >
          {toast.action.label}
        </a>
      )}
      <IconButton icon="x" label="Dismiss notification" size="sm" onClick={() => dismissToast(toast.id)} />
    </div>
  );
}
