import type { JSX } from 'react';
import type { UserDetail } from '@contract/users';
import { KeyValue } from '../../ui/KeyValue';
import { MaskedValue } from '../../ui/MaskedValue';
import { Panel } from '../../ui/Panel';

export function ProfilePanel({ user }: { user: UserDetail }): JSX.Element {
  return (
    <Panel title="Profile">
      <KeyValue
        labelWidth={96}
        items={[
          { label: 'Email', value: <MaskedValue value={user.email} kind="email" /> },
          { label: 'Phone', value: <MaskedValue value={user.phone} kind="phone number" /> },
          { label: 'Bio', value: user.bio ? <span className="user-bio">{user.bio}</span> : <span className="faint">—</span> },
        ]}
      />
    </Panel>
  );
}
