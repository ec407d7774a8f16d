// A vertical list of events, newest first: a dot coloured by tone, a title, when, who, and a body.
import type { JSX, ReactNode } from 'react';
import type { Tone } from './Badge';
import { Icon, type IconName } from './Icon';
import { Time } from './Time';
import './timeline.css';

export interface TimelineItem {
  id: string;
  title: ReactNode;
  at: string | null;
  tone?: Tone;
  icon?: IconName;
  /** "by @alex" and similar, after the time. */
  meta?: ReactNode;
  body?: ReactNode;
}

export function Timeline({ items, label }: { items: readonly TimelineItem[]; label: string }): JSX.Element {
  return (
    <ol className="timeline" aria-label={label}>
      {items.map((item) => (
        <li className={`timeline-item tone-${item.tone ?? 'neutral'}`} key={item.id}>
          <span className="timeline-marker" aria-hidden="true">
            {item.icon ? <Icon name={item.icon} size={12} /> : <span className="timeline-dot" />}
          </span>
          <div className="timeline-content">
            <div className="timeline-head">
              <span className="timeline-title">{item.title}</span>
              <span className="timeline-meta">
                <Time value={item.at} />
                {item.meta && <> · {item.meta}</>}
              </span>
            </div>
            {item.body && <div className="timeline-body">{item.body}</div>}
          </div>
        </li>
      ))}
    </ol>
  );
}
