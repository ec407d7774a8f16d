// A square button with an icon only; `label` is required (it is the accessible name and the tooltip).
import type { ButtonHTMLAttributes, JSX, Ref } from 'react';
import { Icon, type IconName } from './Icon';
import './button.css';

export interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  icon: IconName;
  label: string;
  size?: 'sm' | 'md';
  variant?: 'ghost' | 'secondary';
  pressed?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

export function IconButton({ icon, label, size = 'md', variant = 'ghost', pressed, className, type = 'button', title, ref, ...rest }: IconButtonProps): JSX.Element {
  return (
    <button
      ref={ref}
      type={type}
      className={['btn', 'btn-icon', `btn-${variant}`, `btn-${size}`, className ?? ''].filter(Boolean).join(' ')}
      aria-label={label}
      aria-pressed={pressed}
      title={title ?? label}
      {...rest}
    >
      <Icon name={icon} size={size === 'sm' ? 14 : 16} />
    </button>
  );
}
