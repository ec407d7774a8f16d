// The frame of the screens before the console: brand, mode, theme toggle, service health.
import type { JSX, ReactNode } from 'react';
import type { SystemStatus } from '@contract/system';
import { HealthDots } from '../../app/HealthDots';
import { Logo } from '../../app/Logo';
import { ModeBadge } from '../../app/ModeBadge';
import { toggleTheme, useTheme } from '../../app/theme';
import { IconButton } from '../../ui/IconButton';
import './auth.css';

export function AuthFrame({ status, children }: { status: SystemStatus; children: ReactNode }): JSX.Element {
  const { theme } = useTheme();
  return (
    <div className="auth-page">
      <header className="auth-top">
        <span className="auth-brand">
          <Logo size={28} />
          <span>
            <span className="auth-brand-name">Social Flow Console</span>
            <span className="auth-brand-sub">Admin and moderation</span>
          </span>
        </span>
        <span className="spacer" />
        <ModeBadge mode={status.mode} />
        <IconButton icon={theme === 'dark' ? 'sun' : 'moon'} label={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'} onClick={toggleTheme} />
      </header>
      <main className="auth-main">{children}</main>
      <footer className="auth-footer">
        <HealthDots status={status} />
        <span className="faint">
          v{status.version} · {status.transport === 'desktop' ? 'Desktop app' : 'Browser mode (loopback)'}
        </span>
      </footer>
    </div>
  );
}
