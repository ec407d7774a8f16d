// A tone for a free-form status word from the data model (moderation, payment, payout states),
// so every table colours states the same way.
export type StatusTone = 'ok' | 'warn' | 'danger' | 'info' | 'neutral';

const RULES: [RegExp, StatusTone][] = [
  [/^(APPROVED|ACTIVE|PAID|SUCCEEDED|SUCCESS|COMPLETED|PUBLISHED|PUBLIC|OK|CLEARED|LIVE|VISIBLE)$/i, 'ok'],
  [/^(PENDING|PROCESSING|IN_REVIEW|REVIEW|QUEUED|SCHEDULED|UNLISTED|DRAFT)$/i, 'info'],
  [/(FLAG|HELD|HOLD|DISPUTE|PARTIAL|AGE_RESTRICT|LIMITED|ESCALAT|WARN|SUSPEND|PRIVATE)/i, 'warn'],
  [/(REMOV|REJECT|FAIL|BAN|BLOCK|CANCEL|REFUND|DELETED|TAKEDOWN|DECLINED|ERROR)/i, 'danger'],
];

export function statusTone(status: string | null | undefined): StatusTone {
  if (!status) return 'neutral';
  for (const [pattern, tone] of RULES) if (pattern.test(status)) return tone;
  return 'neutral';
}

/** "PARTIALLY_REFUNDED" → "Partially refunded". */
export const humanize = (value: string | null | undefined): string =>
  value ? value.charAt(0).toUpperCase() + value.slice(1).toLowerCase().replace(/_/g, ' ') : '—';
