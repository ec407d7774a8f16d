import type { JSX } from 'react';
import type { ConsoleMode } from '@contract/system';
import { Icon } from '../ui/Icon';

/** Says plainly when nothing here is real: demo data and the Stripe emulator. */
export function ModeBadge({ mode }: { mode: ConsoleMode }): JSX.Element {
  if (mode === 'demo') {
    return (
      <span className="mode-badge mode-demo" data-testid="mode-badge" title="This console runs on generated demo data. Payouts and refunds go to a local Stripe emulator: no real money moves.">
        <Icon name="info" size={14} />
        <span className="mode-long">Demo data · Stripe emulator — no real money</span>
        <span className="mode-short">Demo · no real money</span>
      </span>
    );
  }
  return (
    <span className="mode-badge mode-production" data-testid="mode-badge" title="Connected to production services: actions affect real users and real money.">
      <Icon name="shield" size={14} />
      Production
    </span>
  );
}
