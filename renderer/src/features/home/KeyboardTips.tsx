import type { JSX } from 'react';
import { useSession } from '../../app/session';
import { Kbd } from '../../ui/Kbd';
import { Panel } from '../../ui/Panel';

export function KeyboardTips(): JSX.Element {
  const { can } = useSession();
  const tips: [string, string][] = [
    ['mod+k', 'Command palette: go anywhere, run any action'],
    ...(can('users.search') ? ([['/', 'Search users from anywhere']] as [string, string][]) : []),
    ['?', 'Every shortcut on the current screen'],
    ['j', 'Move down a table (k: up), Enter opens'],
    ['g u', 'Go to a screen: g then its letter'],
    ['shift+t', 'Switch dark / light theme'],
  ];
  return (
    <Panel title="Keyboard">
      <dl className="tips">
        {tips.map(([keys, text]) => (
          <div className="tip" key={keys}>
            <dt>
              <Kbd combo={keys} />
            </dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}
