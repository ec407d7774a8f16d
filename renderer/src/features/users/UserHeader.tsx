// The user page's head: identity, state, trust badges, dates, and the allowed actions.
import type { JSX } from 'react';
import type { AccountAction } from '@contract/enforcement';
import type { UserDetail } from '@contract/users';
import { Avatar } from '../../ui/Avatar';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { CopyButton } from '../../ui/CopyButton';
import { Time } from '../../ui/Time';
import { AccountStatusPill } from './AccountStatusPill';
import { ROLE_NAMES } from './labels';

export interface UserHeaderProps {
  user: UserDetail;
  actions: readonly AccountAction[];
  onAction: (action: AccountAction) => void;
}

export function UserHeader({ user, actions, onAction }: UserHeaderProps): JSX.Element {
  const name = user.displayName ?? user.username;
  return (
    <header className="user-header">
      <Avatar name={name} seed={user.id} size={52} />
      <div className="user-header-main">
        <div className="user-header-title">
          <h1 className="page-title" data-testid="user-name">
            {name}
          </h1>
          <span className="muted">@{user.username}</span>
          <AccountStatusPill status={user.status} />
          <Badge tone="neutral">{ROLE_NAMES[user.role]}</Badge>
          {user.isVerified ? (
            <Badge tone="info" icon="verified">
              Verified
            </Badge>
          ) : (
            <Badge tone="neutral">Email not verified</Badge>
          )}
          {user.twoFactorEnabled ? (
            <Badge tone="ok" icon="shieldCheck">
              2FA on
            </Badge>
          ) : (
            <Badge tone="neutral" icon="shield">
              No 2FA
            </Badge>
          )}
        </div>
        <div className="user-header-meta">
          <span>
            Joined <Time value={user.createdAt} />
          </span>
          <span aria-hidden="true">·</span>
          <span>
            Last sign-in <Time value={user.lastLoginAt} fallback="never" />
          </span>
          <span aria-hidden="true">·</span>
          <span className="user-id">
            <code>{user.id}</code>
            <CopyButton value={user.id} label="Copy user id" />
          </span>
        </div>
      </div>
      {actions.length > 0 && (
        <div className="user-actions" role="group" aria-label="Account actions">
          {actions.includes('suspend') && (
            <Button icon="pause" kbd="s" onClick={() => onAction('suspend')}>
              Suspend
            </Button>
          )}
          {actions.includes('lift') && (
            <Button icon="play" kbd="l" onClick={() => onAction('lift')}>
              {user.status === 'BANNED' ? 'Unban' : 'Lift suspension'}
            </Button>
          )}
          {actions.includes('ban') && (
            <Button variant="danger" icon="ban" kbd="b" onClick={() => onAction('ban')}>
              Ban
            </Button>
          )}
        </div>
      )}
    </header>
  );
}
