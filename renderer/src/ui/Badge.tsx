// Badge: a small static label (a role, "2FA"). StatusPill: a state with a semantic tone and a dot.
import type { JSX, ReactNode } from 'react';
import { Icon, type IconName } from './Icon';
import './badge.css';

export type Tone = 'ok' | 'warn' | 'danger' | 'info' | 'neutral' | 'accent';

export function Badge({ tone = 'neutral', icon, children, title }: { tone?: Tone; icon?: IconName; children: ReactNode; title?: string }): JSX.Element {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {icon && <Icon name={icon} size={12} />}
      {children}
    </span>
  );
}

export function StatusPill({ tone, children, title, testId }: { tone: Tone; children: ReactNode; title?: string; testId?: string }): JSX.Element {
  return (
    <span className={`pill pill-${tone}`} title={title} data-testid={testId}>
      <span className="pill-dot" aria-hidden="true" />
      {children}
    </span>
  );
}
