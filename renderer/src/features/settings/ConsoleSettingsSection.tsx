// Console-wide settings. Everyone sees them; settings.manage edits them. Money thresholds are
// typed in dollars and sent in cents. Saving lists what changes and asks for a reason.
import { useState, type FormEvent, type JSX } from 'react';
import type { ConsoleSettings } from '@contract/connections';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useSession } from '../../app/session';
import { fieldError } from '../../lib/errors';
import { centsToDollarsInput, dollarsToCents, formatMoney } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Callout } from '../../ui/Callout';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorState } from '../../ui/ErrorState';
import { Panel } from '../../ui/Panel';
import { SkeletonLines } from '../../ui/Skeleton';
import { TextField } from '../../ui/TextField';
import { toast } from '../../ui/toast-store';

interface Draft {
  idleLockMinutes: string;
  payoutSecondApproval: string;
  refundSecondApproval: string;
  moderationLeaseMinutes: string;
}

const toDraft = (s: ConsoleSettings): Draft => ({
  idleLockMinutes: String(s.idleLockMinutes),
  payoutSecondApproval: centsToDollarsInput(s.payoutSecondApprovalCents),
  refundSecondApproval: centsToDollarsInput(s.refundSecondApprovalCents),
  moderationLeaseMinutes: String(s.moderationLeaseMinutes),
});

type Parsed = { value: ConsoleSettings; problems: Partial<Record<keyof ConsoleSettings, string>> };

function parse(d: Draft): Parsed {
  const problems: Parsed['problems'] = {};
  const int = (text: string, key: keyof ConsoleSettings, min: number, max: number) => {
    const n = Number(text.trim());
    if (!/^\d+$/.test(text.trim()) || n < min || n > max) problems[key] = `a whole number from ${min} to ${max}`;
    return n;
  };
  const cents = (text: string, key: keyof ConsoleSettings) => {
    const c = dollarsToCents(text);
    if (c === null) problems[key] = 'an amount in dollars, e.g. 2500 or 2500.50';
    return c ?? 0;
  };
  return {
    value: {
      idleLockMinutes: int(d.idleLockMinutes, 'idleLockMinutes', 1, 240),
      payoutSecondApprovalCents: cents(d.payoutSecondApproval, 'payoutSecondApprovalCents'),
      refundSecondApprovalCents: cents(d.refundSecondApproval, 'refundSecondApprovalCents'),
      moderationLeaseMinutes: int(d.moderationLeaseMinutes, 'moderationLeaseMinutes', 1, 120),
    },
    problems,
  };
}

const LABELS: Record<keyof ConsoleSettings, string> = {
  idleLockMinutes: 'Idle lock',
  payoutSecondApprovalCents: 'Payout second approval above',
  refundSecondApprovalCents: 'Refund second approval above',
  moderationLeaseMinutes: 'Moderation lease',
};
const show = (key: keyof ConsoleSettings, value: number) => (key.endsWith('Cents') ? formatMoney(value) : `${value} min`);

export function ConsoleSettingsSection(): JSX.Element {
  const settings = useApiQuery('settings.get', {});
  if (settings.isPending) return <SkeletonLines lines={6} label="Loading settings" />;
  if (settings.isError) return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  return <SettingsForm key={JSON.stringify(settings.data)} current={settings.data} />;
}

function SettingsForm({ current }: { current: ConsoleSettings }): JSX.Element {
  const { can } = useSession();
  const editable = can('settings.manage');
  const [draft, setDraft] = useState<Draft>(() => toDraft(current));
  const [attempted, setAttempted] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const update = useApiMutation('settings.update', {
    invalidates: ['settings.get', 'system.status'],
    onSuccess: () => {
      setConfirming(false);
      toast.success('Console settings saved', { description: 'Recorded in the audit log.' });
    },
  });

  const parsed = parse(draft);
  const changes = (Object.keys(LABELS) as (keyof ConsoleSettings)[]).filter((key) => parsed.value[key] !== current[key] && !parsed.problems[key]);
  const problem = (key: keyof ConsoleSettings) => (attempted ? parsed.problems[key] : undefined) ?? fieldError(update.error, key);
  const set = (key: keyof Draft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (Object.keys(parsed.problems).length > 0 || changes.length === 0) return;
    update.reset();
    setConfirming(true);
  };

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Console settings" data-testid="console-settings">
      {!editable && (
        <Callout tone="neutral" icon="lock">
          You can read these settings; changing them needs the <code>settings.manage</code> permission (admins).
        </Callout>
      )}
      <Panel title="Sessions and queues">
        <div className="settings-grid">
          <TextField
            label="Idle lock"
            inputMode="numeric"
            value={draft.idleLockMinutes}
            onChange={set('idleLockMinutes')}
            trailing="min"
            disabled={!editable}
            error={problem('idleLockMinutes')}
            hint="The console locks after this long without keyboard or mouse activity (1–240)."
          />
          <TextField
            label="Moderation lease"
            inputMode="numeric"
            value={draft.moderationLeaseMinutes}
            onChange={set('moderationLeaseMinutes')}
            trailing="min"
            disabled={!editable}
            error={problem('moderationLeaseMinutes')}
            hint="How long a claimed case stays with a moderator before others can take it (1–120)."
          />
        </div>
      </Panel>
      <Panel title="Money: second approvals">
        <div className="settings-grid">
          <TextField
            label="Payouts above"
            inputMode="decimal"
            leading="$"
            value={draft.payoutSecondApproval}
            onChange={set('payoutSecondApproval')}
            disabled={!editable}
            error={problem('payoutSecondApprovalCents')}
            hint="Larger payouts need a second, different finance approver."
          />
          <TextField
            label="Refunds above"
            inputMode="decimal"
            leading="$"
            value={draft.refundSecondApproval}
            onChange={set('refundSecondApproval')}
            disabled={!editable}
            error={problem('refundSecondApprovalCents')}
            hint="Larger refunds need a second approver."
          />
        </div>
      </Panel>
      {editable && (
        <div className="settings-actions">
          <span className="muted">{changes.length === 0 ? 'No changes' : `${changes.length} change${changes.length === 1 ? '' : 's'}`}</span>
          <Button variant="ghost" onClick={() => setDraft(toDraft(current))} disabled={changes.length === 0}>
            Reset
          </Button>
          <Button type="submit" variant="primary" disabled={changes.length === 0}>
            Save…
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title="Save console settings"
        description={
          <ul className="settings-changes">
            {changes.map((key) => (
              <li key={key}>
                {LABELS[key]}: <span className="faint">{show(key, current[key])}</span> → <strong>{show(key, parsed.value[key])}</strong>
              </li>
            ))}
          </ul>
        }
        confirmLabel="Save settings"
        busy={update.isPending}
        error={update.error}
        onCancel={() => setConfirming(false)}
        onConfirm={(reason) => update.mutate({ ...Object.fromEntries(changes.map((key) => [key, parsed.value[key]])), reason })}
        reasonHint="Applies to every staff member; recorded in the audit log with your name."
        testId="settings-confirm"
      />
    </form>
  );
}
