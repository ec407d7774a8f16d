// "Verify chain": recompute the hash chain over the whole log (audit.verify) and say whether it
// is intact, or where it first breaks, with the rows checked, the head and the time it took.
import type { JSX } from 'react';
import type { ApiError } from '@contract/errors';
import type { AuditVerification } from '@contract/audit';
import { href } from '../../app/router';
import { formatDuration, formatExact, formatNumber, shortHash } from '../../lib/format';
import { Callout } from '../../ui/Callout';
import { ErrorState } from '../../ui/ErrorState';

export function VerifyResult({ result, error, onRetry }: { result: AuditVerification | undefined; error: ApiError | null; onRetry: () => void }): JSX.Element | null {
  if (error) return <ErrorState error={error} onRetry={onRetry} compact permission="audit.verify" />;
  if (!result) return null;
  const facts = (
    <p className="verify-facts tabular">
      {formatNumber(result.checked)} rows checked in {formatDuration(result.tookMs)}
      {result.head && (
        <>
          {' '}
          · head <span className="mono">#{result.head.seq}</span> <span className="mono" title={result.head.hash}>{shortHash(result.head.hash, 16)}</span>
        </>
      )}{' '}
      · {formatExact(result.verifiedAt)}
    </p>
  );
  return result.ok ? (
    <Callout tone="ok" icon="shieldCheck" title="The audit chain is intact" role="status" testId="verify-result">
      {facts}
    </Callout>
  ) : (
    <Callout tone="danger" title={`The chain is broken at #${result.firstBadSeq}`} role="alert" testId="verify-result">
      <p>
        Row #{result.firstBadSeq} does not hash to what the chain expects: it, or the row before it, was changed or removed outside the console.{' '}
        <a href={href('/audit', {})}>See the log</a> around that sequence and escalate to security.
      </p>
      {facts}
    </Callout>
  );
}
