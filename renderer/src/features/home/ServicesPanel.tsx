import type { JSX } from 'react';
import type { ServiceState, SystemStatus } from '@contract/system';
import { serviceStateText, serviceTone } from '../../app/HealthDots';
import { StatusPill } from '../../ui/Badge';
import { Icon, type IconName } from '../../ui/Icon';
import { Panel } from '../../ui/Panel';

const SERVICES: { key: 'database' | 'stripe' | 'storage'; icon: IconName }[] = [
  { key: 'database', icon: 'database' },
  { key: 'stripe', icon: 'card' },
  { key: 'storage', icon: 'cloud' },
];

export function ServicesPanel({ status }: { status: SystemStatus }): JSX.Element {
  const all = SERVICES.map((s) => ({ ...s, state: status[s.key] as ServiceState }));
  const healthy = all.every((s) => s.state.state === 'ok');
  return (
    <Panel title="Services" meta={healthy ? 'all healthy' : 'attention needed'} testId="services">
      <ul className="service-list">
        {all.map(({ key, icon, state }) => (
          <li key={key} className="service-item">
            <Icon name={icon} size={16} className="service-icon" />
            <div className="service-text">
              <div className="row">
                <span className="service-label">{state.label}</span>
                <span className="spacer" />
                <StatusPill tone={serviceTone(state.state)}>{serviceStateText(state.state)}</StatusPill>
              </div>
              {state.message && <p className="muted">{state.message}</p>}
              {state.fix && <p className="service-fix mono">{state.fix}</p>}
            </div>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
