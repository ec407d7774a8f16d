// TanStack Query over the typed client: query keys are [procedure, input], so a mutation
// invalidates by procedure name and every view of that data refreshes.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData, type UseQueryOptions } from '@tanstack/react-query';
import type { ApiError, InputOf, OutputOf, ProcedureName } from '@contract/index';
import { call } from './client';

export function useApiQuery<N extends ProcedureName>(
  name: N,
  input: InputOf<N>,
  options: Omit<UseQueryOptions<OutputOf<N>, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<OutputOf<N>, ApiError>({ queryKey: [name, input], queryFn: () => call(name, input), ...options });
}

export function useApiMutation<N extends ProcedureName>(
  name: N,
  options: { invalidates?: ProcedureName[]; onSuccess?: (data: OutputOf<N>, input: InputOf<N>) => void } = {},
) {
  const client = useQueryClient();
  return useMutation<OutputOf<N>, ApiError, InputOf<N>>({
    mutationFn: (input) => call(name, input),
    onSuccess: async (data, input) => {
      await Promise.all((options.invalidates ?? []).map((key) => client.invalidateQueries({ queryKey: [key] })));
      options.onSuccess?.(data, input);
    },
  });
}

/** Keyset pages (`cursor` in, `nextCursor` out), e.g. the audit log's "Load more". */
export function useApiInfiniteQuery<N extends ProcedureName>(
  name: N,
  input: InputOf<N>,
  nextCursor: (page: OutputOf<N>) => string | null | undefined,
  options: { enabled?: boolean } = {},
) {
  return useInfiniteQuery<OutputOf<N>, ApiError, InfiniteData<OutputOf<N>>, readonly unknown[], string | undefined>({
    // A third key part keeps paged and single results apart; invalidating [name] still hits both.
    queryKey: [name, input, 'pages'],
    queryFn: ({ pageParam }) => call(name, (pageParam ? { ...input, cursor: pageParam } : input) as InputOf<N>),
    initialPageParam: undefined,
    getNextPageParam: (last) => nextCursor(last) ?? undefined,
    ...options,
  });
}
