import type { JSX } from 'react';
import type { ConnectionTestResult } from '@contract/connections';
import { formatDuration } from '../../lib/format';
import { Callout } from '../../ui/Callout';

export function TestResult({ result, subject }: { result: ConnectionTestResult; subject: string }): JSX.Element {
  return (
    <Callout tone={result.ok ? 'ok' : 'danger'} title={result.ok ? `${subject} work` : `${subject} do not work`} role="status" testId="connection-test-result">
      <p>
        {result.message} <span className="faint tabular">({formatDuration(result.latencyMs)})</span>
      </p>
    </Callout>
  );
}
