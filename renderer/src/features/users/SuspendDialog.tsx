// Suspend until a time: presets (24 h, 3 d, 7 d, 30 d) or a custom end. The reason is required.
import { useId, useState, type JSX } from 'react';
import { MAX_SUSPENSION_DAYS } from '@contract/enforcement';
import type { ApiError } from '@contract/errors';
import type { UserDetail } from '@contract/users';
import { fieldError } from '../../lib/errors';
import { formatExact, formatRelative, plural } from '../../lib/format';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DateTimeField } from '../../ui/DateTimeField';
import { Segmented } from '../../ui/Segmented';
import { useNow } from '../../ui/useNow';

type Preset = '24h' | '3d' | '7d' | '30d' | 'custom';
const HOUR = 3_600_000;
const PRESETS: { value: Preset; label: string; ms: number }[] = [
  { value: '24h', label: '24 h', ms: 24 * HOUR },
  { value: '3d', label: '3 days', ms: 72 * HOUR },
  { value: '7d', label: '7 days', ms: 168 * HOUR },
  { value: '30d', label: '30 days', ms: 720 * HOUR },
  { value: 'custom', label: 'Custom…', ms: 0 },
];

export interface SuspendDialogProps {
  user: UserDetail;
  busy: boolean;
  error: ApiError | null;
  onCancel: () => void;
  onConfirm: (input: { reason: string; endsAt: string }) => void;
}

export function SuspendDialog({ user, busy, error, onCancel, onConfirm }: SuspendDialogProps): JSX.Element {
  const labelId = useId();
  const now = useNow(30_000);
  const [preset, setPreset] = useState<Preset>('24h');
  const [custom, setCustom] = useState<string | null>(null);

  const presetMs = PRESETS.find((p) => p.value === preset)!.ms;
  const endsAt = preset === 'custom' ? custom : new Date(now + presetMs).toISOString();
  const maxEnd = now + MAX_SUSPENSION_DAYS * 24 * HOUR;

  let blockedBy: string | null = null;
  if (preset === 'custom') {
    if (!custom) blockedBy = 'Pick the date and time the suspension ends.';
    else if (Date.parse(custom) <= now) blockedBy = 'The end must be in the future.';
    else if (Date.parse(custom) > maxEnd) blockedBy = `A suspension lasts at most ${MAX_SUSPENSION_DAYS} days; ban instead.`;
  }

  return (
    <ConfirmDialog
      open
      title={`Suspend @${user.username}`}
      description={`Signs them out everywhere (${plural(user.counts.activeSessions, 'active session')}), notifies them, and lifts itself at the end time.`}
      confirmLabel="Suspend"
      busy={busy}
      error={error}
      onCancel={onCancel}
      onConfirm={(reason) => {
        const preset_ = PRESETS.find((p) => p.value === preset)!;
        const end = preset === 'custom' ? custom! : new Date(Date.now() + preset_.ms).toISOString();
        onConfirm({ reason, endsAt: end });
      }}
      childFieldPaths={['endsAt']}
      blockedBy={blockedBy}
      reasonPlaceholder="What policy did they break, and where? (shown to staff; the user gets a notice)"
      testId="suspend-dialog"
    >
      <div className="field">
        <span className="field-label" id={labelId}>
          Duration
        </span>
        <Segmented label="Duration" labelId={labelId} options={PRESETS} value={preset} onChange={setPreset} />
      </div>
      {preset === 'custom' && (
        <DateTimeField label="Ends at" value={custom} onChange={setCustom} min={new Date(now).toISOString()} max={new Date(maxEnd).toISOString()} error={fieldError(error, 'endsAt')} required />
      )}
      {endsAt && !blockedBy && (
        <p className="suspend-preview" data-testid="suspend-ends">
          Ends <strong>{formatExact(endsAt)}</strong> <span className="faint">({formatRelative(endsAt, now)})</span>
        </p>
      )}
      {preset !== 'custom' && fieldError(error, 'endsAt') && <p className="field-error">{fieldError(error, 'endsAt')}</p>}
    </ConfirmDialog>
  );
}
