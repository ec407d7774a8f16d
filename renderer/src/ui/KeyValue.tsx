// A definition list of labelled values, two columns, labels muted; values can be anything.
import type { JSX, ReactNode } from 'react';
import './keyvalue.css';

export interface KeyValueItem {
  label: ReactNode;
  value: ReactNode;
  /** Right-align (numbers, money). */
  numeric?: boolean;
  key?: string;
}

export function KeyValue({ items, columns = 1, labelWidth }: { items: readonly KeyValueItem[]; columns?: 1 | 2; labelWidth?: number }): JSX.Element {
  return (
    <dl className={`kv kv-cols-${columns}`} style={labelWidth ? { ['--kv-label' as string]: `${labelWidth}px` } : undefined}>
      {items.map((item, index) => (
        <div className="kv-item" key={item.key ?? index}>
          <dt className="kv-label">{item.label}</dt>
          <dd className={item.numeric ? 'kv-value num' : 'kv-value'}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
