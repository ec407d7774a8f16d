import type { JSX } from 'react';

/** The console's mark: a play triangle inside a flow loop. */
export function Logo({ size = 24 }: { size?: number }): JSX.Element {
  return (
    <svg className="logo" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="22" height="22" rx="6" className="logo-bg" />
      <path d="M9.5 7.5v9l7-4.5z" className="logo-fg" />
    </svg>
  );
}
