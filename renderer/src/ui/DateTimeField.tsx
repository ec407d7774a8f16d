// A local date and time (the browser's own picker), valued as an ISO instant so callers never
// deal with the input's timezone-less string. Shows the timezone it is read in.
import type { JSX, ReactNode, Ref } from 'react';
import { localInputToIso, toLocalInputValue } from '../lib/format';
import { Field } from './Field';

export interface DateTimeFieldProps {
  label: ReactNode;
  /** ISO instant or null. */
  value: string | null;
  onChange: (iso: string | null) => void;
  min?: string;
  max?: string;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  hideLabel?: boolean;
  disabled?: boolean;
  name?: string;
  ref?: Ref<HTMLInputElement>;
}

const zone = (() => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return 'local time';
  }
})();

const toInput = (iso: string | undefined | null) => (iso ? toLocalInputValue(new Date(iso)) : undefined);

export function DateTimeField({ label, value, onChange, min, max, hint, error, required, hideLabel, disabled, name, ref }: DateTimeFieldProps): JSX.Element {
  return (
    <Field label={label} hint={hint ?? <span>{`Time zone: ${zone}`}</span>} error={error} required={required} hideLabel={hideLabel}>
      {({ id, describedBy, invalid }) => (
        <span className="input-box">
          <input
            ref={ref}
            id={id}
            name={name}
            type="datetime-local"
            className="input"
            value={toInput(value) ?? ''}
            min={toInput(min)}
            max={toInput(max)}
            disabled={disabled}
            required={required}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(event) => onChange(localInputToIso(event.target.value))}
          />
        </span>
      )}
    </Field>
  );
}
