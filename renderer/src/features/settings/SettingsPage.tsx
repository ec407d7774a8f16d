// Settings: connections (keychain-backed, admins with connections.manage) and console-wide
// settings (everyone may read; settings.manage edits, with a reason).
import type { JSX } from 'react';
import { href, navigate } from '../../app/router';
import type { ScreenProps } from '../../app/routes';
import { useSession } from '../../app/session';
import { Page, PageHeader } from '../../ui/PageHeader';
import { Tabs } from '../../ui/Tabs';
import { ConnectionsSection } from './ConnectionsSection';
import { ConsoleSettingsSection } from './ConsoleSettingsSection';
import './settings.css';

export default function SettingsPage({ query }: ScreenProps): JSX.Element {
  const { can } = useSession();
  const canConnections = can('connections.manage');
  const tabs = [...(canConnections ? [{ id: 'connections', label: 'Connections' }] : []), { id: 'console', label: 'Console settings' }];
  const requested = query.get('tab');
  const tab = tabs.some((t) => t.id === requested) ? requested! : tabs[0]!.id;
  return (
    <Page width="narrow" testId="settings-page">
      <PageHeader title="Settings" description="Where the console connects, and how it behaves for every staff member." />
      <Tabs label="Settings sections" items={tabs} value={tab} onChange={(id) => navigate(href('/settings', { tab: id }), { replace: true })}>
        {tab === 'connections' ? <ConnectionsSection /> : <ConsoleSettingsSection />}
      </Tabs>
    </Page>
  );
}
