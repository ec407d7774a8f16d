import type { JSX } from 'react';
import './spinner.css';

export function Spinner({ size = 14, label }: { size?: number; label?: string }): JSX.Element {
  return (
    <span
      className="spinner"
      style={{ width: size, height: size }}
      role={label ? 'status' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    />
  );
}
