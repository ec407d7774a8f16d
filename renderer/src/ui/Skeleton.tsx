// Placeholder shapes while data loads: lines, blocks and table rows. Announced once as "Loading".
import type { JSX } from 'react';
import './skeleton.css';

export function Skeleton({ width = '100%', height = 12, radius, className }: { width?: number | string; height?: number | string; radius?: number; className?: string }): JSX.Element {
  return <span className={className ? `skeleton ${className}` : 'skeleton'} style={{ width, height, borderRadius: radius }} aria-hidden="true" />;
}

const WIDTHS = ['72%', '54%', '88%', '63%', '79%', '46%', '68%', '83%'];

export function SkeletonLines({ lines = 3, label = 'Loading' }: { lines?: number; label?: string }): JSX.Element {
  return (
    <div className="skeleton-lines" role="status" aria-label={label}>
      {Array.from({ length: lines }, (_, index) => (
        <Skeleton key={index} width={WIDTHS[index % WIDTHS.length]} />
      ))}
    </div>
  );
}

export function SkeletonRows({ rows = 8, columns = 5, label = 'Loading rows' }: { rows?: number; columns?: number; label?: string }): JSX.Element {
  return (
    <div className="skeleton-rows" role="status" aria-label={label}>
      {Array.from({ length: rows }, (_, row) => (
        <div className="skeleton-row" key={row}>
          {Array.from({ length: columns }, (_, column) => (
            <Skeleton key={column} width={WIDTHS[(row + column) % WIDTHS.length]} />
          ))}
        </div>
      ))}
    </div>
  );
}
