// The renderer's entry: theme first (no flash), then the console inside TanStack Query.
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/theme.css';
import './ui/base.css';
import { App } from './app/App';
import { createQueryClient } from './app/query-client';
import { initTheme } from './app/theme';

initTheme();
const queryClient = createQueryClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
