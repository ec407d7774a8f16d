// A native checkbox with the theme's look; `indeterminate` for "some selected".
import { useEffect, useRef, type InputHTMLAttributes, type JSX, type ReactNode } from 'react';
import './fields.css';

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  label?: ReactNode;
  indeterminate?: boolean;
}

export function Checkbox({ label, indeterminate = false, className, ...input }: CheckboxProps): JSX.Element {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  const box = <input ref={ref} type="checkbox" className={['checkbox', className ?? ''].filter(Boolean).join(' ')} {...input} />;
  if (!label) return box;
  return (
    <label className="checkbox-label">
      {box}
      <span>{label}</span>
    </label>
  );
}
