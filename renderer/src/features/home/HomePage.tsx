// Home: a role-aware landing. Who you are, whether the services are healthy (with fixes),
// the screens your roles open, and the keys that make the console fast.
import type { JSX } from 'react';
import { ROLE_LABELS } from '@contract/permissions';
import { useSession } from '../../app/session';
import { Badge } from '../../ui/Badge';
import { Callout } from '../../ui/Callout';
import { Page, PageHeader } from '../../ui/PageHeader';
import { useNow } from '../../ui/useNow';
import { KeyboardTips } from './KeyboardTips';
import { PermissionList } from './PermissionList';
import { ServicesPanel } from './ServicesPanel';
import { YourScreens } from './YourScreens';
import './home.css';

function greeting(hour: number): string {
  if (hour < 5) return 'Working late';
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

export default function HomePage(): JSX.Element {
  const { me, status } = useSession();
  const now = useNow(60_000);
  const name = me.displayName?.split(' ')[0] ?? me.username;
  return (
    <Page testId="home">
      <PageHeader
        title={`${greeting(new Date(now).getHours())}, ${name}`}
        description={
          <span className="row-wrap">
            Signed in as
            {me.roles.map((role) => (
              <Badge key={role} tone="accent">
                {ROLE_LABELS[role]}
              </Badge>
            ))}
            <span className="faint">· {me.email}</span>
          </span>
        }
      />
      {status.mode === 'demo' && (
        <Callout tone="warn" title="You are on demo data">
          Everything here is generated (a fixed seed, re-created on a fresh data folder). Payouts and refunds go to a local Stripe emulator and media to a
          local S3: no real money or real person is affected. Sign out and pick another demo account to see the console as each role does.
        </Callout>
      )}
      <div className="home-grid">
        <div className="stack">
          <YourScreens />
          <PermissionList permissions={me.permissions} />
        </div>
        <div className="stack">
          <ServicesPanel status={status} />
          <KeyboardTips />
        </div>
      </div>
    </Page>
  );
}
