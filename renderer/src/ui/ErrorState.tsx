// Explains a failed load by its ApiError code: what happened, why, and what to do next.
// UNAVAILABLE / NOT_MIGRATED show the fix for the failing service; FORBIDDEN names the
// permission; VALIDATION lists the fields; RATE_LIMITED says how long to wait.
import { use, type JSX, type ReactNode } from 'react';
import { CODE_TITLES, isApiError } from '../lib/errors';
import { Button } from './Button';
import { ErrorExplainersContext } from './error-context';
import { Icon } from './Icon';
import './states.css';

export interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
  /** The permission the screen needs, to name it when the error is FORBIDDEN. */
  permission?: string;
  compact?: boolean;
  title?: ReactNode;
  /** Extra actions beside Retry (e.g. a link home). */
  actions?: ReactNode;
}

export function ErrorState({ error, onRetry, retrying, permission, compact, title, actions }: ErrorStateProps): JSX.Element {
  const { services, roles } = use(ErrorExplainersContext);
  const code = isApiError(error) ? error.code : 'INTERNAL';
  const message = isApiError(error) ? error.message : error instanceof Error ? error.message : 'Unknown error.';
  const fields = isApiError(error) ? (error.fields ?? []) : [];
  const retryAfter = isApiError(error) ? (error as { retryAfter?: number }).retryAfter : undefined;
  const failing = code === 'UNAVAILABLE' || code === 'NOT_MIGRATED' ? services.filter((s) => s.state !== 'ok' && (code !== 'NOT_MIGRATED' || s.state === 'not_migrated')) : [];

  let detail: ReactNode = null;
  if (failing.length > 0) {
    detail = (
      <ul className="state-list">
        {failing.map((service) => (
          <li key={service.key}>
            <strong>{service.label}</strong>
            {service.message ? `: ${service.message}` : ''}
            {service.fix && <div className="state-fix">{service.fix}</div>}
          </li>
        ))}
      </ul>
    );
  } else if (code === 'NOT_MIGRATED') {
    detail = (
      <p className="state-fix">
        Run <code>npm run db:migrate</code> against the configured database, then retry.
      </p>
    );
  } else if (code === 'FORBIDDEN') {
    detail = (
      <p>
        {permission ? (
          <>
            This needs the <code>{permission}</code> permission
          </>
        ) : (
          'Your roles do not include this permission'
        )}
        {roles.length > 0 ? `; you are signed in as ${roles.join(', ')}.` : '.'} Ask an admin if you need it.
      </p>
    );
  } else if (code === 'VALIDATION' && fields.length > 0) {
    detail = (
      <ul className="state-list">
        {fields.map((field) => (
          <li key={field.path}>
            <code>{field.path || '(input)'}</code>: {field.message}
          </li>
        ))}
      </ul>
    );
  } else if (code === 'RATE_LIMITED' && retryAfter) {
    detail = <p>Try again in {retryAfter} s.</p>;
  }

  return (
    <div className={compact ? 'state state-compact state-error' : 'state state-error'} role="alert">
      <span className="state-icon">
        <Icon name={code === 'FORBIDDEN' ? 'lock' : 'alert'} size={compact ? 16 : 20} />
      </span>
      <p className="state-title">{title ?? CODE_TITLES[code as keyof typeof CODE_TITLES] ?? 'Something went wrong'}</p>
      <div className="state-text">
        <p>{message}</p>
        {detail}
      </div>
      {((onRetry && code !== 'FORBIDDEN') || actions) && (
        <div className="state-actions">
          {onRetry && code !== 'FORBIDDEN' && (
            <Button size="sm" icon="refresh" onClick={onRetry} loading={retrying}>
              Retry
            </Button>
          )}
          {actions}
        </div>
      )}
      <p className="state-code faint">{code}</p>
    </div>
  );
}
