// The one button. Variants: primary (one per view), secondary, danger, ghost. While
// `loading` it keeps its width, shows a spinner and ignores clicks (no double submits).
import { type ButtonHTMLAttributes, type JSX, type ReactNode, type Ref } from 'react';
import { Icon, type IconName } from './Icon';
import { Kbd } from './Kbd';
import { Spinner } from './Spinner';
import './button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';
export type ButtonSize = 'sm' | 'md';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  loading?: boolean;
  icon?: IconName;
  /** A keyboard shortcut shown inside the button, e.g. "s" or "mod+enter". */
  kbd?: string;
  children?: ReactNode;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({ variant = 'secondary', size = 'md', loading = false, icon, kbd, children, className, disabled, type = 'button', ref, ...rest }: ButtonProps): JSX.Element {
  const classes = ['btn', `btn-${variant}`, `btn-${size}`, loading ? 'is-loading' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <button
      ref={ref}
      type={type}
      className={classes}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      aria-keyshortcuts={kbd}
      {...rest}
    >
      {loading ? <Spinner size={12} /> : icon ? <Icon name={icon} size={14} /> : null}
      {children != null && <span className="btn-label">{children}</span>}
      {kbd && <Kbd combo={kbd} className="btn-kbd" decorative />}
    </button>
  );
}
