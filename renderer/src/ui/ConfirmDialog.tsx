// A dialog that confirms a consequential action and always asks why. Optionally the person
// types a word (a username) to confirm. The reason and any other input survive a failed
// attempt: the error appears in place and nothing is lost.
import { useState, type JSX, type ReactNode } from 'react';
import type { ApiErrorCode, FieldIssue } from '@contract/errors';
import { fieldError } from '../lib/errors';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { FormError } from './FormError';
import { Kbd } from './Kbd';
import { TextArea } from './TextArea';
import { TextField } from './TextField';

export const REASON_MIN = 3;
export const REASON_MAX = 2000;

export interface ConfirmDialogProps {
  open: boolean;
  title: ReactNode;
  description?: ReactNode;
  confirmLabel: string;
  tone?: 'default' | 'danger';
  busy?: boolean;
  error?: { code: ApiErrorCode; message: string; fields?: FieldIssue[] } | null;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
  reasonLabel?: string;
  reasonHint?: ReactNode;
  reasonPlaceholder?: string;
  /** Type-to-confirm: the person must type `expected` exactly. */
  typeToConfirm?: { expected: string; label: ReactNode };
  /** Extra fields (shown above the reason); their field paths, to show errors in place. */
  children?: ReactNode;
  childFieldPaths?: readonly string[];
  /** Extra client-side check from the children: a message blocks submitting. */
  blockedBy?: string | null;
  testId?: string;
}

export function ConfirmDialog(props: ConfirmDialogProps): JSX.Element | null {
  if (!props.open) return null;
  return <ConfirmDialogBody {...props} />;
}

function ConfirmDialogBody({
  title,
  description,
  confirmLabel,
  tone = 'default',
  busy = false,
  error,
  onCancel,
  onConfirm,
  reasonLabel = 'Reason',
  reasonHint = 'Recorded in the audit log with your name. Shift+Enter for a new line.',
  reasonPlaceholder,
  typeToConfirm,
  children,
  childFieldPaths = [],
  blockedBy,
  testId,
}: ConfirmDialogProps): JSX.Element {
  const [reason, setReason] = useState('');
  const [typed, setTyped] = useState('');
  const [attempted, setAttempted] = useState(false);

  const trimmed = reason.trim();
  const reasonProblem = trimmed.length < REASON_MIN ? `Give a reason of at least ${REASON_MIN} characters.` : null;
  const typedProblem = typeToConfirm && typed.trim() !== typeToConfirm.expected ? `Type ${typeToConfirm.expected} to confirm.` : null;

  const submit = () => {
    setAttempted(true);
    if (reasonProblem || typedProblem || blockedBy) return;
    onConfirm(trimmed);
  };

  const reasonError = (attempted ? reasonProblem : null) ?? fieldError(error, 'reason');

  return (
    <Dialog
      open
      title={title}
      description={description}
      onClose={onCancel}
      onSubmit={submit}
      busy={busy}
      tone={tone}
      testId={testId}
      footer={
        <>
          <span className="dialog-footer-hint">
            <Kbd combo="enter" /> confirm <span aria-hidden="true">·</span> <Kbd combo="escape" /> cancel
          </span>
          <Button onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant={tone === 'danger' ? 'danger' : 'primary'} loading={busy}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <FormError error={error} shownFields={['reason', ...childFieldPaths]} />
      {children}
      {attempted && blockedBy && <p className="field-error">{blockedBy}</p>}
      <TextArea
        label={reasonLabel}
        required
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        placeholder={reasonPlaceholder}
        maxLength={REASON_MAX}
        showCount
        hint={reasonHint}
        error={reasonError}
        rows={3}
        data-autofocus={childFieldPaths.length === 0 ? '' : undefined}
        name="reason"
      />
      {typeToConfirm && (
        <TextField
          label={typeToConfirm.label}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          error={attempted && typedProblem ? typedProblem : undefined}
          name="confirm"
        />
      )}
    </Dialog>
  );
}
