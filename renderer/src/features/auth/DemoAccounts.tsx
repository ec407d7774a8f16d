// Demo mode only: the demo staff accounts, one per role, with their password. One click fills
// the sign-in form; this is how a new user tries every role.
import type { JSX } from 'react';
import { ROLE_LABELS } from '@contract/permissions';
import type { DemoAccount } from '@contract/system';
import { Avatar } from '../../ui/Avatar';
import { Icon } from '../../ui/Icon';

export function DemoAccounts({ accounts, selected, onPick }: { accounts: readonly DemoAccount[]; selected: string; onPick: (account: DemoAccount) => void }): JSX.Element {
  // When every account shares one password (the usual demo), say it once.
  const shared = accounts.length > 0 && accounts.every((a) => a.password === accounts[0]!.password) ? accounts[0]!.password : null;
  return (
    <section className="auth-demo" aria-labelledby="demo-accounts-title">
      <header className="auth-demo-header">
        <h2 id="demo-accounts-title">Demo accounts</h2>
        <p className="muted">One per role. Click one to fill the form, then press Enter.</p>
        {shared && (
          <p className="demo-shared-password">
            <Icon name="key" size={12} /> Password for all: <code>{shared}</code>
          </p>
        )}
      </header>
      {accounts.length === 0 ? (
        <p className="muted">The demo data has no staff accounts yet.</p>
      ) : (
        <ul className="demo-list">
          {accounts.map((account) => (
            <li key={account.email}>
              <button
                type="button"
                className={selected === account.email ? 'demo-account is-selected' : 'demo-account'}
                onClick={() => onPick(account)}
                aria-label={`Use the ${ROLE_LABELS[account.role]} demo account, ${account.email}`}
                aria-pressed={selected === account.email}
              >
                <Avatar name={ROLE_LABELS[account.role]} seed={account.role} size={28} />
                <span className="demo-account-main">
                  <span className="demo-account-line">
                    <span className="demo-account-role">{ROLE_LABELS[account.role]}</span>
                    <span className="demo-account-email">{account.email}</span>
                  </span>
                  {account.note && <span className="demo-account-note">{account.note}</span>}
                </span>
                {!shared && (
                  <span className="demo-account-password" title="Password">
                    <Icon name="key" size={12} />
                    <code>{account.password}</code>
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
