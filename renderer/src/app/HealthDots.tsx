// Database, Stripe and storage at a glance: a coloured dot and a word each (never colour
// alone). Hover for the message; the link goes to Home, where the fixes are.
import type { JSX } from 'react';
import type { ServiceState, SystemStatus } from '@contract/system';

const STATE_TEXT: Record<ServiceState['state'], string> = {
  ok: 'OK',
  unreachable: 'Unreachable',
  not_migrated: 'Not migrated',
  not_configured: 'Not configured',
};

export const serviceTone = (state: ServiceState['state']): 'ok' | 'danger' | 'warn' | 'neutral' =>
  state === 'ok' ? 'ok' : state === 'unreachable' ? 'danger' : state === 'not_migrated' ? 'warn' : 'neutral';

export function HealthDots({ status }: { status: SystemStatus }): JSX.Element {
  const services: [string, ServiceState][] = [
    ['Database', status.database],
    ['Stripe', status.stripe],
    ['Storage', status.storage],
  ];
  const summary = services.map(([name, s]) => `${name}: ${STATE_TEXT[s.state]}`).join(', ');
  return (
    <a className="health" href="#/" aria-label={`Service health. ${summary}`} title={summary}>
      {services.map(([name, service]) => (
        <span key={name} className={`health-item tone-${serviceTone(service.state)}`} title={`${service.label}: ${STATE_TEXT[service.state]}${service.message ? ` — ${service.message}` : ''}`}>
          <span className="health-dot" aria-hidden="true" />
          <span className="health-name">{name}</span>
        </span>
      ))}
    </a>
  );
}

export const serviceStateText = (state: ServiceState['state']): string => STATE_TEXT[state];
