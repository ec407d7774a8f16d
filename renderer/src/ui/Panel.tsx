// A titled surface that groups one kind of information on a page.
import type { JSX, ReactNode } from 'react';
import './panel.css';

export interface PanelProps {
  title?: ReactNode;
  /** A short count or hint after the title. */
  meta?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  /** Let the content (a table) touch the edges. */
  flush?: boolean;
  className?: string;
  headingLevel?: 2 | 3;
  id?: string;
  testId?: string;
}

export function Panel({ title, meta, actions, children, flush, className, headingLevel = 2, id, testId }: PanelProps): JSX.Element {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section className={['panel', flush ? 'panel-flush' : '', className ?? ''].filter(Boolean).join(' ')} aria-labelledby={title ? headingId : undefined} id={id} data-testid={testId}>
      {(title || actions) && (
        <header className="panel-header">
          {title && (
            <Heading className="panel-title" id={headingId}>
              {title}
            </Heading>
          )}
          {meta && <span className="panel-meta">{meta}</span>}
          <span className="spacer" />
          {actions && <div className="panel-actions">{actions}</div>}
        </header>
      )}
      <div className="panel-body">{children}</div>
    </section>
  );
}
