// A personal value that may be masked for the viewer's role: masked values carry a lock icon
// and say so to screen readers; missing values show a dash.
import type { JSX } from 'react';
import type { MaskedValue as Masked } from '@contract/common';
import { Icon } from './Icon';
import './masked.css';

export function MaskedValue({ value, kind = 'value' }: { value: Masked; kind?: string }): JSX.Element {
  if (value.value == null) return <span className="faint">—</span>;
  if (!value.masked) return <span className="masked-value">{value.value}</span>;
  return (
    <span className="masked-value is-masked" title={`This ${kind} is masked for your role`}>
      <Icon name="lock" size={12} className="masked-lock" label={`masked ${kind}`} />
      <span>{value.value}</span>
    </span>
  );
}
