import type { JSX } from 'react';
import type { UserDetail } from '@contract/users';
import { formatMoney } from '../../lib/format';
import { Badge } from '../../ui/Badge';
import { CopyButton } from '../../ui/CopyButton';
import { KeyValue } from '../../ui/KeyValue';
import { Panel } from '../../ui/Panel';

function StripeId({ value }: { value: string | null }): JSX.Element {
  if (!value) return <span className="faint">none</span>;
  return (
    <span className="row stripe-id">
      <code className="truncate">{value}</code>
      <CopyButton value={value} label="Copy Stripe id" />
    </span>
  );
}

export function MoneyPanel({ money }: { money: UserDetail['money'] }): JSX.Element {
  return (
    <Panel title="Money" testId="money">
      <KeyValue
        labelWidth={140}
        items={[
          { label: 'Stripe customer', value: <StripeId value={money.stripeCustomerId} /> },
          { label: 'Connect account', value: <StripeId value={money.stripeConnectAccountId} /> },
          {
            label: 'Connect onboarding',
            value: money.stripeConnectAccountId ? (
              money.connectOnboarded ? (
                <Badge tone="ok" icon="check">
                  Onboarded
                </Badge>
              ) : (
                <Badge tone="warn">Incomplete</Badge>
              )
            ) : (
              <span className="faint">not a creator account</span>
            ),
          },
          { label: 'Total revenue', value: formatMoney(money.totalRevenueCents), numeric: true },
          { label: 'Pending payouts', value: formatMoney(money.pendingPayoutCents), numeric: true },
          { label: 'Paid out (lifetime)', value: formatMoney(money.lifetimePayoutCents), numeric: true },
        ]}
      />
    </Panel>
  );
}
