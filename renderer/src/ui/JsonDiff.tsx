// Before and after side by side, one row per key, changed keys highlighted. Used for audit
// rows and later for metadata sync history. Values are shown as compact JSON.
import type { JSX } from 'react';
import './jsondiff.css';

type Change = 'added' | 'removed' | 'changed' | 'same';

interface Row {
  key: string;
  before: unknown;
  after: unknown;
  change: Change;
  hasBefore: boolean;
  hasAfter: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function show(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ');
}

function rowsOf(before: unknown, after: unknown): Row[] {
  if (!isRecord(before) && !isRecord(after)) {
    const same = JSON.stringify(before) === JSON.stringify(after);
    return [{ key: '(value)', before, after, change: same ? 'same' : before == null ? 'added' : after == null ? 'removed' : 'changed', hasBefore: before != null, hasAfter: after != null }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.map((key) => {
    const hasBefore = key in b;
    const hasAfter = key in a;
    const change: Change = !hasBefore ? 'added' : !hasAfter ? 'removed' : JSON.stringify(b[key]) === JSON.stringify(a[key]) ? 'same' : 'changed';
    return { key, before: b[key], after: a[key], change, hasBefore, hasAfter };
  });
}

export function JsonDiff({ before, after, beforeLabel = 'Before', afterLabel = 'After' }: { before: unknown; after: unknown; beforeLabel?: string; afterLabel?: string }): JSX.Element {
  const rows = rowsOf(before, after);
  const changed = rows.filter((row) => row.change !== 'same').length;
  if (before == null && after == null) return <p className="faint">No before or after image recorded.</p>;
  return (
    <div className="jsondiff">
      <table className="jsondiff-table">
        <caption className="jsondiff-caption">
          {changed === 0 ? 'No fields changed' : `${changed} of ${rows.length} field${rows.length === 1 ? '' : 's'} changed`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">{beforeLabel}</th>
            <th scope="col">{afterLabel}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={`jd-${row.change}`}>
              <th scope="row" className="jd-key">
                {row.key}
                {row.change !== 'same' && <span className="sr-only"> ({row.change})</span>}
              </th>
              <td className="jd-before">{row.hasBefore ? <code>{show(row.before)}</code> : <span className="faint">—</span>}</td>
              <td className="jd-after">{row.hasAfter ? <code>{show(row.after)}</code> : <span className="faint">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
