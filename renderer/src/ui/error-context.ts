// What ErrorState needs to know about the app to explain an error well: the services' states
// (with their fix text) and the signed-in staff member's roles. The shell provides it.
import { createContext } from 'react';

export interface ServiceHealth {
  key: string;
  label: string;
  state: 'ok' | 'unreachable' | 'not_migrated' | 'not_configured';
  message?: string | undefined;
  fix?: string | undefined;
}

export interface ErrorExplainers {
  services: ServiceHealth[];
  roles: string[];
}

export const ErrorExplainersContext = createContext<ErrorExplainers>({ services: [], roles: [] });
