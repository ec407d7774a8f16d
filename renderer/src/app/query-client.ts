// One QueryClient for the console. Data is fresh for 10 s; only UNAVAILABLE (a dependency
// that may come back) is retried; every other error is an answer and is shown as such.
import { MutationCache, QueryClient } from '@tanstack/react-query';
import type { ApiError } from '@contract/errors';

type ActivityListener = () => void;
const activity = new Set<ActivityListener>();
/** Successful mutations count as activity on the server (they push the idle lock back). */
export function onMutationActivity(listener: ActivityListener): () => void {
  activity.add(listener);
  return () => activity.delete(listener);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    mutationCache: new MutationCache({
      onSuccess: () => activity.forEach((l) => l()),
    }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        gcTime: 5 * 60_000,
        refetchOnWindowFocus: true,
        retry: (failureCount, error) => (error as ApiError | undefined)?.code === 'UNAVAILABLE' && failureCount < 2,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
      },
      mutations: { retry: false },
    },
  });
}
