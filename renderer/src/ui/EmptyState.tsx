import type { JSX, ReactNode } from 'react';
import { Icon, type IconName } from './Icon';
import './states.css';

export function EmptyState({ icon = 'search', title, children, actions, compact }: { icon?: IconName; title: ReactNode; children?: ReactNode; actions?: ReactNode; compact?: boolean }): JSX.Element {
  return (
    <div className={compact ? 'state state-compact' : 'state'}>
      <span className="state-icon">
        <Icon name={icon} size={compact ? 16 : 20} />
      </span>
      <p className="state-title">{title}</p>
      {children && <div className="state-text">{children}</div>}
      {actions && <div className="state-actions">{actions}</div>}
    </div>
  );
}
