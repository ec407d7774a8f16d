import type { JSX, ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { Field } from './Field';
import { Icon } from './Icon';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: ReactNode;
  options: readonly SelectOption[];
  hint?: ReactNode;
  error?: string | undefined;
  hideLabel?: boolean;
  ref?: Ref<HTMLSelectElement>;
}

export function Select({ label, options, hint, error, hideLabel, required, className, ref, ...select }: SelectProps): JSX.Element {
  return (
    <Field label={label} hint={hint} error={error} required={required} hideLabel={hideLabel}>
      {({ id, describedBy, invalid }) => (
        <span className={['select-box', className ?? ''].filter(Boolean).join(' ')}>
          <select ref={ref} id={id} className="input select" aria-describedby={describedBy} aria-invalid={invalid || undefined} required={required} {...select}>
            {options.map((option) => (
              <option key={option.value} value={option.value} disabled={option.disabled}>
                {option.label}
              </option>
            ))}
          </select>
          <Icon name="chevronDown" size={14} className="select-chevron" />
        </span>
      )}
    </Field>
  );
}
