// The frame every form control sits in: label, control, hint and error, wired together for
// screen readers (aria-describedby / aria-invalid). Controls get their ids from here.
import { useId, type JSX, type ReactNode } from 'react';
import { Icon } from './Icon';
import './fields.css';

export interface FieldFrameProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  /** Hide the label visually (it stays the accessible name). */
  hideLabel?: boolean;
  className?: string;
  /** Something at the right of the label row (a counter, a link). */
  aside?: ReactNode;
  children: (ids: FieldIds) => ReactNode;
}

export interface FieldIds {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

export function Field({ label, hint, error, required, hideLabel, className, aside, children }: FieldFrameProps): JSX.Element {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'has-error' : '', className ?? ''].filter(Boolean).join(' ')}>
      <div className={hideLabel ? 'sr-only' : 'field-label-row'}>
        <label className="field-label" htmlFor={id}>
          {label}
          {required && (
            <span className="field-required" aria-hidden="true">
              {' '}
              *
            </span>
          )}
        </label>
        {aside && <span className="field-aside">{aside}</span>}
      </div>
      {children({ id, describedBy, invalid: Boolean(error) })}
      {error && (
        <p className="field-error" id={errorId}>
          <Icon name="alert" size={12} /> {error}
        </p>
      )}
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
