// A date shown relative ("3 hours ago") with the exact time on hover and for screen readers.
import type { JSX } from 'react';
import { formatExact, formatRelative } from '../lib/format';
import { useNow } from './useNow';

export function Time({ value, className, fallback = '—' }: { value: string | null | undefined; className?: string; fallback?: string }): JSX.Element {
  const now = useNow(30_000);
  if (!value) return <span className={className ? `faint ${className}` : 'faint'}>{fallback}</span>;
  const exact = formatExact(value);
  return (
    <time dateTime={value} title={exact} className={className ? `nowrap ${className}` : 'nowrap'} aria-label={`${formatRelative(value, now)}, ${exact}`}>
      {formatRelative(value, now)}
    </time>
  );
}
