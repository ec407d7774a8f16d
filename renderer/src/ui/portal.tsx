// Where overlays (dialogs, popovers) are rendered. The shell provides a host inside its own
// tree so that making the shell inert (the lock screen) also covers every open dialog.
import { createContext, use, type JSX, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export const PortalHostContext = createContext<HTMLElement | null>(null);

export function Portal({ children }: { children: ReactNode }): JSX.Element {
  const host = use(PortalHostContext);
  return createPortal(children, host ?? document.body);
}
