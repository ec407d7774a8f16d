// The top of every screen: optional back link, title, a line of context, and actions.
import type { JSX, ReactNode } from 'react';
import { Icon } from './Icon';
import './page.css';

export interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  back?: { href: string; label: string };
  leading?: ReactNode;
  children?: ReactNode;
}

export function PageHeader({ title, description, actions, back, leading, children }: PageHeaderProps): JSX.Element {
  return (
    <header className="page-header">
      {back && (
        <a className="page-back" href={back.href}>
          <Icon name="arrowLeft" size={14} /> {back.label}
        </a>
      )}
      <div className="page-header-row">
        {leading}
        <div className="page-titles">
          <h1 className="page-title">{title}</h1>
          {description && <div className="page-description">{description}</div>}
        </div>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {children}
    </header>
  );
}

/** A screen's padded, width-limited column. `fill` makes it take the whole height (tables). */
export function Page({ children, fill, width = 'wide', testId }: { children: ReactNode; fill?: boolean; width?: 'wide' | 'narrow' | 'full'; testId?: string }): JSX.Element {
  return (
    <div className={['page', `page-${width}`, fill ? 'page-fill' : ''].filter(Boolean).join(' ')} data-testid={testId}>
      {children}
    </div>
  );
}
