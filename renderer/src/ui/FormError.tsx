// The error a form or dialog got back from the API, explained in place: what happened, and
// for validation errors the fields the form does not show by itself.
import type { JSX } from 'react';
import { CODE_TITLES, otherFieldErrors } from '../lib/errors';
import type { ApiErrorCode, FieldIssue } from '@contract/errors';
import { Callout } from './Callout';

export interface FormErrorProps {
  error: { code: ApiErrorCode; message: string; fields?: FieldIssue[]; retryAfter?: number } | null | undefined;
  /** Field paths the form shows next to their own control. */
  shownFields?: readonly string[];
  /** Better headings for codes in this context (e.g. UNAUTHENTICATED on a sign-in form). */
  titles?: Partial<Record<ApiErrorCode, string>>;
}

export function FormError({ error, shownFields = [], titles }: FormErrorProps): JSX.Element | null {
  if (!error) return null;
  const others = otherFieldErrors(error, shownFields);
  // A validation error entirely about visible fields is shown by the fields themselves.
  if (error.code === 'VALIDATION' && error.fields?.length && others.length === 0) return null;
  return (
    <Callout tone="danger" title={titles?.[error.code] ?? CODE_TITLES[error.code]} role="alert" testId="form-error">
      <p>{error.message}</p>
      {error.code === 'RATE_LIMITED' && error.retryAfter ? <p>Try again in {error.retryAfter} s.</p> : null}
      {others.length > 0 && (
        <ul>
          {others.map((issue) => (
            <li key={issue.path}>
              <code>{issue.path || 'input'}</code>: {issue.message}
            </li>
          ))}
        </ul>
      )}
    </Callout>
  );
}
