import type { JSX, ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { Field } from './Field';

export interface TextAreaProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  hideLabel?: boolean;
  /** Shows "n / max" beside the label. */
  showCount?: boolean;
  ref?: Ref<HTMLTextAreaElement>;
}

export function TextArea({ label, hint, error, hideLabel, showCount, required, className, rows = 3, ref, ...area }: TextAreaProps): JSX.Element {
  const length = typeof area.value === 'string' ? area.value.length : 0;
  const aside = showCount && area.maxLength ? <span className="tabular">{`${length} / ${area.maxLength}`}</span> : undefined;
  return (
    <Field label={label} hint={hint} error={error} required={required} hideLabel={hideLabel} aside={aside}>
      {({ id, describedBy, invalid }) => (
        <textarea
          ref={ref}
          id={id}
          rows={rows}
          className={['input', 'textarea', className ?? ''].filter(Boolean).join(' ')}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          required={required}
          {...area}
        />
      )}
    </Field>
  );
}
