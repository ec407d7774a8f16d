// A modal dialog: focus moves in and is trapped, Esc closes, Enter submits (Shift+Enter for a
// new line in a text area; Ctrl/⌘+Enter from anywhere), focus returns where it was. Clicking
// the backdrop does not close it, so a half-written reason is never lost by a stray click.
import { useEffect, useId, useLayoutEffect, useRef, type FormEvent, type JSX, type KeyboardEvent, type ReactNode } from 'react';
import { initialFocus, trapTab } from './focus';
import { IconButton } from './IconButton';
import { pushModal } from './modal-stack';
import { Portal } from './portal';
import './dialog.css';

export interface DialogProps {
  open: boolean;
  title: ReactNode;
  description?: ReactNode;
  onClose: () => void;
  /** When set, the body is a form and Enter submits it. */
  onSubmit?: () => void;
  /** While busy, Esc and the close button do nothing. */
  busy?: boolean;
  size?: 'sm' | 'md' | 'lg';
  footer?: ReactNode;
  children?: ReactNode;
  tone?: 'default' | 'danger';
  testId?: string;
}

export function Dialog(props: DialogProps): JSX.Element | null {
  if (!props.open) return null;
  return <DialogFrame {...props} />;
}

function DialogFrame({ title, description, onClose, onSubmit, busy = false, size = 'md', footer, children, tone = 'default', testId }: DialogProps): JSX.Element {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const closeRef = useRef(onClose);
  const busyRef = useRef(busy);
  useEffect(() => {
    closeRef.current = onClose;
    busyRef.current = busy;
  });

  useLayoutEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const popModal = pushModal();
    if (ref.current) initialFocus(ref.current).focus();
    return () => {
      popModal();
      // Give focus back to what opened the dialog, if it is still on the page.
      if (previous && previous.isConnected) previous.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!ref.current) return;
    if (event.key === 'Escape') {
      event.stopPropagation();
      event.preventDefault();
      if (!busyRef.current) closeRef.current();
      return;
    }
    trapTab(event, ref.current);
    if (event.key === 'Enter' && onSubmit) {
      const target = event.target as HTMLElement;
      const inTextArea = target.tagName === 'TEXTAREA';
      const mod = event.metaKey || event.ctrlKey;
      // Buttons handle their own Enter; single-line inputs submit the form natively.
      if (mod || (inTextArea && !event.shiftKey)) {
        event.preventDefault();
        if (!busyRef.current) (ref.current.querySelector('form') as HTMLFormElement | null)?.requestSubmit();
      }
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit?.();
  };

  const body = (
    <>
      <header className="dialog-header">
        <div className="dialog-titles">
          <h2 id={titleId} className="dialog-title">
            {title}
          </h2>
          {description && (
            <div id={descriptionId} className="dialog-description">
              {description}
            </div>
          )}
        </div>
        <IconButton icon="x" label="Close" size="sm" onClick={onClose} disabled={busy} data-dialog-close="" />
      </header>
      <div className="dialog-body">{children}</div>
      {footer && <footer className="dialog-footer">{footer}</footer>}
    </>
  );

  return (
    <Portal>
      <div className="dialog-backdrop" role="presentation">
        <div
          ref={ref}
          role="dialog"
          aria-modal="true"
          aria-labelledby={titleId}
          aria-describedby={description ? descriptionId : undefined}
          aria-busy={busy || undefined}
          tabIndex={-1}
          className={`dialog dialog-${size} dialog-tone-${tone}`}
          onKeyDown={onKeyDown}
          data-testid={testId}
        >
          {onSubmit ? (
            <form className="dialog-form" onSubmit={submit} noValidate>
              {body}
            </form>
          ) : (
            body
          )}
        </div>
      </div>
    </Portal>
  );
}
