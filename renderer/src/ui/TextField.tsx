import type { InputHTMLAttributes, JSX, ReactNode, Ref } from 'react';
import { Field } from './Field';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'size'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  hideLabel?: boolean;
  aside?: ReactNode;
  /** Text or an element shown inside the box before the value ("$", an icon). */
  leading?: ReactNode;
  trailing?: ReactNode;
  fieldClassName?: string;
  ref?: Ref<HTMLInputElement>;
}

export function TextField({ label, hint, error, hideLabel, aside, leading, trailing, fieldClassName, required, className, ref, ...input }: TextFieldProps): JSX.Element {
  return (
    <Field label={label} hint={hint} error={error} required={required} hideLabel={hideLabel} aside={aside} className={fieldClassName}>
      {({ id, describedBy, invalid }) => (
        <span className={['input-box', leading ? 'has-prefix' : '', trailing ? 'has-suffix' : '', className ?? ''].filter(Boolean).join(' ')}>
          {leading && <span className="input-affix">{leading}</span>}
          <input
            ref={ref}
            id={id}
            className="input"
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            required={required}
            {...input}
          />
          {trailing && <span className="input-affix">{trailing}</span>}
        </span>
      )}
    </Field>
  );
}
