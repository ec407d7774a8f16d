// The audit log's filter bar. Edits are a draft until applied (Enter or "Apply"), so a
// half-typed id never fires a failing query; field errors from the API appear in place.
import { useState, type FormEvent, type JSX, type Ref } from 'react';
import type { ApiError } from '@contract/errors';
import { fieldError } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { DateTimeField } from '../../ui/DateTimeField';
import { TextField } from '../../ui/TextField';
import { activeCount, type AuditFilterValues } from './filters';

export interface AuditFiltersProps {
  value: AuditFilterValues;
  onApply: (next: AuditFilterValues) => void;
  error: ApiError | null;
  firstFieldRef?: Ref<HTMLInputElement>;
}

const EMPTY: AuditFilterValues = { actorId: '', action: '', targetId: '', tableName: '', from: '', to: '' };

export function AuditFilters({ value, onApply, error, firstFieldRef }: AuditFiltersProps): JSX.Element {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    // Filters changed from outside (a link, back/forward): show them.
    setSeen(value);
    setDraft(value);
  }
  const set = (key: keyof AuditFilterValues) => (next: string) => setDraft((current) => ({ ...current, [key]: next }));
  const dirty = JSON.stringify(draft) !== JSON.stringify(value);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };

  return (
    <form className="audit-filters" onSubmit={submit} aria-label="Filter the audit log" role="search">
      <TextField
        ref={firstFieldRef}
        label="Action starts with"
        placeholder="user.suspend"
        value={draft.action}
        onChange={(event) => set('action')(event.target.value)}
        error={fieldError(error, 'action')}
        spellCheck={false}
      />
      <TextField label="Target id" placeholder="a user, payout, … id" value={draft.targetId} onChange={(event) => set('targetId')(event.target.value)} error={fieldError(error, 'targetId')} spellCheck={false} />
      <TextField label="Actor id" placeholder="staff user id (UUID)" value={draft.actorId} onChange={(event) => set('actorId')(event.target.value)} error={fieldError(error, 'actorId')} spellCheck={false} />
      <TextField label="Table" placeholder="users" value={draft.tableName} onChange={(event) => set('tableName')(event.target.value)} error={fieldError(error, 'tableName')} spellCheck={false} />
      <DateTimeField label="From" value={draft.from || null} onChange={(iso) => set('from')(iso ?? '')} error={fieldError(error, 'from')} hint="" />
      <DateTimeField label="To" value={draft.to || null} onChange={(iso) => set('to')(iso ?? '')} error={fieldError(error, 'to')} hint="" />
      <div className="audit-filter-actions">
        <Button type="submit" variant={dirty ? 'primary' : 'secondary'} icon="filter">
          Apply
        </Button>
        {activeCount(value) > 0 || dirty ? (
          <Button
            variant="ghost"
            onClick={() => {
              setDraft(EMPTY);
              onApply(EMPTY);
            }}
          >
            Clear
          </Button>
        ) : null}
      </div>
    </form>
  );
}
