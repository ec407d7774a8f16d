// An inline message block inside a screen or dialog (a banner, a notice, an inline error).
import type { JSX, ReactNode } from 'react';
import { Icon, type IconName } from './Icon';
import './callout.css';

const ICONS: Record<string, IconName> = { info: 'info', ok: 'check', warn: 'alert', danger: 'alert', neutral: 'info' };

export interface CalloutProps {
  tone?: 'info' | 'ok' | 'warn' | 'danger' | 'neutral';
  title?: ReactNode;
  icon?: IconName;
  children?: ReactNode;
  actions?: ReactNode;
  role?: 'alert' | 'status';
  testId?: string;
}

export function Callout({ tone = 'info', title, icon, children, actions, role, testId }: CalloutProps): JSX.Element {
  return (
    <div className={`callout callout-${tone}`} role={role} data-testid={testId}>
      <Icon name={icon ?? ICONS[tone] ?? 'info'} size={16} className="callout-icon" />
      <div className="callout-body">
        {title && <div className="callout-title">{title}</div>}
        {children && <div className="callout-text">{children}</div>}
      </div>
      {actions && <div className="callout-actions">{actions}</div>}
    </div>
  );
}
