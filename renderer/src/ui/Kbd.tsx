// A key or key combination, shown the way this platform names it (⌘K on macOS, Ctrl+K elsewhere).
import type { JSX } from 'react';
import { keyLabel, keyParts } from '../lib/keys';
import './kbd.css';

/** `decorative`: hidden from screen readers because the control already carries aria-keyshortcuts. */
export function Kbd({ combo, className, decorative = false }: { combo: string; className?: string; decorative?: boolean }): JSX.Element {
  const parts = keyParts(combo);
  return (
    <span
      className={className ? `kbd-group ${className}` : 'kbd-group'}
      aria-label={decorative ? undefined : keyLabel(combo)}
      role={decorative ? undefined : 'img'}
      aria-hidden={decorative || undefined}
    >
      {parts.map((part, index) =>
        part === 'then' ? (
          <span key={index} className="kbd-then" aria-hidden="true">
            then
          </span>
        ) : (
          <kbd key={index} className="kbd" aria-hidden="true">
            {part}
          </kbd>
        ),
      )}
    </span>
  );
}
