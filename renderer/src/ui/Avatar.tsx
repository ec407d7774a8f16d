// Initials in a tinted circle. Never loads a remote image (the CSP allows media only from the
// media store, and a user's avatar URL is not one).
import type { JSX } from 'react';
import { hashHue, initials } from '../lib/format';
import './avatar.css';

export function Avatar({ name, seed, size = 24 }: { name: string | null | undefined; seed: string; size?: number }): JSX.Element {
  return (
    <span className={`avatar avatar-hue-${hashHue(seed)}`} style={{ width: size, height: size, fontSize: Math.max(9, Math.round(size * 0.4)) }} aria-hidden="true">
      {initials(name)}
    </span>
  );
}
