// A segmented choice (radio group): presets such as 24 h / 3 d / 7 d, or a date granularity.
// Arrow keys move and select, as radio groups do.
import { useRef, type JSX, type KeyboardEvent } from 'react';
import './segmented.css';

export interface SegmentedOption<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

export function Segmented<V extends string>({ label, options, value, onChange, labelId }: { label: string; options: readonly SegmentedOption<V>[]; value: V; onChange: (value: V) => void; labelId?: string }): JSX.Element {
  const ref = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = options.findIndex((o) => o.value === value);
    let next = -1;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (index + 1) % options.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (index - 1 + options.length) % options.length;
    if (next < 0) return;
    event.preventDefault();
    onChange(options[next]!.value);
    ref.current?.querySelectorAll<HTMLButtonElement>('[role="radio"]')[next]?.focus();
  };
  return (
    <div className="segmented" role="radiogroup" aria-label={labelId ? undefined : label} aria-labelledby={labelId} ref={ref} onKeyDown={onKeyDown}>
      {options.map((option) => {
        const checked = option.value === value;
        return (
          <button
            key={option.value}
            type="button"
            role="radio"
            aria-checked={checked}
            tabIndex={checked ? 0 : -1}
            className="segment"
            title={option.hint}
            onClick={() => onChange(option.value)}
          >
            {option.label}
          </button>
        );
      })}
    </div>
  );
}
