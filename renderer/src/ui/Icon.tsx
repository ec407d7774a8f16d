// A small inline icon set (16px grid, stroked with currentColor) so no icon font or image
// request is needed under the strict CSP. Decorative by default; pass `label` to announce it.
import type { JSX } from 'react';

const PATHS = {
  home: 'M2.5 7 8 2.5 13.5 7v6.5h-4v-4h-3v4h-4z',
  users: 'M6 7.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM1.5 13.5c0-2.5 2-4 4.5-4s4.5 1.5 4.5 4M10.5 2.7a2.5 2.5 0 0 1 0 4.6M12 9.6c1.5.5 2.5 1.8 2.5 3.9',
  user: 'M8 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2.5 14c0-3 2.5-4.5 5.5-4.5s5.5 1.5 5.5 4.5',
  audit: 'M4 1.5h6l3 3v10H4zM10 1.5v3h3M6 8h5M6 10.5h5M6 5.5h2',
  settings: 'M8 10.2a2.2 2.2 0 1 0 0-4.4 2.2 2.2 0 0 0 0 4.4zM8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4',
  search: 'M7 12a5 5 0 1 0 0-10 5 5 0 0 0 0 10zM10.8 10.8 14 14',
  lock: 'M4 7V5a4 4 0 0 1 8 0v2M3 7h10v7H3zM8 9.5v2',
  unlock: 'M4 7V5a4 4 0 0 1 7.7-1.5M3 7h10v7H3zM8 9.5v2',
  x: 'M4 4l8 8M12 4l-8 8',
  check: 'M3 8.5 6.5 12 13 4.5',
  chevronDown: 'M4 6l4 4 4-4',
  chevronRight: 'M6 4l4 4-4 4',
  chevronLeft: 'M10 4 6 8l4 4',
  arrowLeft: 'M13 8H3M7 4 3 8l4 4',
  alert: 'M8 2 1.5 13.5h13zM8 6.5v3.5M8 11.8v.2',
  info: 'M8 14.5a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zM8 7.5v4M8 5v.2',
  sun: 'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM8 1v1.5M8 13.5V15M1 8h1.5M13.5 8H15M3 3l1 1M12 12l1 1M3 13l1-1M12 4l1-1',
  moon: 'M13.5 9.5A5.5 5.5 0 0 1 6.5 2.5a5.5 5.5 0 1 0 7 7z',
  monitor: 'M2 3h12v8H2zM6 14h4M8 11v3',
  logout: 'M6 2.5H3v11h3M10.5 11 13.5 8l-3-3M13.5 8H6',
  keyboard: 'M1.5 4h13v8h-13zM4 6.5h.5M6.5 6.5H7M9 6.5h.5M11.5 6.5h.5M4.5 9.5h7',
  command: 'M5 5h6v6H5zM5 5a2 2 0 1 1 0-.01M11 5a2 2 0 1 1 0-.01M5 11a2 2 0 1 1 0-.01M11 11a2 2 0 1 1 0-.01',
  refresh: 'M13.5 8a5.5 5.5 0 1 1-1.6-3.9M13.5 2v3h-3',
  shield: 'M8 1.5 13.5 3.5v4c0 3.5-2.5 6-5.5 7-3-1-5.5-3.5-5.5-7v-4z',
  shieldCheck: 'M8 1.5 13.5 3.5v4c0 3.5-2.5 6-5.5 7-3-1-5.5-3.5-5.5-7v-4zM5.5 8 7.3 9.8 10.5 6.5',
  ban: 'M8 14.5a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zM3.4 3.4l9.2 9.2',
  pause: 'M8 14.5a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zM6.5 5.5v5M9.5 5.5v5',
  play: 'M8 14.5a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zM6.5 5.5l4 2.5-4 2.5z',
  clock: 'M8 14.5a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zM8 4.5V8l2.5 1.5',
  database: 'M2.5 3.5c0-1 2.5-2 5.5-2s5.5 1 5.5 2-2.5 2-5.5 2-5.5-1-5.5-2zM2.5 3.5v9c0 1 2.5 2 5.5 2s5.5-1 5.5-2v-9M2.5 8c0 1 2.5 2 5.5 2s5.5-1 5.5-2',
  card: 'M1.5 3.5h13v9h-13zM1.5 6.5h13M4 10h3',
  cloud: 'M4.5 12.5a3 3 0 0 1-.3-6A4.5 4.5 0 0 1 12.8 7a2.8 2.8 0 0 1-.3 5.5z',
  key: 'M10 9a3.5 3.5 0 1 0-3.3-2.3L1.5 12v2.5H4V13h1.5v-1.5H7l1.3-1.3A3.5 3.5 0 0 0 10 9zM11 5v.2',
  copy: 'M5.5 5.5h8v8h-8zM10.5 5.5v-3h-8v8h3',
  external: 'M9 2.5h4.5V7M13.5 2.5 7.5 8.5M11.5 9.5v4h-9v-9h4',
  plus: 'M8 3v10M3 8h10',
  minus: 'M3 8h10',
  filter: 'M2 3h12l-4.5 5.5V13l-3-1.5v-3z',
  sidebar: 'M2 2.5h12v11H2zM6 2.5v11',
  dot: 'M8 10a2 2 0 1 0 0-4 2 2 0 0 0 0 4z',
  video: 'M1.5 4h9v8h-9zM10.5 7 14.5 4.5v7L10.5 9',
  flag: 'M3 14.5V2M3 2.5h9l-2 3 2 3H3',
  money: 'M8 1.5v13M11 4H6.5a2 2 0 0 0 0 4h3a2 2 0 0 1 0 4H5',
  megaphone: 'M2 6.5v3h2.5L10 13V3L4.5 6.5zM12 6a2.5 2.5 0 0 1 0 4',
  copyright: 'M8 14.5a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zM10 6.2a2.5 2.5 0 1 0 0 3.6',
  table: 'M1.5 2.5h13v11h-13zM1.5 6h13M1.5 9.5h13M6 6v7.5',
  chart: 'M2 14V2M2 14h12.5M5 11V8M8 11V5M11 11V7',
  verified: 'M8 1.5l1.8 1.3 2.2-.1.7 2.1 1.8 1.3-.7 2.1.7 2.1-1.8 1.3-.7 2.1-2.2-.1L8 14.5l-1.8-1.3-2.2.1-.7-2.1-1.8-1.3.7-2.1-.7-2.1 1.8-1.3.7-2.1 2.2.1zM5.5 8l1.7 1.7 3.3-3.4',
  link: 'M6.5 9.5l3-3M7 4.5l1.2-1.2a2.8 2.8 0 0 1 4 4L11 8.5M9 11.5l-1.2 1.2a2.8 2.8 0 0 1-4-4L5 7.5',
  more: 'M3.5 8h.01M8 8h.01M12.5 8h.01',
} as const;

export type IconName = keyof typeof PATHS;

export interface IconProps {
  name: IconName;
  size?: number;
  label?: string;
  className?: string;
}

export function Icon({ name, size = 16, label, className }: IconProps): JSX.Element {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={name === 'more' ? 2.4 : 1.4}
      strokeLinecap="round"
      strokeLinejoin="round"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
